import { describe, expect, it } from 'vitest';
import { asksRateInEnglish } from '../../src/lang/en/english-rate-words.js';
import { englishCountUnit } from '../../src/lang/en/english-count-units.js';
import { PLAN_NAME, RELATIVE_PLANS } from '../../src/lang/en/english-plan-spans.js';
import { unknownLowerCaseWords } from '../../src/lang/en/english-proper-names.js';
import { wordsQualifyingIndicator } from '../../src/lang/en/english-terms.js';
import { asksInAUnit } from '../../src/lang/en/english-units.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

/** Session 15's English classes, each read on a hand-built question (today pinned). */
const today = new Date('2026-12-01');
const PLACES = knownPlaces(['北京市', '江苏省', '浙江省', '福建省', '山东省', '安徽省']);
const read = (q: string) => understandQuery(q, PLACES, { today });
const names = (q: string) => read(q).indicators.map((i) => i.name);

describe('a five-year plan named in English is a period, not a target word', () => {
  it('"in the 14th five-year plan", no target word: the plan is over, so its years’ results are asked', () => {
    const q = read('how much grain jiangsu produce each year in the 14th five-year plan');
    expect(q.planPeriod).toEqual({ from: 2021, to: 2025 });
    expect(q.intent).toBe('result');
  });

  it('a target word still asks the plan: "R&D share target in the 15th Five-Year Plan"', () => {
    const q = read("Beijing's R&D spending share target in the 15th Five-Year Plan");
    expect(q.planPeriod).toEqual({ from: 2026, to: 2030 });
    expect(q.intent).toBe('plan');
  });

  it('"the next five-year plan" in 2026 is the 15th; "the previous five-year plan" the 14th', () => {
    expect(read("What's Beijing's target for output per worker in the next five-year plan?").planPeriod).toEqual({ from: 2026, to: 2030 });
    expect(read('jiangsu grain output in the previous five-year plan').planPeriod).toEqual({ from: 2021, to: 2025 });
  });

  it('the plan-name pattern holds the name, and only the name', () => {
    expect('in the 14th five-year plan period'.replace(PLAN_NAME, '#')).toBe('in the 14th #');
    expect('the 15th FYP target'.replace(PLAN_NAME, '#')).toBe('the 15th # target');
    expect('what does the plan say'.replace(PLAN_NAME, '#')).toBe('what does the plan say');
    expect(RELATIVE_PLANS.find((r) => r.pattern.test('the coming five year plan'))?.which).toBe('next');
    expect(RELATIVE_PLANS.some((r) => r.pattern.test('the five-year plan'))).toBe(false);
  });
});

describe('a unit or money asked in English asks the number in it', () => {
  it.each(['shandong key projects investment target 2026 in billion yuan', 'solar capacity added in megawatts', 'exports in US dollars'])(
    '"%s" asks a number in a unit',
    (q) => expect(asksInAUnit(q)).toBe(true),
  );
  it.each(['grain output in Jiangsu', 'GDP in 2025', 'investment in key projects'])('"%s" names no unit', (q) =>
    expect(asksInAUnit(q)).toBe(false),
  );

  it('the unit makes the question ask a quantity', () => {
    expect(read('shandong key projects investment target 2026 in billion yuan').wantsQuantity).toBe(true);
  });

  it.each([
    ['shandong key projects investment target 2026 in billion yuan', '元'],
    ['How much investment did the foreign projects Shandong signed in 2024 involve?', '元'],
    ['How much did Zhejiang invest in major projects last year?', '元'],
    ['how many new firms registered in fujian', '家'],
    ['How much did exports grow?', null],
  ])('"%s" asks its count in %s', (q, unit) => expect(englishCountUnit(q)).toBe(unit));
});

describe('a rate asked in English', () => {
  it.each(['investment completion rate of Zhejiang major projects', 'what percentage of days had good air'])('"%s" asks a rate', (q) =>
    expect(asksRateInEnglish(q)).toBe(true),
  );
  it.each(['how many projects', 'rated AAA', 'moderate growth'])('"%s" asks none', (q) => expect(asksRateInEnglish(q)).toBe(false));
});

describe('a bare measure word beside a named subject measures that subject', () => {
  it('"investment" of key projects is no fixed-asset investment; the subject and the plain word are searched', () => {
    const q = read("How much investment did Fujian's key provincial projects complete in 2025?");
    expect(q.indicators).toEqual([]);
    expect(q.searchText).toContain('重点项目');
    expect(q.searchText).toContain('投资');
  });

  it('"investment" with no other subject is still fixed-asset investment', () => {
    expect(names('zhejiang investment growth 2025')).toEqual(['固定资产投资']);
  });

  it('a foreign projects’ investment reads the report’s 外资项目', () => {
    expect(read('How much investment did the foreign projects Shandong signed in 2024 involve?').searchText).toContain('外资项目');
  });
});

describe('indicators written with a word inside their name (shared glossary entries)', () => {
  it.each([
    ['浙江今年旅游综合收入增长目标', '旅游收入'],
    ['江苏粮食年产量', '粮食产量'],
    ['北京十五五全社会研发投入占比', '研发经费'],
  ])('"%s" names %s', (q, name) => expect(names(q)).toContain(name));

  it('a share of business R&D in the whole is not the R&D share of GDP', () => {
    expect(names('安徽24年企业研发投入占比多少')).not.toContain('研发经费');
  });

  it('"output per worker" and "completion rate" read the reports’ words', () => {
    expect(read("What's Beijing's target for output per worker in the next five-year plan?").searchText).toContain('劳动生产率');
    expect(read('investment completion rate of Zhejiang major projects').searchText).toContain('完成率');
  });
});

describe('a lower-case word the reports never write is kept as such; a typo or an adjective is not', () => {
  const isKnown = (w: string) => ['mining', 'railway', 'lines'].includes(w);
  const inDictionary = (w: string) => ['railway', 'agriculture'].includes(w);
  const isStop = (w: string) => ['what', 'about'].includes(w);

  it('"ethereum" is a word no dictionary knows (the pinyin "anhui" is a place)', () => {
    expect(unknownLowerCaseWords(' anhui ethereum mining ', isKnown, inDictionary, isStop)).toEqual(['ethereum']);
  });

  it('a typo one edit from a dictionary word, an adjective, an inflected form or a short word is not', () => {
    expect(unknownLowerCaseWords(' raliway agricultural scrapped yoy ', isKnown, inDictionary, isStop)).toEqual([]);
  });

  it('read in a question: "anhui ethereum mining" carries a word the reports do not write', () => {
    expect(read('anhui ethereum mining').lexiconTranslations).toContainEqual({ english: 'ethereum', chinese: [] });
  });
});

describe('a dictionary word right before an indicator’s English name narrows it', () => {
  it('"youth" qualifies "unemployment rate"; a word elsewhere does not', () => {
    expect(wordsQualifyingIndicator('What is the youth unemployment rate in Beijing?', ['unemployment rate'], ['youth'])).toEqual([
      'youth',
    ]);
    expect(wordsQualifyingIndicator('youth jobs and the unemployment rate', ['unemployment rate'], ['youth'])).toEqual([]);
    // An adjective describes, it names no group: "good air quality" is the air-quality figure itself.
    expect(wordsQualifyingIndicator('days with good air quality', ['air quality'], ['good'])).toEqual([]);
  });
});
