/**
 * The shape a question asks (src/figures/asked-shape.ts): the edges its first mutation run (session 12)
 * showed no test held — the asked scope preferred only among ranks, a partner named by its Latin
 * letters, and a figure that names one of two partners asked.
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/answer/schema.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';

function fig(indicator: string, value: number, over: Partial<Figure> = {}): Figure {
  return { indicator, value, unit: '%', kind: 'actual', period: '2024', district: '某省', citationId: 'c1', ...over };
}
const values = (figures: readonly Figure[]) => figures.map((f) => f.value);

describe('the shape a question asks: edges of the session-12 mutation run', () => {
  it('prefers the scope a question names only among ranks, never among other figures', () => {
    // No rank asked: a figure qualified 全国… is not preferred for the question naming 全国.
    const own = fig('地区生产总值', 5.5);
    const nationalAverage = fig('地区生产总值', 5, { qualifier: '全国平均' });
    expect(values(preferAskedShape('全国GDP增长多少', [own, nationalAverage]))).toEqual([5.5, 5]);
  });

  it('finds a partner written in Latin capitals in the figure ("RCEP"), as the question names it', () => {
    const total = fig('进出口总额', 3.2);
    const rcep = fig('对RCEP成员国进出口额', 4.1);
    expect(values(preferAskedShape('对RCEP成员国进出口增长多少', [total, rcep]))).toEqual([4.1]);
  });

  it('keeps a figure naming any one of the partners a question names', () => {
    const total = fig('进出口总额', 3.2);
    const asean = fig('对东盟进出口额', 9.9);
    expect(values(preferAskedShape('对东盟和欧盟进出口增长多少', [total, asean]))).toEqual([9.9]);
  });
});
