/**
 * Session 19's mutation run of the rest of session 18's changes (stryker.s18b.json): a measure left out after a shared word
 * (src/figures/elided-measure.ts), population groups of a 分别 list (respectively.ts) and an English share
 * (asked-shape.ts), on hand-built names and sentences (no index).
 */
import { describe, expect, it } from 'vitest';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { extractFigures } from '../../src/figures/index.js';
import { withElidedMeasure } from '../../src/figures/elided-measure.js';
import { distributeSuffix } from '../../src/figures/respectively.js';
import { briefFigures, resultSentence } from '../support/hand-built-figures.js';

describe('a measure left out after a shared word (before the first run)', () => {
  const rate = { unit: '%' };

  it('keeps a from–to’s 从 last, and matches the previous subject without its own 从', () => {
    expect(withElidedMeasure(rate, '城镇居民人均可支配收入', '%', '农村居民从')).toBe('农村居民人均可支配收入从');
    expect(withElidedMeasure(rate, '城镇居民人均可支配收入从', '%', '农村居民')).toBe('农村居民人均可支配收入');
    expect(withElidedMeasure(rate, '城镇居民从', '%', '农村居民')).toBe('农村居民');
  });

  it('leaves a parenthesis after the subject out of the name it makes', () => {
    expect(withElidedMeasure(rate, '城镇居民收入', '%', '农村居民（含低保户）')).toBe('农村居民收入');
    expect(withElidedMeasure(rate, '城镇居民收入', '%', '农村居民(含低保户)')).toBe('农村居民收入');
  });

  it('needs the shared word after something of the previous subject’s own', () => {
    expect(withElidedMeasure(rate, '城镇居民人均收入', '%', '城镇居民')).toBe('城镇居民人均收入');
    expect(withElidedMeasure(rate, '居民收入', '%', '农村居民')).toBe('农村居民');
    expect(withElidedMeasure(rate, '城镇居民', '%', '农村居民')).toBe('农村居民');
  });

  it('takes no increment, growth or share word for a measure, nor one the subject holds', () => {
    expect(withElidedMeasure(rate, '农村居民增长', '%', '城镇居民')).toBe('城镇居民');
    expect(withElidedMeasure(rate, '城镇居民收入占比', '%', '农村居民')).toBe('农村居民');
    expect(withElidedMeasure(rate, '城镇居民收入', '%', '居民收入居民')).toBe('居民收入居民');
    expect(withElidedMeasure(rate, '城镇居民收', '%', '农村居民')).toBe('农村居民');
  });

  it('in one measure: points with points, money in any magnitude, never a count', () => {
    expect(withElidedMeasure({ unit: '个百分点' }, '城镇居民收入', '个百分点', '农村居民')).toBe('农村居民收入');
    expect(withElidedMeasure({ unit: '%' }, '城镇居民收入', '个百分点', '农村居民')).toBe('农村居民');
    expect(withElidedMeasure({ unit: '个百分点' }, '城镇居民收入', '%', '农村居民')).toBe('农村居民');
    expect(withElidedMeasure({ unit: '万元' }, '城镇居民收入', '元', '农村居民')).toBe('农村居民收入');
    expect(withElidedMeasure({ unit: '万户' }, '城镇居民收入', '户', '农村居民')).toBe('农村居民');
    expect(withElidedMeasure({ unit: '元' }, '城镇居民收入', '元/人', '农村居民')).toBe('农村居民');
  });

  it('a sentence: a from–to after a growth in another measure keeps its own name', () => {
    expect(briefFigures('城镇居民人均可支配收入增长4.5%，农村居民从2.1万元增加到2.8万元')[1][0]).toBe('农村居民');
    expect(briefFigures('城镇居民收入占比增长5%，农村居民增长6%')[1][0]).toBe('农村居民');
  });
});

describe('population groups of a 分别 list (before the first run)', () => {
  it('share all the last item writes after its group', () => {
    expect(distributeSuffix(['城镇', '农村居民收入增速'])).toEqual(['城镇居民收入增速', '农村居民收入增速']);
    expect(distributeSuffix(['城镇', '农村', '农村居民收入'])).toEqual(['城镇居民收入', '农村居民收入', '农村居民收入']);
    expect(distributeSuffix(['农村', '城镇居民'])).toEqual(['农村居民', '城镇居民']);
  });

  it('not with one character after the group, nor with a head item that is no group', () => {
    expect(distributeSuffix(['城镇', '农村居'])).toEqual(['城镇', '农村居']);
    expect(distributeSuffix(['城市', '农村居民收入'])).toEqual(['城市收入', '农村居民收入']);
    expect(distributeSuffix(['城镇', '工业', '农村居民收入'])).toEqual(['城镇收入', '工业收入', '农村居民收入']);
  });
});

describe('an English share (before the first run)', () => {
  const figures = [
    { indicator: '优良天数比率', unit: '%', value: 92 },
    { indicator: '出口', unit: '%', value: 5, change: { direction: 'up' as const, value: 5, unit: '%' as const } },
    { indicator: '城镇化率', unit: '%', value: 2, change: { direction: 'up' as const, value: 2, unit: '个百分点' as const } },
    { indicator: '工业增加值', unit: '亿元', value: 5 },
  ];

  it('is answered by a level in percent, not a growth in percent nor an amount', () => {
    expect(preferAskedShape('What share of days had good air?', figures).map((f) => f.indicator)).toEqual(['优良天数比率', '城镇化率']);
  });

  it('a Chinese share question only by a share', () => {
    expect(preferAskedShape('优良天数占比多少', figures)).toEqual([]);
  });
});

describe('session 18’s survivors', () => {
  it('a gap of 0 takes its verb’s direction: only a negative value turns it', () => {
    const gaps = (s: string) => extractFigures(resultSentence(s)).map((f) => [f.indicator, f.value, f.change?.direction]);
    expect(gaps('工业、服务业增速分别高于全国0个和0.2个百分点')).toEqual([
      ['工业增速与全国差距', 0, 'up'],
      ['服务业增速与全国差距', 0.2, 'up'],
    ]);
    expect(gaps('工业、服务业增速分别低于全国0个和0.2个百分点')).toEqual([
      ['工业增速与全国差距', 0, 'down'],
      ['服务业增速与全国差距', 0.2, 'down'],
    ]);
  });
});

describe('after the first run', () => {
  it('a share by its 的 answers a share question whatever its name, in Chinese or English', () => {
    const byShape = [
      { indicator: '规模工业增加值', unit: '%', value: 74.6, shape: 'share' as const },
      { indicator: '工业增加值', unit: '亿元', value: 5 },
    ];
    expect(preferAskedShape('工业增加值占全省多少', byShape).map((f) => f.indicator)).toEqual(['规模工业增加值']);
    const growthByShape = [
      {
        indicator: '规模工业增加值',
        unit: '%',
        value: 7,
        shape: 'share' as const,
        change: { direction: 'up' as const, value: 7, unit: '%' as const },
      },
    ];
    expect(preferAskedShape('What share of industry?', growthByShape)).toHaveLength(1);
  });

  it('a subject no longer than the one before takes nothing from it', () => {
    const rate = { unit: '%' };
    expect(withElidedMeasure(rate, '城镇居民收入', '%', '山区农村居民')).toBe('山区农村居民');
    expect(withElidedMeasure(rate, '城镇居民收入', '%', '偏远山区农村居民')).toBe('偏远山区农村居民');
    expect(withElidedMeasure(rate, '城镇居民收入', '%', '山区居民')).toBe('山区居民收入');
  });

  it('money per month with money per month is one measure', () => {
    expect(withElidedMeasure({ unit: '元/月' }, '城镇居民低保标准', '元/月', '农村居民')).toBe('农村居民低保标准');
  });
});
