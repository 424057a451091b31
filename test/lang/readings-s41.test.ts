import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/extract.js';
import { asksInAUnit } from '../../src/lang/en/english-units.js';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { GENERIC_SEARCH_TERMS } from '../../src/lang/zh/generic-words.js';
import { asksForQuantity } from '../../src/lang/zh/question-words.js';
import { periodScore } from '../../src/retrieve/period-match.js';
import { questionFacts } from '../../src/retrieve/scoring/context.js';
import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';

/** Session 41: readings of the language layer found on the tune halves of the fresh sets (engine answers: test/answer/questions-s41.test.ts). */
const today = new Date('2026-12-06');
const PLACES = knownPlaces(['国务院', '安徽省', '北京市', '湖南省', '广东省', '拱墅区']);
const understood = (question: string): UnderstoodQuery => understandQuery(question, PLACES, { today });
const readings = (question: string) => (understood(question).lexiconTranslations ?? []).flatMap((t) => t.chinese);

describe('a campaign named after a place ("Peaceful China")', () => {
  it('is read whole as the reports write it, and the country inside it is no place asked', () => {
    const q = understood('Where did Anhui rank in the Peaceful China assessment?');
    expect(q.places).toEqual(['安徽省']);
    expect(readings('Where did Anhui rank in the Peaceful China assessment?')).toContain('平安中国');
  });

  it.each([
    ['How is the Healthy China initiative going in Anhui?', '健康中国'],
    ['anhui beautiful china progress', '美丽中国'],
    ['Beijing and the Digital China summit', '数字中国'],
  ])('"%s" reads %s', (question, zh) => {
    expect(readings(question)).toContain(zh);
    expect(understood(question).places).not.toContain('国务院');
  });

  it('the country asked alone is still the country', () => {
    expect(understood("How big was China's economy in 2024?").places).toEqual(['国务院']);
    expect(understood('How did China do on Peaceful China?').places).toEqual(['国务院']);
  });

  it('a place inside a phrase read whole is dropped only when another place is asked', () => {
    // "beijing-hangzhou grand canal" (京杭大运河) asked of Gongshu: Beijing is in the canal's name.
    expect(understood('How is Gongshu protecting the Beijing-Hangzhou Grand Canal?').places).toEqual(['拱墅区']);
  });
});

describe('a note’s shorthand asking a number', () => {
  it.each([
    'beijing 2024 — # of physical bookstores?',
    'no. of new zhuanjingtexin firms in shanghai 2024?',
    'shandong this yr: young talent it wants to draw in?',
    'how many firms does it aim to add?',
  ])('"%s" asks a number', (question) => {
    expect(asksForQuantity(question)).toBe(true);
  });

  it.each(['what does shandong want to build?', 'Does Beijing plan to expand?', 'beijing bookstores'])('"%s" does not', (question) => {
    expect(asksForQuantity(question)).toBe(false);
  });

  it('a computing capacity asked in petaflops ("…, PF?", "in PFLOPS")', () => {
    expect(asksInAUnit("hunan's supercomputing capacity in 2024, PF?")).toBe(true);
    expect(asksInAUnit('computing power in eflops')).toBe(true);
    expect(asksInAUnit('hunan pf reform')).toBe(false);
  });
});

describe('the reports’ words for English ones', () => {
  it.each([
    ['beijing 2024 — # of physical bookstores?', '实体'],
    ["hunan's supercomputing capacity in 2024, PF?", '超算'],
    ['Where did Anhui rank in the Peaceful China assessment?', '考评'],
  ])('"%s" reads %s', (question, zh) => {
    expect(readings(question)).toContain(zh);
  });
});

describe('computing power written in petaflops', () => {
  it('"超算算力达223PF" is 223 PF of 超算算力, not a code', () => {
    const figures = extractFigures({
      sentence: '超算算力达223PF，增长10%',
      kind: 'result',
      period: '2024',
      district: '湖南省',
      citationId: 'c1',
      source: 'text',
    });
    expect(figures.map((f) => [f.indicator, f.value, f.unit])).toEqual([['超算算力', 223, 'PF']]);
  });
});

describe('a plan’s end asked once the plan is over', () => {
  it('"十四五末" asked in 2026 is 2025 beside the plan’s period; asked in 2024, the plan’s target alone (no year)', () => {
    const over = understood('福建十四五末文旅经济增加值大概多少');
    expect(over.years).toEqual([2025]);
    expect(over.planPeriod).toEqual({ from: 2021, to: 2025 });
    const during = understandQuery('福建十四五末文旅经济增加值多少', PLACES, { today: new Date('2024-06-01') });
    expect(during.years).toEqual([]);
  });

  it('the last year’s result fits it below the plan’s own review; another year’s does not', () => {
    const query = { years: [2025], planPeriod: { from: 2021, to: 2025 }, part: null, intent: 'result' as const };
    expect(periodScore({ period: '2025', kind: 'result', norm: '文旅经济增加值预计达6500亿元' }, query)).toBe(0.8);
    expect(periodScore({ period: '2021-2025', kind: 'result', norm: '' }, query)).toBe(1);
    expect(periodScore({ period: '2024', kind: 'result', norm: '' }, query)).toBe(0);
    expect(periodScore({ period: '2025', kind: 'result', norm: '' }, { ...query, years: [] })).toBe(0);
  });
});

describe('a share of an indicator asked', () => {
  it('counts the indicator written with a share word after it as giving the quantity ("普惠托位占比")', () => {
    const facts = questionFacts(understood('北京今年普惠托位的占比要提到多少'), true);
    expect(facts.quantityNames).toContain('普惠托位占比');
    expect(questionFacts(understood('北京今年新增普惠托位多少'), true).quantityNames).not.toContain('普惠托位占比');
  });
});

describe('everyday words', () => {
  it('"大概", "大约", "差不多" ask a rough number: no words a sentence must write', () => {
    for (const word of ['大概', '大约', '差不多']) expect(GENERIC_SEARCH_TERMS.has(word)).toBe(true);
  });

  it('"安徽省属企业" is the province’s own firms: the place’s short name, then 省属企业', () => {
    expect(toReportWording('安徽省属企业前年营收多少')).toBe('安徽 省属企业前年营收多少');
    expect(toReportWording('杭州市属国企营收多少')).toBe('杭州 市属国企营收多少');
    expect(toReportWording('安徽省属于哪个区域')).toBe('安徽省属于哪个区域');
  });
});

describe('a scope widened from one number to another', () => {
  it('"从39个拓展到91个" is a from–to pair of the thing named before 从', () => {
    const figures = extractFigures({
      sentence: '跨部门综合监管事项从39个拓展到91个',
      kind: 'result',
      period: '2025',
      district: '上海市',
      citationId: 'c1',
      source: 'text',
    });
    expect(figures.map((f) => [f.indicator, f.value, f.unit])).toEqual([
      ['跨部门综合监管事项', 91, '个'],
      ['跨部门综合监管事项', 39, '个'],
    ]);
  });
});

describe('English for what the reports count', () => {
  it('"energy use per unit of GDP" is the energy intensity indicator', () => {
    expect(understood('anhui 14th fyp: energy use per unit of GDP down by how much?').indicators.map((i) => i.name)).toEqual([
      '单位GDP能耗',
    ]);
  });
});
