/**
 * Session 22's asksRankOnly (rank-words.ts; stryker.s22.json): a question asks only a rank when it writes rank words and
 * nothing else but scopes and fillers, however many of each it writes.
 */
import { describe, expect, it } from 'vitest';
import { asksRankOnly } from '../../src/lang/zh/rank-words.js';

describe('asksRankOnly', () => {
  it('is false of a question with no rank words, fillers and scopes alone included', () => {
    for (const q of ['那呢', '全国呢？', '', '在全省的呢']) expect(asksRankOnly(q), q).toBe(false);
  });

  it('takes out every rank word and every scope written, not the first only', () => {
    for (const q of ['排名第几位', '全省排第几？全国呢？', '全国排名呢，全省排第几', 'Rank? rank?']) expect(asksRankOnly(q), q).toBe(true);
  });

  it('is false when something besides the rank is named after several rank words', () => {
    expect(asksRankOnly('排名第几位的GDP')).toBe(false);
    expect(asksRankOnly('全省排第几，全国GDP呢')).toBe(false);
  });
});
