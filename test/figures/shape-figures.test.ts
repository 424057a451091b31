import { describe, expect, it } from 'vitest';
import { extractFigures, type FigureInput } from '../../src/figures/index.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { isStartFigure } from '../../src/figures/from-to.js';
import { isRankFigure } from '../../src/figures/rank-figures.js';
import { valueText } from '../../src/answer/figure-format.js';
import { compactShareName } from '../../src/lang/zh/share-words.js';
import { rankNumber } from '../../src/lang/zh/rank-words.js';
import { brief } from './report-sentence.js';

const read = (sentence: string) =>
  extractFigures({ sentence, citationId: 'c1', period: '2025', district: '某省', kind: 'result', source: 'text' } satisfies FigureInput);

describe('shares (占…比重, 相当于…的比例)', () => {
  it('name a share by its part and its whole, not by the 比例 an over-long name was cut to', () => {
    expect(read('全社会研发经费支出相当于全市生产总值的比例达到4.5%左右').map(brief)).toEqual([
      ['全社会研发经费支出占全市生产总值比重', 4.5, '%', '左右'],
    ]);
    expect(compactShareName('民间投资占全部投资的比重')).toBe('民间投资占全部投资比重');
    expect(compactShareName('地区生产总值')).toBe('地区生产总值');
  });

  it('keep a long share whole when it is read after its subject (占…比重提高到45%)', () => {
    const out = read('工业战略性新兴产业总产值增长6.5%、占规模以上工业总产值比重提高到45%');
    expect(out.map((f) => f.indicator)).toContain('工业战略性新兴产业总产值占规模以上工业总产值比重');
  });
});

describe('ranks (居全国第3位)', () => {
  it('rank the indicator their own clause names', () => {
    const out = read('居民人均可支配收入增速居全国第6位，城镇调查失业率5.2%');
    expect(out.map(brief)).toEqual([
      ['居民人均可支配收入增速', 6, '位', '全国第'],
      ['城镇调查失业率', 5.2, '%', ''],
    ]);
    expect(valueText(out[0])).toBe('全国第6位');
  });

  it('rank the figure before them when their clause names nothing, its growth after a rate', () => {
    const out = read('全省生产总值增长6.1%、居全国第3位，一般公共预算收入3800亿元、增速位居全国第二');
    expect(out.filter(isRankFigure).map(brief)).toEqual([
      ['生产总值增速', 3, '位', '全国第'],
      ['一般公共预算收入增速', 2, '位', '全国第'],
    ]);
  });

  it('rank a from–to pair’s indicator, and shed how long the rank held', () => {
    expect(read('一般公共预算收入从7248亿元提高到8865亿元，跃居全国第3位').filter(isRankFigure).map(brief)).toEqual([
      ['一般公共预算收入', 3, '位', '全国第'],
    ]);
    expect(read('全省进出口总额连续39年居全国第一').filter(isRankFigure).map(brief)).toEqual([['进出口总额', 1, '位', '全国第']]);
    expect(read('地区生产总值达13.7万亿元、增长5.8%、增量全国第一').filter(isRankFigure).map(brief)).toEqual([
      ['地区生产总值增量', 1, '位', '全国第'],
    ]);
  });

  it('rank from one place to another: the rank reached', () => {
    expect(read('新增境内上市公司62家，总数186家、从全国第9位升至第7位').filter(isRankFigure).map(brief)).toEqual([
      // Session 19: a total after an increment is the increment's subject's total (境内上市公司总数), and so is its rank.
      ['境内上市公司总数', 7, '位', '全国第'],
    ]);
  });

  it('are no figure without a number or a scope', () => {
    expect(read('经济总量位居全国前列')).toEqual([]);
    expect(read('第3位嘉宾发言')).toEqual([]);
    expect([rankNumber('3'), rankNumber('三'), rankNumber('十二'), rankNumber('二十')]).toEqual([3, 3, 12, 20]);
  });
});

describe('averages over several years (年均1270多万人)', () => {
  it('keep 年均 as the qualifier, not as 年 in the name, and the amount as written', () => {
    const [f] = read('城镇新增就业年均1270多万人');
    expect(brief(f)).toEqual(['城镇新增就业', 1270, '万人', '年均…多']);
    expect(f.valueInBaseUnit).toBe(12700000);
    expect(valueText(f)).toBe('年均1270多万人');
  });
});

describe('from–to starts without a year', () => {
  it('are kept, marked by their 由/从, after the value reached', () => {
    const out = read('人均生产总值由7.34万元提升至10.26万元');
    expect(out.map(brief)).toEqual([
      ['人均生产总值', 10.26, '万元', ''],
      ['人均生产总值', 7.34, '万元', '由'],
    ]);
    expect(out.map(isStartFigure)).toEqual([false, true]);
    expect(valueText(out[1])).toBe('由7.34万元');
  });
});

describe('城乡 分别 lists', () => {
  it('give 城镇 and 农村 one value each', () => {
    expect(read('城乡居民人均可支配收入分别达6.6万元和3.2万元').map(brief)).toEqual([
      ['城镇居民人均可支配收入', 6.6, '万元', ''],
      ['农村居民人均可支配收入', 3.2, '万元', ''],
    ]);
  });
});

describe('the shape a question asks', () => {
  const figs = [
    ...read('一般公共预算收入从7248亿元提高到8865亿元，跃居全国第3位'),
    ...read('城镇新增就业年均1270多万人'),
    ...read('城镇新增就业1206万人'),
    ...read('城乡居民人均可支配收入分别达6.6万元和3.2万元'),
  ];
  const leads = (q: string, names: string) =>
    preferAskedShape(
      q,
      figs.filter((f) => f.indicator.includes(names)),
    ).map(brief);

  it('a rank only when asked, never otherwise', () => {
    expect(leads('一般公共预算收入全国排第几', '预算收入')).toEqual([['一般公共预算收入', 3, '位', '全国第']]);
    expect(leads('一般公共预算收入多少', '预算收入')).toEqual([['一般公共预算收入', 8865, '亿元', '']]);
  });

  it('one year’s value before an average, the asked group before the other', () => {
    expect(leads('2022年城镇新增就业多少人', '就业')).toEqual([['城镇新增就业', 1206, '万人', '']]);
    expect(leads('年均城镇新增就业多少', '就业')).toHaveLength(2);
    expect(leads('农民收入是多少', '可支配收入')).toEqual([['农村居民人均可支配收入', 3.2, '万元', '']]);
    expect(leads('居民收入是多少', '可支配收入')).toHaveLength(2);
    expect(leads('城镇和农村居民收入各多少', '可支配收入')).toHaveLength(2);
  });

  it('a share when a share is asked', () => {
    const shares = [...read('研发经费支出500亿元'), ...read('研发经费支出占地区生产总值比重达3.1%')];
    expect(preferAskedShape('研发投入占GDP比重多少', shares).map(brief)).toEqual([['研发经费支出占地区生产总值比重', 3.1, '%', '']]);
  });
});
