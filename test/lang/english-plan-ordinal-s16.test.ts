import { describe, expect, it } from 'vitest';
import { namesPlanByOrdinal } from '../../src/lang/en/english-plan-spans.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

/** "the 14th 5-year plan", "the 14th five year plan": a plan named by its ordinal, however "five-year" is written. */
describe('a five-year plan named by its ordinal in English', () => {
  it('is read with five or 5, a hyphen, a space, or FYP', () => {
    for (const q of ['grain output in the 14th 5-year plan', 'the 14th five year plan gdp', 'the 14th five-year plan', '14th fyp'])
      expect(namesPlanByOrdinal(q, '14th'), q).toBe(true);
    for (const q of ['the 14th century', 'the 114th five-year']) expect(namesPlanByOrdinal(q, '14th'), q).toBe(false);
  });

  it('is the plan’s period in a question', () => {
    const u = understandQuery("What was Zhejiang's average GDP growth in the 14th 5-year plan?", knownPlaces(['浙江省']), {
      today: new Date('2026-12-03'),
    });
    expect(u.planPeriod).toEqual({ from: 2021, to: 2025 });
  });
});
