/**
 * Ranks counted in things (src/figures/counted-ranks.ts): the edges its first mutation run (session 12)
 * showed no test held — a numeral that is no number, a rank with no thing counted after it, a
 * one-character head noun, and where the ranked name starts when a clause comes before it.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { resultSentence } from '../support/hand-built-figures.js';

/** The counted ranks read (a counter unit, not 位), each as [indicator, value, qualifier]. */
const counted = (sentence: string) =>
  extractFigures(resultSentence(sentence))
    .filter((f) => ['家', '个', '座', '所', '条', '项'].includes(f.unit))
    .map((f) => [f.indicator, f.value, f.qualifier ?? null]);

describe('ranks counted in things: edges of the session-12 mutation run', () => {
  it('reads no rank from a numeral that writes no number ("第十十家")', () => {
    expect(counted('杭州数据交易所是全国第十十家数据交易所。')).toEqual([]);
  });

  it('reads no counted rank when no thing counted follows it', () => {
    // Without the thing, the words before the rank ("成为") would name it.
    expect(counted('杭州数据交易所揭牌，成为全国第8家。')).toEqual([]);
  });

  it('takes no one-character head noun for the thing: "…的站" is not named 站', () => {
    expect(counted('站前路改造后，该枢纽成为全省首个实现零换乘的站。')).toEqual([['零换乘的站', 1, '全省首']]);
  });

  it('starts the ranked name after the clause mark before it', () => {
    expect(counted('去年，杭州数据交易所揭牌，是全国第8家数据交易所。')).toEqual([['杭州数据交易所', 8, '全国第']]);
  });
});
