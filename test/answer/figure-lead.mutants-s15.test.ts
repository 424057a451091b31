/**
 * The lead's verdict, names and order on hand-built figures (no index), written from the code for the
 * survivors of session 13's mutation run of figure-lead.ts (`comparisonVerdict` to `preferNonShareRates`):
 * each case pins a behaviour a survivor changed. Mutation run of session 15.
 */
import { describe, expect, it } from 'vitest';
import { comparisonVerdict, figureLead, groupSiblings, latestFirst, namedInQuestion } from '../../src/answer/figure-lead.js';
import type { Figure } from '../../src/answer/schema.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation } from '../support/hand-built-evidence.js';

const PLACES = knownPlaces(['浙江省', '江苏省']);
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
/** A rate as the reports write it when it is a share or an index, with no change of its own. */
const rateOnly = (value: number, over: Partial<Figure> = {}): Figure => fig({ value, unit: '%', ...over });
const growth = (value: number, over: Partial<Figure> = {}): Figure =>
  fig({ value, unit: '%', change: { direction: 'up', value, unit: '%' }, ...over });
const js = { district: '江苏省', citationId: 'c2' };

describe('comparisonVerdict: which measure compares', () => {
  it('compares two rates by their values when a growth is asked, though neither carries a change', () => {
    expect(comparisonVerdict(rateOnly(5.5), rateOnly(5.1, js), true, 'zh', false)).toBe('。浙江省更高：5.5% 对 5.1%');
  });

  it('gives no verdict for a level with its growth against a bare rate when no growth is asked, either side first', () => {
    // The level asked has nothing to compare with; the growths beside it were not asked. (Since session 57 the side that
    // states only its growth is named.)
    const level = fig({ valueInBaseUnit: 9e12, change: { direction: 'up', value: 5.5, unit: '%' } });
    const rate = growth(5.1, js);
    expect(comparisonVerdict(level, rate, false, 'zh', false)).toBe('（江苏省只给出增速，没有总量，不作比较）');
    expect(comparisonVerdict(rate, { ...level, district: '江苏省' }, false, 'zh', false)).toBe('（江苏省只给出增速，没有总量，不作比较）');
  });

  it('gives no verdict when the second side states no rate and a growth is asked', () => {
    expect(comparisonVerdict(growth(5.1), fig({ valueInBaseUnit: 13e12, ...js }), true, 'zh', false)).toBe('');
  });

  it('shows a rate as written, its qualifier with it', () => {
    const about = growth(5, { qualifier: '左右' });
    expect(comparisonVerdict(about, growth(5.5, js), true, 'zh', false)).toBe('。江苏省更高：5.5% 对 5%左右');
  });
});

describe('comparisonVerdict: ranges', () => {
  it("compares a level's growth, not the level's range, when a growth is asked", () => {
    const level = fig({ value: 9, range: { low: 9, high: 10 }, valueInBaseUnit: 9e12, change: { direction: 'up', value: 5, unit: '%' } });
    expect(comparisonVerdict(level, growth(5, js), true, 'zh', false)).toBe('。两者相同：5% 对 5%');
  });

  it('higher by the upper end even when the lower end says otherwise', () => {
    const range = (low: number, high: number, over: Partial<Figure> = {}) => growth(low, { range: { low, high }, ...over });
    expect(comparisonVerdict(range(5, 6.5), range(5.5, 6, js), true, 'zh', false)).toMatch(/^。浙江省更高/);
    // The same upper end: the higher lower end is higher, whichever side it is.
    expect(comparisonVerdict(range(5, 6), range(5.2, 6, js), true, 'zh', false)).toMatch(/^。江苏省更高/);
  });

  it('compares a range of amounts in the unit of the other side (a bug the mutants showed: its ends were compared with a base-unit amount)', () => {
    const range = fig({ value: 11, range: { low: 11, high: 12 }, valueInBaseUnit: 11e12 });
    const single = fig({ value: 9.5, valueInBaseUnit: 9.5e12, ...js });
    expect(comparisonVerdict(range, single, false, 'zh', false)).toBe('。浙江省更高：11–12万亿元 对 9.5万亿元');
    expect(comparisonVerdict(single, range, false, 'zh', false)).toBe('。浙江省更高：11–12万亿元 对 9.5万亿元');
    // The same range on both sides, one written in another unit, is the same.
    const inYi = fig({ value: 110000, unit: '亿元', range: { low: 110000, high: 120000 }, valueInBaseUnit: 11e12, ...js });
    expect(comparisonVerdict(range, inYi, false, 'zh', false)).toMatch(/^。两者相同/);
  });
});

describe('comparisonVerdict: the same number worded differently', () => {
  it('is "worded differently" for two amounts in one unit', () => {
    const a = fig({ valueInBaseUnit: 9e12, qualifier: '左右' });
    const b = fig({ valueInBaseUnit: 9e12, qualifier: '以上', ...js });
    expect(comparisonVerdict(a, b, false, 'zh', false)).toMatch(/^。数值相同，提法不同/);
  });

  it('is simply the same for one amount written in two units: the numbers are not the same number', () => {
    const a = fig({ value: 9, unit: '万亿元', valueInBaseUnit: 9e12, qualifier: '左右' });
    const b = fig({ value: 90000, unit: '亿元', valueInBaseUnit: 9e12, ...js });
    expect(comparisonVerdict(a, b, false, 'zh', false)).toMatch(/^。两者相同/);
  });
});

describe('namedInQuestion', () => {
  it('is false when the question shares no character, or one, with the name', () => {
    expect(namedInQuestion({ indicator: '森林覆盖率' }, '浙江2024年GDP是多少')).toBe(false);
    expect(namedInQuestion({ indicator: '森林覆盖率' }, '浙江林业怎么样')).toBe(false);
  });

  it('is true from two characters shared', () => {
    expect(namedInQuestion({ indicator: '森林抚育面积' }, '浙江森林有多少')).toBe(true);
  });

  it('does not join the words on either side of a generic tail into one run', () => {
    // 林总量业 shares 林 and 业 with 林业, never 林业: the generic 总量 between them is a break.
    expect(namedInQuestion({ indicator: '林总量业' }, '浙江林业怎么样')).toBe(false);
  });

  it('reads the first of two runs of one length, in the order of the name', () => {
    // 工业 (first in the name) is followed by the measured noun 投资 in the question, which the name does not
    // measure: not named. Were 民营 (the later run) read, nothing measured would follow it.
    expect(namedInQuestion({ indicator: '工业民营增加值' }, '浙江工业投资和民营经济怎么样')).toBe(false);
  });
});

describe('latestFirst', () => {
  it('keeps the order when the leading figure is already of the latest year, other figures of its year included', () => {
    const top = fig({ citationId: 'a' });
    const other = fig({ indicator: '一般公共预算收入', citationId: 'b' });
    const again = fig({ value: 9.1, citationId: 'c' });
    expect(latestFirst([top, other, again])).toEqual([top, other, again]);
  });
});

describe('figureLead: a share is no growth rate', () => {
  const cite = (sentence: string, id: string) => resultCitation(id, sentence);
  const share = rateOnly(3.3, { indicator: '研发经费投入强度', citationId: 'c1' });
  const citations = [cite('2024年全省研发经费投入强度3.3%', 'c1'), cite('2024年全省研发经费投入2600亿元，增长15.6%', 'c2')];

  it('leads with the growth, not a share cited before it, when a growth is asked', () => {
    const level = fig({
      indicator: '研发经费投入',
      value: 2600,
      unit: '亿元',
      citationId: 'c2',
      change: { direction: 'up', value: 15.6, unit: '%' },
    });
    const lead = figureLead(ask('浙江2024年研发经费投入增长多少'), [share, level], citations);
    expect(lead).toContain('2600亿元，增长15.6% [2]');
  });

  it('keeps the share when nothing else gives a rate', () => {
    const level = fig({ indicator: '研发经费投入', value: 2600, unit: '亿元', citationId: 'c2' });
    const lead = figureLead(ask('浙江2024年研发经费投入增长多少'), [share, level], citations);
    expect(lead).toContain('3.3% [1]');
  });
});

/** The lead for figures read from hand-built sentences, cited c1, c2, … in order. */
const leadOf = (q: string | ReturnType<typeof ask>, figures: Figure[], sentences: string[], district = '浙江省') =>
  figureLead(
    typeof q === 'string' ? ask(q) : q,
    figures,
    sentences.map((s, i) => resultCitation(`c${i + 1}`, s, district)),
  );

describe('figureLead: which of one citation’s figures leads', () => {
  it('the name the question writes last: what is measured, not its subject before it', () => {
    const projects = fig({ indicator: '签约外资项目', value: 217, unit: '个' });
    const total = fig({ indicator: '总投资', value: 258, unit: '亿美元' });
    expect(leadOf('浙江2024年签约外资项目总投资多少', [projects, total], ['2024年签约外资项目217个，总投资258亿美元'])).toContain(
      '258亿美元 [1]',
    );
  });

  it('the longest name the question writes, of two ending where it ends', () => {
    const all = fig({ indicator: '居民人均可支配收入', value: 6.5, unit: '万元' });
    const urban = fig({ indicator: '城镇居民人均可支配收入', value: 7.5, unit: '万元' });
    const s = ['2024年全省居民人均可支配收入6.5万元，城镇居民人均可支配收入7.5万元'];
    expect(leadOf('浙江2024年城镇居民人均可支配收入多少', [all, urban], s)).toContain('7.5万元 [1]');
  });

  it('an increment or a level as asked, when the question writes neither name', () => {
    const added = fig({ indicator: '新增城市公园', value: 141, unit: '个' });
    const total = fig({ indicator: '城市公园总数', value: 973, unit: '个' });
    const s = ['2024年新增城市公园141个，城市公园总数973个'];
    expect(leadOf('浙江2024年新增多少个公园', [total, added], s)).toContain('141个 [1]');
    expect(leadOf('浙江2024年公园有多少个', [added, total], s)).toContain('973个 [1]');
  });

  it('with no glossary indicator, of two names written whole the one ending later, then the longer', () => {
    const works = fig({ indicator: '海塘加固', value: 50, unit: '处' });
    const length = fig({ indicator: '加固长度', value: 120, unit: '公里' });
    const whole = fig({ indicator: '海塘加固长度', value: 118, unit: '公里' });
    const s = ['2024年海塘加固50处，加固长度120公里，海塘加固长度118公里'];
    expect(leadOf('浙江2024年海塘加固长度多少', [works, length], s)).toContain('120公里 [1]');
    expect(leadOf('浙江2024年海塘加固长度多少', [length, whole], s)).toContain('118公里 [1]');
  });

  it('a rate before a level when a growth is asked', () => {
    const level = fig({ value: 9 });
    const rate = growth(5.5);
    expect(leadOf('浙江2024年GDP增长多少', [level, rate], ['2024年全省生产总值9万亿元，增长5.5%'])).toBe(
      '浙江省2024年地区生产总值（实绩）：增长5.5% [1]',
    );
  });

  it('the count in the unit asked before a rate beside it', () => {
    const rate = growth(94.5, { indicator: '新能源汽车产量' });
    const count = fig({ indicator: '新能源汽车产量', value: 168.4, unit: '万辆' });
    expect(leadOf('浙江2024年新能源汽车造了多少辆', [rate, count], ['2024年新能源汽车产量增长94.5%、达168.4万辆'])).toContain(
      '168.4万辆 [1]',
    );
  });

  it('the increment when an increment is asked, the level reached when a level is', () => {
    const added = fig({ indicator: '新增公园', value: 141, unit: '座' });
    const total = fig({ indicator: '公园', value: 973, unit: '座' });
    const s = ['2024年新增公园141座、全省公园达到973座'];
    expect(leadOf('浙江2024年新增公园多少座', [total, added], s)).toContain('141座 [1]');
    expect(leadOf('浙江2024年公园达到多少座', [added, total], s)).toContain('973座 [1]');
  });

  it('the level with the growth its sentence gives, when how a place did is asked', () => {
    const rate = growth(5.5);
    const level = fig({ value: 9 });
    const lead = leadOf('浙江经济怎么样', [rate, level], ['2024年全省生产总值9万亿元，增长5.5%']);
    expect(lead).toBe('浙江省2024年地区生产总值（实绩）：9万亿元，增长5.5% [1]');
  });

  it('with no glossary indicator, the figure whose name shares most with the question', () => {
    const pooled = fig({ indicator: '集中供养孤儿最低标准', value: 2423, unit: '元' });
    const scattered = fig({ indicator: '散居孤儿保障标准', value: 1567, unit: '元' });
    const s = ['2024年集中供养孤儿最低标准每月2423元，散居孤儿保障标准每月1567元'];
    expect(leadOf('浙江2024年散居孤儿标准多少', [pooled, scattered], s)).toContain('1567元 [1]');
  });
});

describe('figureLead: across citations', () => {
  it("a span's figure before a year's when a span is asked", () => {
    const year = growth(5.5);
    const span = growth(6.1, { period: '2021-2025', qualifier: '年均', citationId: 'c2' });
    const lead = leadOf('浙江这五年GDP年均增长多少', [year, span], ['2024年全省生产总值增长5.5%', '五年来全省生产总值年均增长6.1%']);
    expect(lead).toContain('年均增长6.1% [2]');
  });

  it('one place asked: the best figure leads, though a place within it states it (a comparison looks for each place’s own)', () => {
    const city = fig({ district: '杭州市', value: 2.1 });
    expect(leadOf('浙江2024年GDP是多少', [city], ['2024年杭州生产总值2.1万亿元'], '杭州市')).toContain('2.1万亿元 [1]');
  });

  it('compares with the first place’s kind, though another place’s other kind is cited first', () => {
    const jsTarget = fig({ value: 14, valueInBaseUnit: 14e12, district: '江苏省', kind: 'target', citationId: 'c1' });
    const zj = fig({ valueInBaseUnit: 9e12, citationId: 'c2' });
    const js = fig({ value: 13, valueInBaseUnit: 13e12, district: '江苏省', citationId: 'c3' });
    const lead = leadOf(
      '2024年浙江和江苏GDP分别是多少',
      [jsTarget, zj, js],
      ['2024年江苏生产总值目标14万亿元', '2024年全省生产总值9万亿元', '2024年江苏生产总值13万亿元'],
    );
    expect(lead).toContain('13万亿元 [3]');
    expect(lead).not.toContain('14万亿元');
  });
});

describe('figureLead: how the value reads', () => {
  it('a change of a share in points is said once, as the change', () => {
    const points = fig({
      indicator: '数字经济核心产业增加值占比',
      value: 7.3,
      unit: '个百分点',
      change: { direction: 'up', value: 7.3, unit: '个百分点' },
    });
    expect(
      leadOf('浙江2024年数字经济核心产业增加值占比提高多少', [points], ['2024年数字经济核心产业增加值占比较上年提高7.3个百分点']),
    ).toMatch(/：增长7\.3个百分点 \[1\]$/);
  });

  it('a share with its change in points reads the share, then the change', () => {
    const share = fig({
      indicator: '数字经济核心产业增加值占比',
      value: 55.7,
      unit: '%',
      change: { direction: 'up', value: 1.5, unit: '个百分点' },
    });
    expect(leadOf('浙江2024年数字经济核心产业增加值占比多少', [share], ['2024年数字经济核心产业增加值占比55.7%，提高1.5个百分点'])).toMatch(
      /：55\.7%，增长1\.5个百分点 \[1\]$/,
    );
  });

  it('from where to where when a trend is asked and the sentence gives the start', () => {
    const start = fig({ indicator: '城镇化率', value: 70, unit: '%', period: '2020', qualifier: '从' });
    const reached = fig({ indicator: '城镇化率', value: 75, unit: '%', period: '2025' });
    const other = fig({ indicator: '户籍人口城镇化率', value: 60, unit: '%', period: '2020', qualifier: '从', citationId: 'c1' });
    // A start of the same indicator in another citation is not this pair's.
    const elsewhere = { ...start, value: 65, citationId: 'c2' };
    // Nor is a start in another unit (a count beside the rate).
    const people = { ...start, value: 5000, unit: '万人' };
    const sentences = ['城镇化率从2020年的70%提高到2025年的75%', '城镇化率从2020年的65%提高'];
    const lead = leadOf({ ...ask('浙江城镇化率怎么变化的'), ask: 'trend' }, [other, elsewhere, people, reached, start], sentences);
    expect(lead).toContain('70%');
    expect(lead).toContain('75%');
    expect(lead).not.toContain('65%');
    expect(lead).not.toContain('60%');
    expect(lead).not.toContain('5000');
    expect(lead).toContain('“十四五”时期');
  });

  it('spans the plan asked, though the pair starts and ends inside it', () => {
    const start = fig({ indicator: '城镇化率', value: 72, unit: '%', period: '2022', qualifier: '从' });
    const reached = fig({ indicator: '城镇化率', value: 75, unit: '%', period: '2024' });
    const lead = leadOf('浙江十四五期间城镇化率怎么变化', [reached, start], ['城镇化率从2022年的72%提高到2024年的75%']);
    expect(lead).toContain('“十四五”时期');
    expect(lead).not.toContain('2024年');
  });

  it('a year in the sentence only is named, the section and title saying none', () => {
    const citation = { ...resultCitation('c1', '2024年全省生产总值9万亿元'), section: '工作回顾', title: '政府工作报告' };
    expect(figureLead(ask('浙江2024年GDP是多少'), [fig()], [citation])).toBe('浙江省2024年地区生产总值（实绩）：9万亿元 [1]');
  });
});

describe('groupSiblings', () => {
  const urban = fig({ indicator: '城镇居民人均可支配收入', value: 3.8, unit: '%' });
  const rural = fig({ indicator: '农村居民人均可支配收入', value: 4.9, unit: '%' });
  it('takes the other group’s figure of the same sentence, unit, kind, year and place only', () => {
    expect(groupSiblings(urban, [urban, rural], '浙江收入增长多少')).toEqual([rural]);
    for (const other of [
      { ...rural, unit: '元' },
      { ...rural, kind: 'target' as const },
      { ...rural, period: '2023' },
      { ...rural, district: '江苏省' },
      { ...rural, indicator: '农村居民人均消费支出' },
    ])
      expect(groupSiblings(urban, [urban, other], '浙江收入增长多少')).toEqual([]);
  });

  it('never takes a second figure of its own group, nor itself', () => {
    const again = { ...urban, value: 4.1 };
    expect(groupSiblings(urban, [urban, again, rural], '浙江收入增长多少')).toEqual([rural]);
    expect(groupSiblings(urban, [urban], '浙江收入增长多少')).toEqual([]);
  });

  it('leads with the groups in the order the figures come, the asked one first or not', () => {
    const citation = [resultCitation('c1', '城镇和农村居民人均可支配收入分别增长3.8%和4.9%')];
    const lead = figureLead(ask('浙江2024年人均可支配收入增长多少'), [rural, urban], citation) ?? '';
    expect(lead.indexOf('农村')).toBeGreaterThan(-1);
    expect(lead.indexOf('农村')).toBeLessThan(lead.indexOf('城镇'));
  });

  it('is not looked for when two places are compared, the group asked or not', () => {
    const jsUrbanAll = { ...urban, district: '江苏省', value: 4.2, citationId: 'c2' };
    const both = [
      resultCitation('c1', '城镇和农村居民人均可支配收入分别增长3.8%和4.9%'),
      resultCitation('c2', '城镇居民人均可支配收入增长4.2%', '江苏省'),
    ];
    const compared = figureLead(ask('2024年浙江和江苏人均可支配收入增长多少'), [urban, rural, jsUrbanAll], both) ?? '';
    expect(compared).toContain('4.2%');
    expect(compared).not.toContain('4.9%');
  });

  it('is not looked for when two places are compared', () => {
    const jsUrban = { ...urban, district: '江苏省', value: 4.2, citationId: 'c2' };
    const citations = [
      resultCitation('c1', '城镇和农村居民人均可支配收入分别增长3.8%和4.9%'),
      resultCitation('c2', '城镇居民人均可支配收入增长4.2%', '江苏省'),
    ];
    const lead = figureLead(ask('2024年浙江和江苏城镇居民人均可支配收入增长多少'), [urban, rural, jsUrban], citations) ?? '';
    expect(lead).not.toContain('4.9%');
  });
});

describe('figureLead: the gap to a named wider place', () => {
  it('answers with the gap the first place’s report states, no verdict after', () => {
    const places = knownPlaces(['钱塘区', '杭州市']);
    const q = understandQuery('钱塘区2024年GDP增速比杭州市高多少', places, { today: new Date('2026-12-01') });
    const gap = fig({
      indicator: '地区生产总值增速高于全市',
      value: 0.4,
      unit: '个百分点',
      shape: 'gap',
      district: '钱塘区',
      change: { direction: 'up', value: 0.4, unit: '个百分点' },
    });
    const own = growth(5.5, { district: '钱塘区' });
    const city = growth(5.1, { district: '杭州市', citationId: 'c2' });
    const citations = [
      resultCitation('c1', '2024年全区生产总值增长5.5%，高于全市0.4个百分点', '钱塘区'),
      resultCitation('c2', '2024年全市生产总值增长5.1%', '杭州市'),
    ];
    const lead = figureLead(q, [own, gap, city], citations) ?? '';
    expect(lead).toContain('高0.4个百分点 [1]');
    expect(lead).not.toContain('5.1%');
    expect(lead).not.toContain('更高');
  });
});

describe('figureLead: the asked name for the end of it the report wrote', () => {
  it('names 粮食产量 where the sentence writes 粮食… and 产量, and keeps a name the glossary gives whole', () => {
    const output = fig({ indicator: '产量', value: 514.4, unit: '万吨' });
    expect(leadOf('浙江2024年粮食产量多少', [output], ['2024年粮食播种面积1500万亩、产量514.4万吨'])).toContain(
      '2024年粮食产量（实绩）：514.4万吨',
    );
    // Without 粮食 before it, a bare 产量 keeps its own name.
    expect(leadOf('浙江2024年粮食产量多少', [output], ['2024年油菜播种面积10万亩、产量514.4万吨'])).toContain('2024年产量（实绩）');
    // 总产量 after 粮食… is 粮食总产量's end: the rest of that name (粮食) is in the sentence, though 粮食总 is not.
    const total = fig({ indicator: '总产量', value: 514.4, unit: '万吨' });
    expect(leadOf('浙江2024年粮食总产量多少', [total], ['2024年粮食播种面积1500万亩，总产量514.4万吨'])).toContain(
      '2024年粮食产量（实绩）',
    );
    const synonym = fig({ indicator: '粮食总产量', value: 514.4, unit: '万吨' });
    expect(leadOf('浙江2024年粮食总产量多少', [synonym], ['2024年粮食总产量514.4万吨'])).toContain('2024年粮食总产量（实绩）');
  });
});

describe('figureLead: a share of the asked indicator', () => {
  const share = fig({ indicator: '货物贸易出口占全国份额', value: 14, unit: '%' });
  const exports = fig({ indicator: '出口', value: 3.9, unit: '万亿元', citationId: 'c2' });
  const sentences = ['2024年全省货物贸易出口占全国份额14%', '2024年全省出口3.9万亿元'];
  it('answers a share asked', () => {
    expect(leadOf('浙江2024年出口占全国份额多少', [share, exports], sentences)).toContain('14% [1]');
  });
});

describe('figureLead: how many years in a row, with no year asked', () => {
  it("leads with the latest report's streak, though an earlier one is cited first", () => {
    const streak = (value: number, period: string, citationId: string) =>
      fig({ indicator: '地区生产总值总量', value, unit: '年', shape: 'streak', qualifier: '连续…居全国首位', period, citationId });
    const q = { ...ask('浙江GDP总量连续几年全国第一'), ask: 'superlative' as const };
    const lead = leadOf(
      q,
      [streak(37, '2023', 'c1'), streak(38, '2024', 'c2')],
      ['2023年生产总值总量连续37年居全国首位', '2024年生产总值总量连续38年居全国首位'],
    );
    expect(lead).toContain('38');
    expect(lead).not.toContain('37');
  });
});

describe('figureLead: a change in points, and a gap', () => {
  it('a share stated with its change in points, the two numbers alike, reads the share, then the change', () => {
    const share = fig({ indicator: '新能源汽车渗透率', value: 1.5, unit: '%', change: { direction: 'up', value: 1.5, unit: '个百分点' } });
    expect(leadOf('浙江2024年新能源汽车渗透率多少', [share], ['2024年新能源汽车渗透率1.5%，提高1.5个百分点'])).toMatch(
      /：1\.5%，增长1\.5个百分点 \[1\]$/,
    );
  });

  it('a gap in points reads as higher by its points, with no growth word', () => {
    const gap = fig({ value: 0.4, unit: '个百分点', shape: 'gap', change: { direction: 'up', value: 0.4, unit: '个百分点' } });
    expect(leadOf('浙江2024年GDP增速比全国高多少', [gap], ['2024年全省生产总值增速高于全国0.4个百分点'])).toMatch(
      /：高0\.4个百分点 \[1\]$/,
    );
  });
});

describe('figureLead: a list’s figure that is no streak', () => {
  it('answers no item of the list', () => {
    const listed = fig({ indicator: '粮食播种面积、单产、总产', value: 3, unit: '%' });
    expect(leadOf('浙江2024年粮食总产多少', [listed], ['2024年粮食播种面积、单产、总产均增长3%'])).toBeNull();
  });
});

describe('figureLead: an English question of a subject no indicator names', () => {
  const target = fig({ indicator: '新增旅游线路', value: 100, unit: '条', kind: 'target' });
  const visitors = fig({ indicator: '接待旅游人次', value: 2, unit: '亿人次', citationId: 'c2' });
  const sentences = ['2024年新增旅游线路100条', '2024年接待旅游人次2亿'];
  it('is answered by a result named in the Chinese its words were given, never a target cited first', () => {
    expect(leadOf('How many tourists visited Zhejiang in 2024?', [target, visitors], sentences)).toContain(
      '接待旅游人次 (actual): 2亿人次',
    );
  });
});

describe('figureLead: two places asked, neither with a figure', () => {
  it('gives no lead (a third place’s figure answers neither)', () => {
    const shanghai = fig({ district: '上海市', value: 5 });
    expect(leadOf('2024年浙江和江苏GDP分别是多少', [shanghai], ['2024年上海生产总值5万亿元'], '上海市')).toBeNull();
  });
});
