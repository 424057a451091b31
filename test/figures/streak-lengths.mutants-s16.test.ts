/**
 * Streak lengths (src/figures/streak-lengths.ts), for survivors session 12 left unsorted (session 16's re-run): a
 * clause that opens with a figure, and a district whose name holds one of 省市区县 before its suffix.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { isStreakLength } from '../../src/figures/streak-lengths.js';

const streaks = (sentence: string, district = '某省') =>
  extractFigures({ sentence, citationId: 'c1', period: '2025', district, kind: 'result', source: 'text' })
    .filter((f) => isStreakLength(f))
    .map((f) => [f.indicator, f.value, f.qualifier ?? null]);

describe('streak lengths: session-16 mutation run', () => {
  it('names the streak by the words after a figure that opens its clause', () => {
    expect(streaks('2025年，13.5亿吨、港口货物吞吐量连续16年全国第一。')).toEqual([['港口货物吞吐量', 16, '连续…全国第一']]);
  });

  it('takes only the suffix off the district: in 市中区 the place is 市中', () => {
    // 市中 only names the place, so the streak is named by what it did.
    expect(streaks('市中连续9年获评全国文明城区。', '市中区')).toEqual([['获评全国文明城区', 9, '连续']]);
  });
});
