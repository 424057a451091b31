import { describe, expect, it } from 'vitest';
import { asksRankOnly } from '../../src/lang/zh/rank-words.js';
import { rankNamedInQuestion } from '../../src/figures/rank-figures.js';

describe('asksRankOnly', () => {
  it('is true of a rank asked with nothing named', () => {
    for (const q of ['排第几', '那排第几呢', '全国排名？', '在金牌榜上排第几', '全国排第几']) expect(asksRankOnly(q), q).toBe(true);
  });
  it('is false of a rank asked of something named, or of no rank', () => {
    for (const q of ['GDP排第几', '金牌排第几', '浙江全国排第几', '拿了多少金牌', '安排多少']) expect(asksRankOnly(q), q).toBe(false);
  });
});

describe('rankNamedInQuestion with a named table', () => {
  it('names a rank by the table it is counted in', () => {
    expect(rankNamedInQuestion('获得金牌', '冬运会金牌榜排第几', '金牌榜第')).toBe(true);
    expect(rankNamedInQuestion('获得金牌', '冬运会奖牌榜排第几', '金牌榜第')).toBe(false);
    // A place scope is no table: 全国 names nothing ranked.
    expect(rankNamedInQuestion('研发投入强度', '全国排第几', '全国第')).toBe(false);
  });
});

describe('words that set figures side by side are generic search terms', () => {
  it('holds 跟 / 比 / 相比 and a count asked with its measure word', async () => {
    const { GENERIC_SEARCH_TERMS } = await import('../../src/lang/zh/generic-words.js');
    for (const w of ['跟', '比', '相比', '几家', '几座', '几项']) expect(GENERIC_SEARCH_TERMS.has(w), w).toBe(true);
    for (const w of ['比重', '冠军', '几年']) expect(GENERIC_SEARCH_TERMS.has(w), w).toBe(false);
  });
});
