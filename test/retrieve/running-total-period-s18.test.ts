/**
 * "安徽去年累计推出多少项制度创新成果": a running total asked of a year is answered by the review of the years ending in
 * it ("十四五"时期 2021-2025), not only by the year's own review (src/retrieve/period-match.ts, RUNNING_TOTAL_FIT).
 */
import { describe, expect, it } from 'vitest';
import { periodGroupFits, periodScore } from '../../src/retrieve/period-match.js';

const span = (period: string, kind: 'result' | 'plan' = 'result') => ({ period, kind, norm: '累计推出259项制度创新成果' });
const asked = (question: string, years: number[]) => ({ question, years, planPeriod: null, part: null, intent: 'any' as const });

describe('a running total asked of a year', () => {
  it('fits the review of the years ending in it', () => {
    expect(periodScore(span('2021-2025'), asked('去年累计推出多少项', [2025]))).toBe(0.6);
    expect(periodGroupFits(span('2021-2025'), asked('2025年一共推出多少项', [2025]))).toBe(true);
  });

  it('fits no span ending in another year, no plan, and nothing when no running total is asked', () => {
    expect(periodScore(span('2021-2025'), asked('2024年累计推出多少项', [2024]))).toBe(0);
    expect(periodScore(span('2021-2025', 'plan'), asked('2025年累计推出多少项', [2025]))).toBe(0);
    expect(periodScore(span('2021-2025'), asked('去年推出多少项', [2025]))).toBe(0);
    expect(periodGroupFits(span('2021-2025'), asked('去年推出多少项', [2025]))).toBe(false);
  });

  it('keeps the year’s own review first', () => {
    expect(periodScore(span('2025'), asked('去年累计推出多少项', [2025]))).toBe(1);
  });
});
