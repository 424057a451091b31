/**
 * The direct answer's lead on hand-built figures and citations (no index): the verdict of a
 * comparison, the latest figure of an indicator, a period's words, a running total, and the lead
 * line's parts (growth only, a change, a gap, a target asked, a comparison like for like). Mutation
 * run of session 13; the corpus cases are in fresh-f-leads.test.ts and the engine tests.
 */
import { describe, expect, it } from 'vitest';
import { comparisonVerdict, figureLead, latestFirst, periodLabel, writtenAsCumulative } from '../../src/answer/figure-lead.js';
import type { Citation, Figure } from '../../src/answer/schema.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation } from '../support/hand-built-evidence.js';

const PLACES = knownPlaces(['浙江省', '江苏省', '上海市']);
const ask = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-01') });
const fig = (over: Partial<Figure> = {}): Figure => ({
  indicator: '地区生产总值',
  value: 9,
  unit: '万亿元',
  kind: 'actual',
  period: '2024',
  district: '浙江省',
  citationId: 'c1',
  ...over,
});
const growth = (value: number, over: Partial<Figure> = {}): Figure =>
  fig({ value, unit: '%', change: { direction: value < 0 ? 'down' : 'up', value: Math.abs(value), unit: '%' }, ...over });

describe('comparisonVerdict', () => {
  it('does not compare a target with an actual', () => {
    expect(comparisonVerdict(fig(), fig({ kind: 'target' }), false, 'zh', false)).toBe('（一为目标、一为实绩，不作比较）');
  });

  it('names the higher of two amounts in one unit, either side first', () => {
    const zj = fig({ value: 9, valueInBaseUnit: 9e12 });
    const js = fig({ value: 13, valueInBaseUnit: 13e12, district: '江苏省' });
    expect(comparisonVerdict(zj, js, false, 'zh', false)).toBe('。江苏省更高：13万亿元 对 9万亿元');
    expect(comparisonVerdict(js, zj, false, 'zh', false)).toBe('。江苏省更高：13万亿元 对 9万亿元');
    expect(comparisonVerdict(zj, js, false, 'en', false)).toMatch(/^\. Jiangsu is higher: 13/);
  });

  it('says two equal amounts are the same, and adds "not the same" when asked whether they are', () => {
    const a = fig({ valueInBaseUnit: 9e12 });
    const b = fig({ valueInBaseUnit: 9e12, district: '江苏省' });
    expect(comparisonVerdict(a, b, false, 'zh', false)).toBe('。两者相同：9万亿元 对 9万亿元');
    const c = fig({ value: 10, valueInBaseUnit: 10e12, district: '江苏省' });
    expect(comparisonVerdict(a, c, false, 'zh', true)).toBe('。不一样。江苏省更高：10万亿元 对 9万亿元');
  });

  it('compares by rate when a growth is asked, a level by the growth beside it', () => {
    const zj = fig({ valueInBaseUnit: 9e12, change: { direction: 'up', value: 5.5, unit: '%' } });
    const js = growth(5.8, { district: '江苏省' });
    expect(comparisonVerdict(zj, js, true, 'zh', false)).toBe('。江苏省更高：5.8% 对 5.5%');
  });

  it('compares two rates with no growth asked, but not a level with a rate', () => {
    expect(comparisonVerdict(growth(5.5), growth(5.1, { district: '江苏省' }), false, 'zh', false)).toBe('。浙江省更高：5.5% 对 5.1%');
    expect(comparisonVerdict(fig({ valueInBaseUnit: 9e12 }), growth(5.1, { district: '江苏省' }), false, 'zh', false)).toBe(
      '（江苏省只给出增速，没有总量，不作比较）',
    );
  });

  it('says nothing of amounts in different units, or of a side with no rate', () => {
    const yuan = fig({ value: 9, unit: '亿元', valueInBaseUnit: 9e8 });
    const people = fig({ value: 9, unit: '万人', valueInBaseUnit: 9e4, district: '江苏省' });
    expect(comparisonVerdict(yuan, people, false, 'zh', false)).toBe('');
    expect(comparisonVerdict(fig({ valueInBaseUnit: 9e12 }), growth(5.1, { district: '江苏省' }), true, 'zh', false)).toBe('');
  });

  it('reads a range by its ends: the same only as the same range, higher by its upper end, then its lower', () => {
    const range = (low: number, high: number, district = '浙江省') => growth(low, { range: { low, high }, district });
    expect(comparisonVerdict(range(5, 5.5), range(5, 5.5, '江苏省'), true, 'zh', false)).toMatch(/^。两者相同/);
    expect(comparisonVerdict(range(5, 5.5), range(5, 6, '江苏省'), true, 'zh', false)).toMatch(/^。江苏省更高/);
    expect(comparisonVerdict(range(5.2, 6), range(5, 6, '江苏省'), true, 'zh', false)).toMatch(/^。浙江省更高/);
    expect(comparisonVerdict(growth(5), range(5, 6, '江苏省'), true, 'zh', false)).toMatch(/^。江苏省更高/);
  });

  it('says the same number worded differently is not the same target', () => {
    const a = growth(5, { qualifier: '左右', kind: 'target' });
    const b = growth(5, { qualifier: '以上', kind: 'target', district: '江苏省' });
    expect(comparisonVerdict(a, b, true, 'zh', false)).toMatch(/^。数值相同，提法不同/);
    expect(comparisonVerdict(a, { ...b, qualifier: '左右' }, true, 'zh', false)).toMatch(/^。两者相同/);
  });

  it('calls a side by the name it is given', () => {
    const a = fig({ valueInBaseUnit: 9e12 });
    const b = fig({ value: 10, valueInBaseUnit: 10e12 });
    expect(comparisonVerdict(a, b, false, 'zh', false, () => '城镇')).toBe('。城镇更高：10万亿元 对 9万亿元');
  });
});

describe('latestFirst', () => {
  it('moves the latest year of the leading indicator to the front, in its order', () => {
    const old = fig({ period: '2023', citationId: 'a' });
    const other = fig({ indicator: '一般公共预算收入', period: '2025', citationId: 'b' });
    const latest = fig({ period: '2024', citationId: 'c' });
    expect(latestFirst([old, other, latest])).toEqual([latest, old, other]);
  });

  it('keeps the order when the first is the latest, or the list is empty', () => {
    const a = fig({ period: '2024' });
    const b = fig({ period: '2023' });
    expect(latestFirst([a, b])).toEqual([a, b]);
    expect(latestFirst([])).toEqual([]);
  });

  it('moves only like for like: the same place, kind and sort of unit', () => {
    const top = fig({ period: '2023' });
    for (const other of [
      fig({ period: '2024', district: '江苏省' }),
      fig({ period: '2024', kind: 'target' }),
      growth(5, { period: '2024' }),
    ])
      expect(latestFirst([top, other])).toEqual([top, other]);
  });

  it("reads a span's level as its last year, never a change or an average over it", () => {
    const top = fig({ period: '2023' });
    const spanLevel = fig({ period: '2021-2025', citationId: 'b' });
    expect(latestFirst([top, spanLevel])).toEqual([spanLevel, top]);
    const spanChange = fig({ period: '2021-2025', change: { direction: 'up', value: 30, unit: '%' } });
    expect(latestFirst([top, spanChange])).toEqual([top, spanChange]);
    const average = fig({ period: '2025', qualifier: '年均' });
    expect(latestFirst([top, average])).toEqual([top, average]);
  });

  it('leaves the order when the leading figure has no year of its own', () => {
    const average = fig({ period: '2024', qualifier: '年均' });
    const later = fig({ period: '2025' });
    expect(latestFirst([average, later])).toEqual([average, later]);
  });
});

describe('periodLabel', () => {
  const c = (sentence: string): Citation => resultCitation('c1', sentence);
  it('names a year, and a part of it, only when the citation writes the year', () => {
    expect(periodLabel('2024', c('2024年全省生产总值9万亿元'), 'zh')).toBe('2024年');
    expect(periodLabel('2024H1', c('2024年上半年全省生产总值4万亿元'), 'zh')).toBe('2024年上半年');
    expect(periodLabel('2024Q1-3', c('2024年前三季度'), 'en')).toBe('2024 Q1–Q3');
    expect(periodLabel('2023', c('全省生产总值9万亿元'), 'zh')).toBe('');
    expect(periodLabel('2023', undefined, 'zh')).toBe('');
  });

  it("finds the year in the citation's section or title too", () => {
    expect(periodLabel('2024', { ...c('全省生产总值9万亿元'), section: '2024年工作回顾', title: '' }, 'zh')).toBe('2024年');
    expect(periodLabel('2024', { ...c('全省生产总值9万亿元'), section: '', title: '2024年报告' }, 'zh')).toBe('2024年');
  });

  it("names a plan's span by the plan, and nothing for another label", () => {
    expect(periodLabel('2021-2025', undefined, 'zh')).toBe('“十四五”时期');
    expect(periodLabel('2022-2024', c('2022-2024'), 'zh')).toBe('');
    expect(periodLabel('x2024', c('2024'), 'zh')).toBe('');
  });
});

describe('writtenAsCumulative', () => {
  it('holds for a value after 累计 in its clause, not in the next clause nor inside a longer number', () => {
    expect(writtenAsCumulative({ value: 120.5 }, '新建8.9万亩、累计达到120.5万亩')).toBe(true);
    expect(writtenAsCumulative({ value: 8.9 }, '新建8.9万亩、累计达到120.5万亩')).toBe(false);
    expect(writtenAsCumulative({ value: 120 }, '累计，新建120万亩')).toBe(false);
    expect(writtenAsCumulative({ value: 20.5 }, '累计达到120.5万亩')).toBe(false);
    expect(writtenAsCumulative({ value: 120 }, '累计达到120.5万亩')).toBe(false);
  });

  it('holds up to sixteen characters after 累计, no further', () => {
    expect(writtenAsCumulative({ value: 5 }, `累计${'甲'.repeat(16)}5个`)).toBe(true);
    expect(writtenAsCumulative({ value: 5 }, `累计${'甲'.repeat(17)}5个`)).toBe(false);
  });
});

describe('figureLead', () => {
  const cite = (sentence: string, id = 'c1', district = '浙江省') => ({ ...resultCitation(id, sentence, district) });

  it('is null with no figure, or no number asked', () => {
    expect(figureLead(ask('浙江2024年GDP是多少'), [], [cite('2024年全省生产总值9万亿元')])).toBeNull();
    expect(figureLead(ask('浙江2024年经济发展有哪些亮点'), [fig()], [cite('2024年全省生产总值9万亿元')])).toBeNull();
  });

  it('reads a level with its growth beside it', () => {
    const f = fig({ change: { direction: 'up', value: 5.5, unit: '%' } });
    expect(figureLead(ask('浙江2024年GDP是多少'), [f], [cite('2024年全省生产总值9万亿元，增长5.5%')])).toBe(
      '浙江省2024年地区生产总值（实绩）：9万亿元，增长5.5% [1]',
    );
  });

  it('reads a value that is its own growth as a growth, down when it fell', () => {
    expect(figureLead(ask('浙江2024年GDP增长多少'), [growth(5.5)], [cite('2024年全省生产总值增长5.5%')])).toBe(
      '浙江省2024年地区生产总值（实绩）：增长5.5% [1]',
    );
    const fell = { ...growth(1.2), change: { direction: 'down' as const, value: 1.2, unit: '%' as const } };
    expect(figureLead(ask('浙江2024年GDP增长多少'), [fell], [cite('2024年全省生产总值下降1.2%')])).toBe(
      '浙江省2024年地区生产总值（实绩）：下降1.2% [1]',
    );
    // Written negative ("增长-1.2%"), read as -1.2 falling by 1.2: a fall, said once.
    expect(figureLead(ask('浙江2024年GDP增长多少'), [growth(-1.2)], [cite('2024年全省生产总值增长-1.2%')])).toBe(
      '浙江省2024年地区生产总值（实绩）：下降1.2% [1]',
    );
  });

  it("puts an average's word before the verb", () => {
    const f = growth(5.9, { qualifier: '年均', period: '2021-2025' });
    expect(figureLead(ask('浙江十四五期间GDP年均增长多少'), [f], [cite('五年来全省生产总值年均增长5.9%')])).toBe(
      '浙江省“十四五”时期地区生产总值（实绩）：年均增长5.9% [1]',
    );
  });

  it('reads a gap as higher or lower by its points', () => {
    const gap = fig({ value: 0.4, unit: '个百分点', shape: 'gap', change: { direction: 'up', value: 0.4, unit: '个百分点' } });
    expect(figureLead(ask('浙江2024年GDP增速比全国高多少'), [gap], [cite('2024年全省生产总值增速高于全国0.4个百分点')])).toContain(
      '高0.4个百分点 [1]',
    );
  });

  it('answers a target asked with a target only', () => {
    const target = growth(5, { kind: 'target', period: '2025', qualifier: '左右', citationId: 'c2' });
    const actual = growth(5.5, { citationId: 'c1' });
    const citations = [cite('2024年全省生产总值增长5.5%'), cite('2025年全省生产总值增长5%左右', 'c2')];
    expect(figureLead(ask('浙江GDP增长目标是多少'), [actual, target], citations)).toMatch(/（目标）：增长5%左右 \[2\]$/);
  });

  it('leads with the figure the first citation gives', () => {
    const a = fig({ value: 9, citationId: 'c2' });
    const b = fig({ value: 8, citationId: 'c1' });
    const citations = [cite('2024年全省生产总值8万亿元'), cite('2024年全省生产总值9万亿元', 'c2')];
    expect(figureLead(ask('浙江2024年GDP是多少'), [a, b], citations)).toBe('浙江省2024年地区生产总值（实绩）：8万亿元 [1]');
  });

  it('compares two places like for like, the verdict after', () => {
    const zj = fig({ valueInBaseUnit: 9e12 });
    const jsTarget = fig({ value: 14, valueInBaseUnit: 14e12, district: '江苏省', kind: 'target', citationId: 'c2' });
    const js = fig({ value: 13, valueInBaseUnit: 13e12, district: '江苏省', citationId: 'c3' });
    const citations = [
      cite('2024年全省生产总值9万亿元'),
      cite('2024年江苏生产总值14万亿元', 'c2', '江苏省'),
      cite('2024年江苏生产总值13万亿元', 'c3', '江苏省'),
    ];
    expect(figureLead(ask('2024年浙江和江苏GDP分别是多少'), [zj, jsTarget, js], citations)).toBe(
      '浙江省2024年地区生产总值（实绩）：9万亿元 [1]；江苏省2024年地区生产总值（实绩）：13万亿元 [3]。江苏省更高：13万亿元 对 9万亿元',
    );
  });

  it('says a level and its growth in English for an English question', () => {
    const f = fig({ change: { direction: 'up', value: 5.5, unit: '%' } });
    const lead = figureLead(ask("What was Zhejiang's GDP in 2024?"), [f], [cite('2024年全省生产总值9万亿元，增长5.5%')]);
    expect(lead).toMatch(/^Zhejiang 2024 GDP \(地区生产总值, actual\): 9万亿元/);
    expect(lead).toMatch(/, up 5\.5% \[1\]$/);
  });
});

describe('figureLead: the latest figure when no year is asked', () => {
  const cite = (sentence: string, id: string) => resultCitation(id, sentence);
  const older = fig({ value: 8, period: '2023', citationId: 'c1' });
  const latest = fig({ value: 9, period: '2024', citationId: 'c2' });
  const citations = [cite('2023年全省生产总值8万亿元', 'c1'), cite('2024年全省生产总值9万亿元', 'c2')];

  it('leads with the latest year of one place, though an older one is cited first', () => {
    expect(figureLead(ask('浙江GDP是多少'), [older, latest], citations)).toContain('9万亿元 [2]');
  });

  it('keeps the citation order when a year, a trend or two places are asked', () => {
    expect(figureLead(ask('浙江2023年GDP是多少'), [older, latest], citations)).toContain('8万亿元 [1]');
    expect(figureLead({ ...ask('浙江GDP是多少'), ask: 'trend' }, [older, latest], citations)).toContain('8万亿元 [1]');
    expect(figureLead({ ...ask('浙江GDP是多少'), ask: 'superlative' }, [older, latest], citations)).toContain('8万亿元 [1]');
    expect(figureLead({ ...ask('浙江GDP是多少'), planPeriod: { from: 2021, to: 2025 } }, [older, latest], citations)).toContain(
      '8万亿元 [1]',
    );
  });
});
