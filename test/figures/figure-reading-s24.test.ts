import { describe, expect, it } from 'vitest';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { extractFigures } from '../../src/figures/extract.js';
import { figureShape, isAmountChangeOnly } from '../../src/figures/figure-shape.js';
import { measureOf } from '../../src/figure-table/measure.js';
import { amountChangeVerb } from '../../src/lang/zh/change-words.js';
import { partnersNamed } from '../../src/lang/zh/partner-markets.js';

const read = (sentence: string) =>
  extractFigures({ sentence, citationId: 'x', period: '2024', district: '浙江省', kind: 'result', source: 'text' });
const brief = (sentence: string) => read(sentence).map((f) => [f.indicator, f.value, f.unit, f.change ?? null]);

describe('an amount right after a change verb is the change, not the level', () => {
  it('reads a price cut per kilowatt-hour as a fall of that amount', () => {
    expect(brief('全省工商业平均电价下降1分/千瓦时。')).toEqual([
      ['工商业平均电价', 1, '分/千瓦时', { direction: 'down', value: 1, unit: '分/千瓦时' }],
    ]);
  });

  it('reads a per-cubic-metre price range as one unit', () => {
    expect(read('供浙气源综合价格下降3-5分/立方米。')[0]).toMatchObject({ unit: '分/立方米', range: { low: 3, high: 5 } });
  });

  it('reads a fall of revenue as its change, and the level reached after an increase as the level', () => {
    expect(brief('一般公共预算收入下降200亿元。')[0][3]).toEqual({ direction: 'down', value: 200, unit: '亿元' });
    expect(brief('粮食产量增加20亿斤，达到1400亿斤。')).toEqual([
      ['粮食产量', 20, '亿斤', { direction: 'up', value: 20, unit: '亿斤' }],
      ['粮食产量', 1400, '亿斤', null],
    ]);
  });

  it('keeps a level reached by a verb and 到, a comparison named with its verb, and a count of the noun after the number', () => {
    expect(brief('补贴标准提高到290元。')).toEqual([['补贴标准', 290, '元', null]]);
    expect(brief('赤字规模比上年增加1800亿元。')).toEqual([['赤字规模比上年增加', 1800, '亿元', null]]);
    expect(brief('新建和改造提升112万亩高标准农田。')[0][3]).toBeNull();
    expect(brief('改造农村公路危旧桥梁超240座，其中增加超120座桥梁通双车道。').map((f) => f[3])).toEqual([null, null]);
  });

  it('reads a span before the verb as the change’s span, not part of the name', () => {
    expect(read('国家高新技术企业5年增加2万家，达到3.5万家。')[0]).toMatchObject({
      indicator: '国家高新技术企业',
      qualifier: '5年',
      change: { direction: 'up', value: 2, unit: '万家' },
    });
  });

  it('names a bare 规模 after an amount’s own rise by that subject, and scope adjectives leave the name', () => {
    expect(read('中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元。')[1]).toMatchObject({
      indicator: '中央对地方转移支付规模',
      value: 9.8,
    });
    expect(read('全市性督查检查考核事项减少近20%。')[0]).toMatchObject({ indicator: '督查检查考核事项' });
  });

  it('keeps a name that is all scope and filler as it was read', () => {
    expect(read('全省共增加2702亿元。').every((f) => !f.change)).toBe(true);
  });

  it('finds the verb only after a name of two characters or more, and never after a comparison', () => {
    expect(amountChangeVerb('一般公共预算收入下降')).toMatchObject({ word: '下降', direction: 'down' });
    expect(amountChangeVerb('电价下降')).toMatchObject({ word: '下降' });
    expect(amountChangeVerb('共增加')).toBeUndefined();
    expect(amountChangeVerb('赤字规模比上年增加')).toBeUndefined();
    expect(amountChangeVerb('一般公共预算收入')).toBeUndefined();
  });
});

describe('an amount change as a figure of its own kind', () => {
  const change = { indicator: '粮食产量', value: 20, unit: '亿斤', change: { direction: 'up' as const, value: 20, unit: '亿斤' } };
  const level = { indicator: '粮食产量', value: 1400, unit: '亿斤' };
  const base = { kind: 'actual' as const, period: '2024', district: '浙江省', citationId: 'x' };

  it('is its own shape and measure, apart from rates and points', () => {
    expect(isAmountChangeOnly(change)).toBe(true);
    expect(figureShape(change)).toBe('change');
    expect(measureOf({ ...change, ...base })).toBe('change');
    expect(measureOf({ ...level, ...base })).toBe('level');
    const points = { indicator: '占比', value: 7.3, unit: '个百分点', change: { direction: 'up' as const, value: 7.3, unit: '个百分点' } };
    expect(isAmountChangeOnly(points)).toBe(false);
  });

  it('gives way to the level unless a change is asked', () => {
    expect(preferAskedShape('粮食产量多少', [change, level])).toEqual([level]);
    expect(preferAskedShape('粮食产量增加了多少', [change, level])).toEqual([change]);
    expect(preferAskedShape('电价降了多少', [change, level])).toEqual([change]);
  });
});

describe('a partner under its short name', () => {
  it('reads 共建国家 and 沿线国家 as the Belt and Road partner', () => {
    expect(partnersNamed('与共建国家缔结友城数量')).toEqual(['一带一路']);
    expect(partnersNamed('沿线国家')).toEqual(['一带一路']);
    expect(partnersNamed('sister cities with Belt and Road countries')).toEqual(['一带一路']);
    expect(partnersNamed('对东盟出口')).toEqual(['东盟']);
  });

  it('keeps a figure of that partner for a question naming it', () => {
    const fig = (indicator: string, unit: string) => ({ indicator, value: 1, unit });
    const kept = preferAskedShape('How many sister-city pairs has Jiangsu signed with Belt and Road countries?', [
      fig('对共建“一带一路”国家进出口占比', '%'),
      fig('共建国家缔结友城数量', '对'),
      fig('开行中欧班列', '列'),
    ]);
    expect(kept.map((f) => f.indicator)).toContain('共建国家缔结友城数量');
    expect(kept.map((f) => f.indicator)).not.toContain('开行中欧班列');
  });
});

describe('a proportion asked', () => {
  it('keeps a share written before its noun beside a rate of the same thing', () => {
    const share = { indicator: '村卫生室实现与乡镇卫生院一体化管理', value: 70, unit: '%', shape: 'share' as const };
    const rate = { indicator: '村卫生室与乡镇卫生院一体化管理率', value: 90, unit: '%' };
    expect(preferAskedShape('北京村卫生室跟乡镇卫生院一体化管理的比例到多少了', [share, rate])).toEqual([share, rate]);
    expect(preferAskedShape('北京村卫生室跟乡镇卫生院一体化管理率多少', [share, rate])).toEqual([rate]);
  });
});

describe('a count asked', () => {
  it('is answered by a count, not a percentage beside it', () => {
    const share = { indicator: '对共建“一带一路”国家进出口占比', value: 50, unit: '%' };
    const pairs = { indicator: '共建国家缔结友城数量', value: 148, unit: '对' };
    expect(preferAskedShape('How many sister cities does Jiangsu have with Belt and Road countries', [share, pairs])).toEqual([pairs]);
    expect(preferAskedShape('江苏对一带一路国家进出口占比多少', [share, pairs]).map((f) => f.value)).toEqual([50]);
    expect(preferAskedShape('How many percentage points did it rise?', [share, pairs]).length).toBe(2);
  });
});

describe('a noun after its count that opens with a character that seldom opens one', () => {
  it('names the count by it (上市公司, 总部企业, 创新中心, 前沿技术研发)', () => {
    expect(read('新增5家上市公司。')[0].indicator).toBe('新增上市公司');
    expect(read('引进30家总部企业。')[0].indicator).toBe('引进总部企业');
    expect(read('建成3个创新中心。')[0].indicator).toBe('建成创新中心');
    expect(read('推进40项省科技重大专项、80项前沿技术研发和60项基础研究重点项目。').map((f) => [f.indicator, f.value])).toEqual([
      ['省科技重大专项', 40],
      ['前沿技术研发', 80],
      ['基础研究重点项目', 60],
    ]);
  });
});
