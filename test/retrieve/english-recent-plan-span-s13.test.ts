import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const PLACES = knownPlaces(['山东省', '上海市', '广东省', '国务院']);
const TODAY = { today: new Date('2026-12-01') };

describe('an English "past five years" that is a five-year plan', () => {
  it("reads the past five years as the plan's period, a result, with no single years", () => {
    const query = understandQuery('How many mu of trees did Shandong plant in the past five years?', PLACES, TODAY);
    expect(query.planPeriod).toEqual({ from: 2021, to: 2025 });
    expect(query.intent).toBe('result');
    expect(query.years).toEqual([]);
    expect(query.yearSpan).toBeNull();
    // Said in the answer as read.
    expect(query.yearNotes.map((n) => n.phrase)).toContain('past five years');
  });

  it('keeps a span that is no plan a run of years', () => {
    const query = understandQuery('shanghai gdp growth over the last 3 years', PLACES, TODAY);
    expect(query.planPeriod).toBeNull();
    expect(query.yearSpan).toEqual({ from: 2023, to: 2025 });
  });

  it('leaves a Chinese question as it was', () => {
    const query = understandQuery('山东过去五年造林多少亩', PLACES, TODAY);
    expect(query.planPeriod).toBeNull();
    expect(query.yearSpan).toEqual({ from: 2021, to: 2025 });
  });
});

describe("an English question's report-worded phrases", () => {
  it("reads a phrase with a stop word whole ('processing time' → 办理时限)", () => {
    const query = understandQuery("By how much did Anhui cut processing time for 'get one thing done' services?", PLACES, TODAY);
    expect(query.lexiconTranslations?.find((t) => t.english === 'processing time')?.chinese).toContain('办理时限');
  });

  it("reads a phrase over a shorter glossary term, which is then no subject of its own ('regular high school', not 'school')", () => {
    const query = understandQuery('What share of Fujian students got into regular high school last year?', PLACES, TODAY);
    expect(query.searchText).toContain('普通高中');
    expect(query.searchText).not.toContain('学校');
    // "leading" (龙头 of 龙头企业) inside "leading talents" (领军人才) is no subject a passage must also write.
    const talents = understandQuery('anhui — how many tech leading talents to recruit in 2026?', PLACES, TODAY);
    expect(talents.searchText).toContain('领军人才');
    expect(talents.searchText).not.toContain('龙头');
    // A word of intent inside a phrase is read as ever.
    expect(understandQuery('Zhejiang new energy vehicle production target for 2026', PLACES, TODAY).intent).toBe('plan');
  });

  it("reads 'cut costs' as the reports' 减负, and the dictionary reads its words no more", () => {
    const query = understandQuery('By how many billion yuan does Zhejiang plan to cut costs for businesses this year?', PLACES, TODAY);
    expect(query.searchText).toContain('减负');
    expect(query.lexiconTranslations?.map((t) => t.english)).not.toContain('costs');
  });
});

describe('an English "over five years" with no past or next', () => {
  it('is the plan under review when what was done is asked', () => {
    const query = understandQuery('old residential compounds renovated in guangdong over five years', PLACES, TODAY);
    expect(query.planPeriod).toEqual({ from: 2021, to: 2025 });
    expect(query.intent).toBe('result');
  });

  it('is the plan that starts this year when a plan or target is asked', () => {
    const query = understandQuery('shandong target for new homes over the five years', PLACES, TODAY);
    expect(query.planPeriod).toEqual({ from: 2026, to: 2030 });
    expect(query.intent).toBe('plan');
  });

  it('leaves a question with its own year, or a Chinese one, as it was', () => {
    expect(understandQuery('shanghai jobs in 2024 over five years', PLACES, TODAY).planPeriod).toBeNull();
    expect(understandQuery('上海五年新增就业', PLACES, TODAY).planPeriod).toBeNull();
  });
});

describe('"the past five years" with the years written', () => {
  it('keeps the written years, not the plan', () => {
    const query = understandQuery('loans growth over the past five years (2018-2022)?', PLACES, TODAY);
    expect(query.planPeriod).toBeNull();
    expect(query.years).toEqual(expect.arrayContaining([2018, 2022]));
  });
});
