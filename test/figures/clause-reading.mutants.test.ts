/**
 * Clause reading (src/figures/clause-reading.ts), through `extractFigures` on report-style
 * sentences: each way a clause's numbers become figures — 分别 lists said and unsaid, rates for the
 * levels a list just gave, ratios and clock times, ranges, unitless levels, gaps, a growth rate
 * attached to the value before it or standing alone, and a value with its unit (issue #15: the
 * mutants of this file that changed a figure and no test noticed).
 */
import { SECTOR_SHARES } from '../../src/lang/zh/industry-structure-words.js';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/answer/schema.js';
import { extractFigures, type FigureInput } from '../../src/figures/index.js';

/** A figure without the fields every figure of the sentence shares (place, period, citation). */
type Read = Omit<Figure, 'period' | 'district' | 'citationId'>;

/** The structure figures alone: a three sectors' ratio that adds up to 100 gives each sector's share too (sector-shares.ts). */
function readStructure(sentence: string): Read[] {
  return read(sentence).filter((f) => !SECTOR_SHARES.includes(f.indicator));
}

function read(sentence: string, over: Partial<FigureInput> = {}): Read[] {
  const input: FigureInput = { sentence, citationId: 'c1', period: '2024', district: '钱塘区', kind: 'result', source: 'text', ...over };
  return extractFigures(input).map(({ period, district, citationId, ...rest }) => rest);
}

const up = (value: number, unit = '%') => ({ direction: 'up' as const, value, unit });
const down = (value: number, unit = '%') => ({ direction: 'down' as const, value, unit });

describe('clause reading: lists of values', () => {
  it('reads a 分别 list of rates as one rate per named item, in order', () => {
    expect(read('规上工业增加值、服务业增加值分别增长8.3%和6.1%')).toEqual([
      { indicator: '规上工业增加值', value: 8.3, unit: '%', change: up(8.3), kind: 'actual' },
      { indicator: '服务业增加值', value: 6.1, unit: '%', change: up(6.1), kind: 'actual' },
    ]);
  });

  it("reads a 分别 list of levels, then the next clause's rates as those levels' growth", () => {
    expect(read('高新技术企业、科技型中小企业分别达161家、460家，增长29%、43%')).toEqual([
      { indicator: '高新技术企业', value: 161, unit: '家', kind: 'actual', valueInBaseUnit: 161, change: up(29) },
      { indicator: '科技型中小企业', value: 460, unit: '家', kind: 'actual', valueInBaseUnit: 460, change: up(43) },
    ]);
  });

  it('gives levels listed one name each the rates of a following 分别 clause', () => {
    expect(read('全市高新技术企业161家、科技型中小企业460家，分别增长29%、43%')).toEqual([
      { indicator: '高新技术企业', value: 161, unit: '家', kind: 'actual', valueInBaseUnit: 161, change: up(29) },
      { indicator: '科技型中小企业', value: 460, unit: '家', kind: 'actual', valueInBaseUnit: 460, change: up(43) },
    ]);
  });

  it('reads a 分别 list of levels without rates as levels', () => {
    expect(read('高新技术企业、科技型中小企业分别达161家、460家。')).toEqual([
      { indicator: '高新技术企业', value: 161, unit: '家', kind: 'actual', valueInBaseUnit: 161 },
      { indicator: '科技型中小企业', value: 460, unit: '家', kind: 'actual', valueInBaseUnit: 460 },
    ]);
  });

  // Session 19: 分别 says each item has the value ("…分别增加2个"), so one value after it is every item's, each item a
  // figure of its own (was one figure named by the list, which no question names).
  it('gives one rate after 分别 to every name listed', () => {
    expect(read('规上工业增加值、服务业增加值分别增长8.3%')).toEqual([
      { indicator: '规上工业增加值', value: 8.3, unit: '%', change: up(8.3), kind: 'actual' },
      { indicator: '服务业增加值', value: 8.3, unit: '%', change: up(8.3), kind: 'actual' },
    ]);
  });

  it('reads as many names as values of one unit as a 分别 list left unsaid', () => {
    expect(read('规上工业增加值和服务业增加值增长8.3%和6.1%')).toEqual([
      { indicator: '规上工业增加值', value: 8.3, unit: '%', change: up(8.3), kind: 'actual' },
      { indicator: '服务业增加值', value: 6.1, unit: '%', change: up(6.1), kind: 'actual' },
    ]);
  });

  it('reads an unsaid list of levels without a growth verb', () => {
    expect(read('城镇和农村居民人均可支配收入为6.6万元和3.2万元')).toEqual([
      { indicator: '城镇居民人均可支配收入', value: 6.6, unit: '万元', kind: 'actual', valueInBaseUnit: 66000 },
      { indicator: '农村居民人均可支配收入', value: 3.2, unit: '万元', kind: 'actual', valueInBaseUnit: 32000 },
    ]);
  });

  it("gives a list's value written without its unit the unit of the last, and reads no unitless list", () => {
    expect(read('规上工业增加值和服务业增加值增长8和6%').map((f) => [f.indicator, f.value, f.unit])).toEqual([
      ['规上工业增加值', 8, '%'],
      ['服务业增加值', 6, '%'],
    ]);
    expect(read('规上工业和服务业为8和6')).toEqual([]);
  });

  it('gives a rate after a value of its own clause to that value, not to the levels of the clause before', () => {
    expect(read('全市高新技术企业161家、科技型中小企业460家，营业收入120亿元、增长29%、43%').slice(0, 3)).toEqual([
      { indicator: '高新技术企业', value: 161, unit: '家', kind: 'actual', valueInBaseUnit: 161 },
      { indicator: '科技型中小企业', value: 460, unit: '家', kind: 'actual', valueInBaseUnit: 460 },
      { indicator: '营业收入', value: 120, unit: '亿元', kind: 'actual', valueInBaseUnit: 12000000000, change: up(29) },
    ]);
  });

  it('does not split the names over values of different units', () => {
    expect(read('规上工业增加值和服务业增加值增长8.3%和6.1亿元')).toEqual([
      { indicator: '规上工业增加值和服务业增加值', value: 8.3, unit: '%', change: up(8.3), kind: 'actual' },
      { indicator: '规上工业增加值和服务业增加值', value: 6.1, unit: '亿元', kind: 'actual', valueInBaseUnit: 610000000 },
    ]);
  });

  it('skips a number that only qualifies a noun and reads the value after it', () => {
    expect(read('全市10亿元以上项目完成投资50亿元')).toEqual([
      { indicator: '10亿元以上项目完成投资', value: 50, unit: '亿元', kind: 'actual', valueInBaseUnit: 5000000000 },
    ]);
  });
});

describe('clause reading: ratios and clock times', () => {
  it('reads a three-part ratio as one structure figure, its parts in order', () => {
    expect(readStructure('三次产业结构为1:2:3')).toEqual([
      { indicator: '三次产业结构', value: 1, unit: '比例', kind: 'actual', shape: 'structure', structure: [1, 2, 3] },
    ]);
    expect(readStructure('三次产业结构调整为2.1:35.6:62.3')).toEqual([
      { indicator: '三次产业结构调整', value: 2.1, unit: '比例', kind: 'actual', shape: 'structure', structure: [2.1, 35.6, 62.3] },
    ]);
  });

  it("reads a two-part ratio only under a ratio's name", () => {
    expect(read('城乡收入比为1.8:1')).toEqual([
      { indicator: '城乡收入比', value: 1.8, unit: '比例', kind: 'actual', shape: 'structure', structure: [1.8, 1] },
    ]);
    expect(read('三次产业比例为2:5')).toEqual([
      { indicator: '三次产业比例', value: 2, unit: '比例', kind: 'actual', shape: 'structure', structure: [2, 5] },
    ]);
    expect(read('两项指标为25:70')).toEqual([]);
  });

  it('reads no figure from a clock time, even under a word a ratio is named by', () => {
    expect(read('发布时间:2024-01-05 15:37:21')).toEqual([]);
    expect(read('比赛于15:30开始')).toEqual([]);
  });

  it('tells a structure from a clock time by its parts: a first part under 24, then two-digit parts under 60', () => {
    const structure = (sentence: string) => readStructure(sentence).map((f) => f.structure);
    expect(structure('四类用地结构为5:20:35:40')).toEqual([[5, 20, 35, 40]]);
    expect(structure('三次产业结构为24:30:46')).toEqual([[24, 30, 46]]);
    expect(structure('三次产业结构为2.5:35:62')).toEqual([[2.5, 35, 62]]);
    expect(structure('三次产业结构为3:5:52')).toEqual([[3, 5, 52]]);
    expect(structure('三次产业结构为2.5:35:42')).toEqual([[2.5, 35, 42]]);
    expect(structure('三次产业结构为8:32:60')).toEqual([[8, 32, 60]]);
    expect(structure('比赛于9:30开始')).toEqual([]);
  });

  it('reads no structure from a time or a score, though 比分 holds the 比 of a ratio', () => {
    expect(read('比分为101:98')).toEqual([]);
    expect(read('决赛比分3:1')).toEqual([]);
    expect(read('马拉松用时33:45:52')).toEqual([]);
    expect(read('完赛成绩为3:45:52')).toEqual([]);
  });

  it("reads a clock-shaped run as a structure under a structure's name when its parts add up to 100", () => {
    expect(readStructure('三次产业结构为3:45:52')).toEqual([
      { indicator: '三次产业结构', value: 3, unit: '比例', kind: 'actual', shape: 'structure', structure: [3, 45, 52] },
    ]);
    // Rounding: 100.4 is 100.
    expect(readStructure('三次产业结构为3:45:52.4').map((f) => f.structure)).toEqual([[3, 45, 52.4]]);
    // A clock's shape that adds up to another total, or no structure's name, stays a time.
    expect(readStructure('三次产业结构为3:45:51')).toEqual([]);
    expect(readStructure('三次产业结构为3:45:53')).toEqual([]);
    expect(read('两项指标为3:45:52')).toEqual([]);
  });

  it("counts a ratio's parts from where it starts in the clause", () => {
    // Two parts under a name that is no ratio's: no structure, though a value comes before it.
    expect(read('实现投资50亿元投资与消费为6:4').filter((f) => f.shape === 'structure')).toEqual([]);
  });

  it('reads the value after a ratio on its own', () => {
    expect(read('三次产业结构为1:2:3，地区生产总值增长6%')).toEqual([
      { indicator: '三次产业结构', value: 1, unit: '比例', kind: 'actual', shape: 'structure', structure: [1, 2, 3] },
      { indicator: '地区生产总值', value: 6, unit: '%', change: up(6), kind: 'actual' },
    ]);
  });
});

describe('clause reading: ranges and unitless levels', () => {
  it('reads a range of rates as one figure with its low and high ends', () => {
    expect(read('地区生产总值增长5%-6%')).toEqual([
      { indicator: '地区生产总值', value: 5, unit: '%', change: up(5), range: { low: 5, high: 6 }, kind: 'actual' },
    ]);
    expect(read('地区生产总值增长5-6%')).toEqual([
      { indicator: '地区生产总值', value: 5, unit: '%', change: up(5), range: { low: 5, high: 6 }, kind: 'actual' },
    ]);
  });

  it('reads a range of counts with the unit of its high end and its base-unit value', () => {
    expect(read('新建5G基站300个至500个')).toEqual([
      { indicator: '新建5G基站', value: 300, unit: '个', range: { low: 300, high: 500 }, kind: 'actual', valueInBaseUnit: 300 },
    ]);
    expect(read('新建5G基站300至500个')).toEqual([
      { indicator: '新建5G基站', value: 300, unit: '个', range: { low: 300, high: 500 }, kind: 'actual', valueInBaseUnit: 300 },
    ]);
  });

  it('reads a range whose ends both carry the unit, the dash no minus sign of the high end', () => {
    expect(read('投资规模100亿元-120亿元')).toEqual([
      { indicator: '投资规模', value: 100, unit: '亿元', range: { low: 100, high: 120 }, kind: 'actual', valueInBaseUnit: 10000000000 },
    ]);
  });

  it('reads no range between values of different units, or after a low end with its own bound', () => {
    expect(read('增长5%至6个百分点').map((f) => [f.value, f.unit, f.range])).toEqual([
      [5, '%', undefined],
      [6, '个百分点', undefined],
    ]);
    expect(read('增长5%左右至6%').map((f) => [f.value, f.qualifier, f.range])).toEqual([
      [5, '左右', undefined],
      [6, undefined, undefined],
    ]);
  });

  it('reads a unitless level the report states', () => {
    expect(read('城乡居民收入倍差缩小至1.42')).toEqual([{ indicator: '城乡居民收入倍差', value: 1.42, unit: '', kind: 'actual' }]);
    expect(read('城镇调查失业率控制在5.5以内')).toEqual([
      { indicator: '城镇调查失业率', value: 5.5, unit: '', qualifier: '以内', kind: 'actual' },
    ]);
  });

  it('reads a unitless level ended by a bracket or an enumeration comma', () => {
    expect(read('城乡居民收入倍差缩小至1.42(上年1.45)')).toEqual([
      { indicator: '城乡居民收入倍差', value: 1.42, unit: '', kind: 'actual' },
    ]);
    expect(read('城乡居民收入倍差缩小至1.42、')).toEqual([{ indicator: '城乡居民收入倍差', value: 1.42, unit: '', kind: 'actual' }]);
  });

  it('reads a whole unitless number only for an index-like name, and never a year', () => {
    expect(read('项目数为12')).toEqual([{ indicator: '项目数', value: 12, unit: '', kind: 'actual' }]);
    expect(read('综合指数为1899，')).toEqual([{ indicator: '综合指数', value: 1899, unit: '', kind: 'actual' }]);
    expect(read('综合指数为2101，')).toEqual([{ indicator: '综合指数', value: 2101, unit: '', kind: 'actual' }]);
    expect(read('综合指数为1900，')).toEqual([]);
    expect(read('综合指数为2100，')).toEqual([]);
    expect(read('综合指数为2021，')).toEqual([]);
    expect(read('全市共有企业为12，')).toEqual([]);
  });

  it('reads a unitless level after a qualifier, after a space, and closing a parenthesis', () => {
    expect(read('城镇调查失业率约5.5，')).toEqual([{ indicator: '城镇调查失业率', value: 5.5, unit: '', qualifier: '约', kind: 'actual' }]);
    expect(read('城乡居民收入倍差缩小至 1.42')).toEqual([{ indicator: '城乡居民收入倍差', value: 1.42, unit: '', kind: 'actual' }]);
    expect(read('城乡居民收入差距持续缩小(倍差缩小至1.42)')).toEqual([{ indicator: '倍差', value: 1.42, unit: '', kind: 'actual' }]);
  });

  it('reads no unitless number the words do not state as a level, or that runs on into words', () => {
    expect(read('失业率5.5以内')).toEqual([]);
    expect(read('倍差缩小至1.42并保持稳定')).toEqual([]);
  });

  it('reads a unitless level of the plan after a target heading as a target', () => {
    expect(read('城乡居民收入倍差缩小至1.42，预期目标:倍差缩小至1.4')).toEqual([
      { indicator: '城乡居民收入倍差', value: 1.42, unit: '', kind: 'actual' },
      { indicator: '倍差', value: 1.4, unit: '', kind: 'target' },
    ]);
  });
});

describe('clause reading: from–to pairs of unitless levels', () => {
  it('reads the level a pair starts from, so the pair is named by its indicator alone', () => {
    expect(read('城乡居民收入倍差由1.8缩小到1.75')).toEqual([
      { indicator: '城乡居民收入倍差', value: 1.75, unit: '', kind: 'actual' },
      { indicator: '城乡居民收入倍差', value: 1.8, unit: '', kind: 'actual', qualifier: '由' },
    ]);
    expect(read('生态环境公众满意度从84.7提升至89.6')).toEqual([
      { indicator: '生态环境公众满意度', value: 89.6, unit: '', kind: 'actual' },
      { indicator: '生态环境公众满意度', value: 84.7, unit: '', kind: 'actual', qualifier: '从' },
    ]);
  });

  it('reads no start without a from word before it or a to verb after it', () => {
    expect(read('城乡居民收入倍差1.8缩小到1.75').map((f) => f.value)).toEqual([1.75]);
    expect(read('城乡居民收入倍差由1.8逐步缩小')).toEqual([]);
  });
});

describe('clause reading: gaps in percentage points', () => {
  it("names points after a growth rate as the growth's lead over the place compared", () => {
    expect(read('地区生产总值增长5.1%，高于全市0.4个百分点')).toEqual([
      { indicator: '地区生产总值', value: 5.1, unit: '%', change: up(5.1), kind: 'actual' },
      {
        indicator: '地区生产总值增速与全市差距',
        value: 0.4,
        unit: '个百分点',
        change: up(0.4, '个百分点'),
        kind: 'actual',
        shape: 'gap',
      },
    ]);
  });

  it('reads a gap below the target as a result, going down', () => {
    expect(read('地区生产总值增长5.5%，低于目标0.5个百分点')).toEqual([
      { indicator: '地区生产总值', value: 5.5, unit: '%', change: up(5.5), kind: 'actual' },
      {
        indicator: '地区生产总值增速与目标差距',
        value: 0.5,
        unit: '个百分点',
        change: down(0.5, '个百分点'),
        kind: 'actual',
        shape: 'gap',
      },
    ]);
    // A target word would make the clause a target's; the gap to the target is still a result.
    expect(read('力争地区生产总值增长6%，高于目标0.5个百分点').map((f) => [f.indicator, f.kind])).toEqual([
      ['地区生产总值', 'target'],
      ['地区生产总值增速与目标差距', 'actual'],
    ]);
  });

  it('names a gap after a level by the level, and after a growth-only name by the subject before it', () => {
    expect(read('一般公共预算收入85亿元，高于全省2.1个百分点')[1]).toEqual({
      indicator: '一般公共预算收入与全省差距',
      value: 2.1,
      unit: '个百分点',
      change: up(2.1, '个百分点'),
      kind: 'actual',
      shape: 'gap',
    });
    expect(read('城镇居民人均可支配收入增长4.5%，增幅高于全省0.3个百分点')[1].indicator).toBe('城镇居民人均可支配收入增速与全省差距');
    expect(read('增速高于全省0.3个百分点')).toEqual([
      { indicator: '增速与全省差距', value: 0.3, unit: '个百分点', change: up(0.3, '个百分点'), kind: 'actual', shape: 'gap' },
    ]);
  });

  it('reads a negative gap as one going down, and a gap range with both ends', () => {
    expect(read('地区生产总值增长5.1%，增幅高于全省-0.2个百分点')[1]).toEqual({
      indicator: '地区生产总值增速与全省差距',
      value: -0.2,
      unit: '个百分点',
      change: down(0.2, '个百分点'),
      kind: 'actual',
      shape: 'gap',
    });
    expect(read('一般公共预算收入85亿元，高于全省2-3个百分点')[1]).toEqual({
      indicator: '一般公共预算收入与全省差距',
      value: 2,
      unit: '个百分点',
      change: up(2, '个百分点'),
      range: { low: 2, high: 3 },
      kind: 'actual',
      shape: 'gap',
    });
  });

  it("names a gap by its own clause's subject, not the figure before", () => {
    expect(read('地区生产总值增长5.1%，一般公共预算收入高于全省0.4个百分点')[1].indicator).toBe('一般公共预算收入增速与全省差距');
  });

  it('reads a gap to a target value as a result, though the clause names the target', () => {
    expect(read('地区生产总值增长5.5%，低于目标值0.5个百分点')[1]).toEqual({
      indicator: '地区生产总值增速与目标值差距',
      value: 0.5,
      unit: '个百分点',
      change: down(0.5, '个百分点'),
      kind: 'actual',
      shape: 'gap',
    });
  });

  it('reads a fall in points without a place compared as a change of the rate named', () => {
    expect(read('增速比上年回落1.2个百分点')).toEqual([
      { indicator: '增速', value: 1.2, unit: '个百分点', change: down(1.2, '个百分点'), kind: 'actual' },
    ]);
  });
});

describe('clause reading: growth rates', () => {
  it('attaches a rate right after a value to that value', () => {
    expect(read('全年实现地区生产总值361亿元、增长6.2%')).toEqual([
      { indicator: '地区生产总值', value: 361, unit: '亿元', kind: 'actual', valueInBaseUnit: 36100000000, change: up(6.2) },
    ]);
  });

  it('attaches a rate across two clauses without figures, not three', () => {
    expect(read('地区生产总值361亿元，人口增加，投资增加，增长6.2%')).toEqual([
      { indicator: '地区生产总值', value: 361, unit: '亿元', kind: 'actual', valueInBaseUnit: 36100000000, change: up(6.2) },
    ]);
    expect(read('地区生产总值361亿元，人口增加，投资增加，消费增加，增长6.2%')).toEqual([
      { indicator: '地区生产总值', value: 361, unit: '亿元', kind: 'actual', valueInBaseUnit: 36100000000 },
      { indicator: '地区生产总值', value: 6.2, unit: '%', change: up(6.2), kind: 'actual' },
    ]);
  });

  it('counts a clause whose numbers give no figure among the clauses a rate may reach back over', () => {
    expect(read('地区生产总值361亿元，人口增加，投资增加，投资与消费为6:4，增长6.2%')).toEqual([
      { indicator: '地区生产总值', value: 361, unit: '亿元', kind: 'actual', valueInBaseUnit: 36100000000 },
      { indicator: '地区生产总值', value: 6.2, unit: '%', change: up(6.2), kind: 'actual' },
    ]);
  });

  it('attaches an aimed rate to the value before it: only a span keeps a rate apart', () => {
    expect(read('地区生产总值361亿元，确保增长6%')).toEqual([
      { indicator: '地区生产总值', value: 361, unit: '亿元', kind: 'actual', valueInBaseUnit: 36100000000, change: up(6) },
    ]);
  });

  it('reads a rate named after the rate before it as a level, not a growth', () => {
    expect(read('地区生产总值增长5%，服务业增加值占比55%')[1]).toEqual({
      indicator: '服务业增加值占比',
      value: 55,
      unit: '%',
      kind: 'actual',
    });
  });

  it('keeps the levels of a list through a clause without figures, for the rates after it', () => {
    expect(
      read('高新技术企业、科技型中小企业分别达161家、460家，投资与消费为6:4，增长29%、43%').map((f) => [f.indicator, f.change]),
    ).toEqual([
      ['高新技术企业', up(29)],
      ['科技型中小企业', up(43)],
    ]);
  });

  it('gives no rate of a list to a range', () => {
    expect(read('新建5G基站300至500个、充电桩600个，增长29%、43%').map((f) => [f.indicator, f.value, f.change])).toEqual([
      ['新建5G基站', 300, undefined],
      ['充电桩', 600, up(29)],
      ['充电桩', 43, up(43)],
    ]);
  });

  it('gives a value one rate: a second one is a figure of its own', () => {
    expect(read('地区生产总值361亿元、增长6.2%，增长7%')).toEqual([
      { indicator: '地区生产总值', value: 361, unit: '亿元', kind: 'actual', valueInBaseUnit: 36100000000, change: up(6.2) },
      { indicator: '地区生产总值', value: 7, unit: '%', change: up(7), kind: 'actual' },
    ]);
  });

  it("keeps a span's rate and a range of rates apart from the year's level", () => {
    expect(read('地区生产总值361亿元，年均增长5.7%')).toEqual([
      { indicator: '地区生产总值', value: 361, unit: '亿元', kind: 'actual', valueInBaseUnit: 36100000000 },
      { indicator: '地区生产总值', value: 5.7, unit: '%', change: up(5.7), qualifier: '年均', kind: 'actual' },
    ]);
    expect(read('地区生产总值361亿元，增长5%-6%')).toEqual([
      { indicator: '地区生产总值', value: 361, unit: '亿元', kind: 'actual', valueInBaseUnit: 36100000000 },
      { indicator: '地区生产总值', value: 5, unit: '%', change: up(5), range: { low: 5, high: 6 }, kind: 'actual' },
    ]);
  });

  it('reads a negative growth as a fall, and a fall as going down', () => {
    expect(read('地区生产总值增长-1.5%')).toEqual([
      { indicator: '地区生产总值', value: -1.5, unit: '%', change: down(1.5), kind: 'actual' },
    ]);
    expect(read('进出口总额下降3.2%')).toEqual([{ indicator: '进出口总额', value: 3.2, unit: '%', change: down(3.2), kind: 'actual' }]);
  });

  it('marks a run of years of growth as a streak', () => {
    expect(read('规上工业增加值连续3年增长8%')).toEqual([
      { indicator: '规上工业增加值', value: 8, unit: '%', change: up(8), qualifier: '连续3年', kind: 'actual', shape: 'streak' },
    ]);
  });

  it('reads a target rate after a target word as a target, with its qualifier', () => {
    expect(read('力争地区生产总值增长6%左右')).toEqual([
      { indicator: '地区生产总值', value: 6, unit: '%', change: up(6), qualifier: '左右', kind: 'target' },
    ]);
  });
});

describe('clause reading: values with units', () => {
  it("keeps an approximate value's qualifier and its base-unit value", () => {
    expect(read('新增就业约1.2万人')).toEqual([
      { indicator: '新增就业', value: 1.2, unit: '万人', qualifier: '约', kind: 'actual', valueInBaseUnit: 12000 },
    ]);
  });

  it("keeps the approximation of a range's high end", () => {
    expect(read('新建300至500余个')).toEqual([
      { indicator: '新建', value: 300, unit: '个', range: { low: 300, high: 500 }, qualifier: '余', kind: 'actual', valueInBaseUnit: 300 },
    ]);
  });

  it('starts the next name after the noun a count consumed', () => {
    expect(read('开展500场培训、参训人员1万人次')).toEqual([
      { indicator: '开展培训', value: 500, unit: '场', kind: 'actual', valueInBaseUnit: 500 },
      { indicator: '参训人员', value: 1, unit: '万人次', kind: 'actual', valueInBaseUnit: 10000 },
    ]);
  });

  it('names a rate right after a counted noun by that noun, after a range too', () => {
    expect(read('新建300至500个项目投资完成率90%')[1]).toEqual({ indicator: '项目投资完成率', value: 90, unit: '%', kind: 'actual' });
    expect(read('15个省重点项目投资完成率174.7%，增长5%')[1]).toEqual({
      indicator: '省重点项目投资完成率',
      value: 174.7,
      unit: '%',
      kind: 'actual',
    });
    expect(read('15个省重点项目投资完成率174.7%')).toEqual([
      { indicator: '省重点项目', value: 15, unit: '个', kind: 'actual', valueInBaseUnit: 15 },
      { indicator: '省重点项目投资完成率', value: 174.7, unit: '%', kind: 'actual' },
    ]);
  });
});

describe('clause reading: ratios, the edges of the clock test (re-run after session 8)', () => {
  const structure = (sentence: string) => readStructure(sentence).map((f) => f.structure);

  it('never reads four parts as a clock: a structure whatever they add up to', () => {
    expect(structure('三次产业结构为3:45:52:10')).toEqual([[3, 45, 52, 10]]);
  });

  it('reads a first part of 24 or a later part of 60 as no clock, so parts not adding up to 100 are still a structure', () => {
    expect(structure('三次产业结构为24:30:50')).toEqual([[24, 30, 50]]);
    expect(structure('三次产业结构为3:60:45')).toEqual([[3, 60, 45]]);
  });

  it('reads three parts as a structure under a name that is no ratio’s', () => {
    expect(read('构成为100:30:20')).toEqual([
      { indicator: '构成', value: 100, unit: '比例', kind: 'actual', shape: 'structure', structure: [100, 30, 20] },
    ]);
  });

  it('takes no value with a unit after the colon as a ratio’s part', () => {
    expect(read('三次产业结构比为2:3%').filter((f) => f.shape === 'structure')).toEqual([]);
    expect(read('三次产业结构比为2:3%')).toContainEqual({ indicator: '三次产业结构比', value: 3, unit: '%', kind: 'actual' });
  });

  it('reads no structure when only the name carried over from the clause before says score or time', () => {
    // The second clause's words are empty; its name, 比赛用时指数, comes from the first clause.
    expect(read('比赛用时指数为1.5,101:98')).toEqual([{ indicator: '比赛用时指数', value: 1.5, unit: '', kind: 'actual' }]);
  });
});
