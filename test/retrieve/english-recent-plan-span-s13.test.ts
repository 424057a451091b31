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
