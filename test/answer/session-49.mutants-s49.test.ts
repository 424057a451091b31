import { describe, expect, it } from 'vitest';
import { comparisonVerdict } from '../../src/answer/figure-lead.js';
import { planEndingIn } from '../../src/answer/kinds/nearest.js';
import { nationalReportReading } from '../../src/answer/national-report-reading.js';
import { itemSection } from '../../src/answer/priorities/outline.js';
import type { Figure } from '../../src/answer/schema.js';
import type { Heading } from '../../src/ingest/types.js';
import { identifyingNumbers, writesNumberWithCounter } from '../../src/lang/zh/identifying-numbers.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';
import { resultSentenceOf } from '../support/hand-built-sentence.js';

/** Session 49's survivors: hand-built inputs for the lines only the engine tests reached. */

const PART = '三、2026年主要任务';
const ITEM = '（十）着力推动城市高效能治理';
const heading: Heading = {
  id: 'h10',
  text: ITEM,
  depth: 2,
  path: [PART, ITEM],
  period: '2026',
  kind: 'plan',
  paragraph: 10,
  ordinal: 10,
  style: 'paren-chinese',
};
const sentence = (text: string, paragraph: number, section: string[]) =>
  resultSentenceOf(text, { id: `p${paragraph}`, paragraph, section, kind: 'plan', period: '2026' });

describe('an outline item’s own sentences', () => {
  const doc = [
    sentence('（十）着力推动城市高效能治理。', 10, [PART, ITEM]),
    sentence('加强城市精细化管理。', 11, [PART]),
    sentence('推进海绵城市建设。', 12, [PART]),
    sentence('各位代表，支持国防和军队现代化建设是我们义不容辞的责任。', 13, [PART]),
    sentence('我们要大力弘扬驰而不息的龙马精神。', 14, [PART]),
  ];

  it('take the part’s paragraphs after the last item up to the words addressed to the delegates, and none after them', () => {
    expect(itemSection(heading, doc, Number.POSITIVE_INFINITY).map((s) => s.paragraph)).toEqual([10, 11, 12]);
  });

  it('a sentence of another part ends it too', () => {
    const other = [...doc.slice(0, 3), sentence('（一）坚持政治引领。', 13, ['四、深入推进政府治理创新']), doc[4]];
    expect(itemSection(heading, other, Number.POSITIVE_INFINITY).map((s) => s.paragraph)).toEqual([10, 11, 12]);
  });

  it('a top-level item takes no sentence of no section after it', () => {
    const top: Heading = { ...heading, depth: 1, path: [ITEM] };
    const loose = [sentence('（十）着力推动城市高效能治理。', 10, [ITEM]), sentence('附件：名词解释', 11, [])];
    expect(itemSection(top, loose, Number.POSITIVE_INFINITY).map((s) => s.paragraph)).toEqual([10]);
  });

  it('without such words, up to the section’s end', () => {
    const plain = doc.filter((s) => s.paragraph !== 13);
    expect(itemSection(heading, plain, Number.POSITIVE_INFINITY).map((s) => s.paragraph)).toEqual([10, 11, 12, 14]);
    expect(itemSection(heading, plain, 12).map((s) => s.paragraph)).toEqual([10, 11]);
  });
});

describe('a work report named with no place', () => {
  const PLACES = knownPlaces(['国务院', '浙江省']);
  const today = new Date('2026-12-06');
  const read = (q: string) => nationalReportReading(understandQuery(q, PLACES, { today }))?.places ?? null;

  it('is read as the country’s', () => {
    expect(read('2025 government work report — what are the main tasks?')).toEqual(['国务院']);
    expect(read('2025年政府工作报告里2024年地表水优良水质断面比例')).toEqual(['国务院']);
  });

  it('not with a place of its own, nor over places, nor without a work report named', () => {
    expect(read('浙江2025年政府工作报告里GDP目标')).toBeNull();
    // A ranking over the reports, read as one by the classifier though no "哪个" asks which place.
    expect(read('各省政府工作报告GDP目标最高')).toBeNull();
    expect(read('哪些省的政府工作报告提到了低空经济')).toBeNull();
    expect(read('哪个省的政府工作报告GDP目标最高')).toBeNull();
    expect(read('2025年GDP增长目标')).toBeNull();
  });
});

describe('the five-year plan a year closes', () => {
  it('2025 closes 十四五 (2021–2025), 2020 十三五; 2024 closes none', () => {
    expect(planEndingIn({ years: [2025], planPeriod: null })).toEqual({ from: 2021, to: 2025 });
    expect(planEndingIn({ years: [2020], planPeriod: null })).toEqual({ from: 2016, to: 2020 });
    expect(planEndingIn({ years: [2024], planPeriod: null })).toBeNull();
  });

  it('only of one year asked, and no plan asked', () => {
    expect(planEndingIn({ years: [2024, 2025], planPeriod: null })).toBeNull();
    expect(planEndingIn({ years: [2025, 2026], planPeriod: null })).toBeNull();
    expect(planEndingIn({ years: [], planPeriod: null })).toBeNull();
    expect(planEndingIn({ years: [2025], planPeriod: { from: 2021, to: 2025 } })).toBeNull();
  });
});

describe('numbers a question writes, beside its years', () => {
  it('a short year asked is left out only as that year: "24家" and "连续12年" beside 24年 stay', () => {
    expect(identifyingNumbers('钱塘24年新增了24家企业吗', [2024])).toEqual(['24家']);
    expect(identifyingNumbers('钱塘24年连续12年增长的是什么', [2024])).toEqual(['12年']);
    expect(identifyingNumbers('2005年连续5年增长的是什么', [2005])).toEqual(['5年']);
  });

  it('a number opening the sentence is written there', () => {
    expect(writesNumberWithCounter('12年来首次实现“双提升”', '12年')).toBe(true);
  });
});

describe('two sides named and how far apart they are', () => {
  const PLACES = knownPlaces(['北京市', '浙江省', '上海市']);
  const today = new Date('2026-12-06');
  const state = (questions: string[]) => conversationState(questions.map((q) => understandQuery(q, PLACES, { today })));

  it('"浙江比北京多出多少" after each place’s figure keeps the topic and the year, both places side by side', () => {
    const read = state(['北京25年新建和更新群众身边的运动场地多少处', '浙江同一年定了多少个', '浙江比北京多出多少']);
    expect(read?.places).toEqual(['浙江省', '北京市']);
    expect(read?.years).toEqual([2025]);
  });

  it('one place named is no two sides', () => {
    const read = state(['北京25年新建和更新群众身边的运动场地多少处', '浙江比上年多出多少']);
    expect(read?.places).toEqual(['浙江省']);
  });
});

describe('a verdict between two levels of a thing better lower', () => {
  const figure = (over: Partial<Figure>): Figure => ({
    indicator: '城镇调查失业率',
    value: 4.1,
    unit: '%',
    kind: 'actual',
    period: '2025',
    district: '北京市',
    citationId: 'c1',
    ...over,
  });
  const beijing = figure({});
  const shanghai = figure({ value: 4.2, district: '上海市', citationId: 'c2' });

  it('two unemployment rates: the higher is said to be the worse', () => {
    expect(comparisonVerdict(beijing, shanghai, false, 'zh', false)).toBe('。上海市更高：4.2% 对 4.1%（该指标越低越好）');
    expect(comparisonVerdict(beijing, shanghai, false, 'en', false)).toBe('. Shanghai is higher: 4.2% vs 4.1% (lower is better)');
  });

  it('two levels of PM2.5 in their unit, compared though each falls', () => {
    const pm = (value: number, district: string, fall: number) =>
      figure({
        indicator: 'PM2.5年均浓度',
        value,
        valueInBaseUnit: value,
        unit: '微克/立方米',
        district,
        change: { direction: 'down', value: fall, unit: '%' },
      });
    expect(comparisonVerdict(pm(27, '北京市', 11.5), pm(26.3, '上海市', 7.4), false, 'zh', false)).toMatch(/（该指标越低越好）$/);
  });

  it('not two falls of it compared by rate, nor a thing better higher, nor one side of each', () => {
    const fall = (value: number, district: string) =>
      figure({ indicator: '细颗粒物平均浓度', value, district, change: { direction: 'down', value, unit: '%' } });
    expect(comparisonVerdict(fall(11.5, '北京市'), fall(7.4, '上海市'), true, 'zh', false)).not.toContain('越低越好');
    const gdp = (value: number, district: string) => figure({ indicator: '地区生产总值', value, district });
    expect(comparisonVerdict(gdp(5.5, '浙江省'), gdp(5.3, '江苏省'), true, 'zh', false)).toBe('。浙江省更高：5.5% 对 5.3%');
    expect(
      comparisonVerdict(beijing, figure({ indicator: '地区生产总值', value: 5.4, district: '上海市' }), false, 'zh', false),
    ).not.toContain('越低越好');
  });
});
