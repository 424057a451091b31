import { describe, expect, it } from 'vitest';
import { periodScore } from '../../src/retrieve/period-match.js';

const plan = { years: [], planPeriod: { from: 2021, to: 2025 }, part: null, intent: 'result' as const };
const review = (section: string[], norm = '完成城镇棚户区改造73.5万套') => ({ period: '2025', kind: 'result' as const, norm, section });

describe('a plan asked: the last year’s review sentence under a heading naming the plan', () => {
  it('fits, less than one that says the five years itself', () => {
    const underHeading = periodScore(review(['一、“十四五”时期和2025年工作回顾']), plan);
    const saysSo = periodScore(review(['一、“十四五”时期和2025年工作回顾'], '五年来完成城镇棚户区改造73.5万套'), plan);
    expect(underHeading).toBeGreaterThan(0);
    expect(underHeading).toBeLessThan(saysSo);
  });

  it('does not fit under a heading of the year alone', () => {
    expect(periodScore(review(['一、2025年工作回顾']), plan)).toBe(0);
  });

  it('a plan sentence of the year is no review', () => {
    expect(periodScore({ ...review(['一、“十四五”时期和2025年工作回顾']), kind: 'plan' as const }, plan)).toBe(0);
  });
});
