/**
 * Streak lengths (src/figures/streak-lengths.ts), written from its code for its first mutation run
 * (session 12): a length in Chinese numerals and a length of 0, the longest predicate kept, the
 * shortest subject, spaces in the predicate, a target streak in the clause after a result, a subject
 * that only names the place (as written, without its suffix, or as 本市), and which figures are lengths.
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/answer/schema.js';
import { extractFigures } from '../../src/figures/index.js';
import { isStreakLength } from '../../src/figures/streak-lengths.js';

const streaks = (sentence: string, district = '某省') =>
  extractFigures({ sentence, citationId: 'c1', period: '2025', district, kind: 'result', source: 'text' })
    .filter((f) => isStreakLength(f))
    .map((f) => [f.indicator, f.value, f.qualifier ?? null, f.kind]);

describe('streak lengths: session-12 mutation run', () => {
  it('reads a length in Chinese numerals, and none of 0 years', () => {
    expect(streaks('茶叶种植面积连续十二年全国第一。')).toEqual([['茶叶种植面积', 12, '连续…全国第一', 'actual']]);
    expect(streaks('茶叶种植面积连续0年全国第一。')).toEqual([]);
  });

  it('keeps a predicate of 24 characters, not one of 25', () => {
    const predicate = (n: number) => `位居全国${'茶'.repeat(n)}第一`;
    expect(streaks(`茶叶种植面积连续9年${predicate(18)}。`)).toEqual([['茶叶种植面积', 9, `连续…${predicate(18)}`, 'actual']]);
    expect(streaks(`茶叶种植面积连续9年${predicate(19)}。`)).toEqual([]);
  });

  it('names a streak by a subject of three characters, not two', () => {
    expect(streaks('茶园数连续9年全国第一。')).toEqual([['茶园数', 9, '连续…全国第一', 'actual']]);
    expect(streaks('茶园连续9年全国第一。')).toEqual([]);
  });

  it('quotes the predicate without its spaces', () => {
    expect(streaks('茶叶种植面积连续9年全国 第一。')).toEqual([['茶叶种植面积', 9, '连续…全国第一', 'actual']]);
  });

  it('reads each streak of a sentence in its own clause: a result, then a target', () => {
    expect(streaks('茶叶种植面积连续9年全国第一，力争连续10年保持全国第一。')).toEqual([
      ['茶叶种植面积', 9, '连续…全国第一', 'actual'],
      ['保持全国第一', 10, '连续', 'target'],
    ]);
  });

  it('names a streak whose subject only names the place by its predicate: the place as written, without its suffix, or 本市', () => {
    for (const sentence of ['某市连续9年居全国首位。', '某连续9年居全国首位。', '本市连续9年居全国首位。']) {
      expect(streaks(sentence, '某市'), sentence).toEqual([['居全国首位', 9, '连续', 'actual']]);
    }
  });

  it('counts as a length only a streak figure in years', () => {
    const streak = { shape: 'streak', unit: '年' } satisfies Partial<Figure>;
    expect(isStreakLength(streak)).toBe(true);
    expect(isStreakLength({ ...streak, unit: '%' })).toBe(false);
    expect(isStreakLength({ unit: '年' })).toBe(false);
  });

  it('names a streak after a figure by the words after it, and reads none when those are too short a name', () => {
    // "港口" is what the streak is of, not the 吞吐量 before the figure; two characters name nothing.
    expect(streaks('上海港集装箱吞吐量达到5506.3万标准箱、港口连续16年位居世界第一。')).toEqual([]);
    // With no figure before it, a list of names joined by 、 is the subject whole.
    expect(streaks('茶叶种植面积、茶叶产量连续9年全国第一。')).toEqual([['茶叶种植面积、茶叶产量', 9, '连续…全国第一', 'actual']]);
  });
});
