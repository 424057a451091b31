/**
 * A subject that leaves out what the previous figure's name writes after a word they share ("城镇居民人均可支配收入增长
 * 4.5%，农村居民增长6.1%"): src/figures/elided-measure.ts, through figure reading and on its own.
 */
import { describe, expect, it } from 'vitest';
import { withElidedMeasure } from '../../src/figures/elided-measure.js';
import { briefFigures } from '../support/hand-built-figures.js';

describe('a measure left out after a shared word', () => {
  it('is the previous name’s, in a growth, a level and a from–to', () => {
    expect(briefFigures('城镇居民人均可支配收入增长4.5%，农村居民增长6.1%')[1][0]).toBe('农村居民人均可支配收入');
    expect(briefFigures('高技术制造业增加值增长10%，装备制造业增长8%')[1][0]).toBe('装备制造业增加值');
    expect(briefFigures('城镇居民人均可支配收入从4.2万元增加到5.1万元，农村居民从2.1万元增加到2.8万元').map((f) => f[0])).toEqual([
      '城镇居民人均可支配收入',
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
      '农村居民人均可支配收入',
    ]);
    expect(
      briefFigures('集中供养孤儿基本生活保障标准从2295元提高到2375元，散居孤儿（含艾滋病病毒感染儿童）从1484元提高到1536元')[2][0],
    ).toBe('散居孤儿基本生活保障标准');
  });

  it('is not taken in another measure, after a share, from an increment word, or where nothing is left out', () => {
    expect(briefFigures('城镇居民人均可支配收入增长4.5%，农村居民2.1万元')[1][0]).toBe('农村居民');
    expect(briefFigures('货物贸易出口占全国份额提高到15.3%，服务贸易、数字贸易分别增长24.5%、14.5%')[1][0]).toBe('服务贸易');
    expect(briefFigures('“四上”企业净增3193户、超2.4万户')[1][0]).toBe('“四上”企业');
    expect(briefFigures('城镇新增就业60万人，农村劳动力转移就业200万人')[1][0]).toBe('农村劳动力转移就业');
  });

  it('needs a shared word of two characters after something of the subject’s own', () => {
    const prev = { unit: '%' };
    expect(withElidedMeasure(prev, '城镇居民人均可支配收入', '%', '农村居民')).toBe('农村居民人均可支配收入');
    expect(withElidedMeasure(prev, '城镇居民人均可支配收入', '%', '居民')).toBe('居民');
    expect(withElidedMeasure(prev, '居民人均可支配收入', '%', '农村居民')).toBe('农村居民');
    expect(withElidedMeasure(prev, '城镇居民人均可支配收入', '万元', '农村居民')).toBe('农村居民');
    expect(withElidedMeasure(undefined, '城镇居民人均可支配收入', '%', '农村居民')).toBe('农村居民');
    expect(withElidedMeasure({ unit: '%', shape: 'gap' }, '城镇居民人均可支配收入', '%', '农村居民')).toBe('农村居民');
    expect(withElidedMeasure({ unit: '元' }, '城镇居民收入', '万元', '农村居民')).toBe('农村居民收入');
    expect(withElidedMeasure({ unit: '元' }, '城镇居民收入', '个', '农村居民')).toBe('农村居民');
  });
});

describe('a count', () => {
  it('takes no measure: its shared word is the thing counted', () => {
    expect(briefFigures('试点推行20家博物馆延时开放，新增15家备案博物馆')[1][0]).not.toContain('延时开放');
    expect(briefFigures('新建美丽乡村特色村30个、未来乡村40个')[1][0]).toBe('未来乡村');
    expect(withElidedMeasure({ unit: '个' }, '新建美丽乡村特色村', '个', '未来乡村')).toBe('未来乡村');
  });
});
