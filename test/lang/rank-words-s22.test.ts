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

describe('which of them, and plan words', async () => {
  const { asksWhichOfThem, withoutWhichOfThem } = await import('../../src/lang/zh/comparison-follow-up-words.js');
  const { asksForPlan } = await import('../../src/lang/zh/intent-words.js');
  it('reads 哪个省/市 + a comparative as which of them, but not with 最', () => {
    for (const q of ['哪个省定得多', '哪个市建得多', '哪个省更高', '哪个更高']) expect(asksWhichOfThem(q), q).toBe(true);
    for (const q of ['哪个省最多', '哪个省GDP最高']) expect(asksWhichOfThem(q), q).toBe(false);
    expect(withoutWhichOfThem('增速哪个更高？')).toBe('增速');
  });
  it('reads 定得 and a bare 要降 / 要减 as a plan, not 稳定 or 需要', () => {
    for (const q of ['哪个省定得多', '能耗要降多少', '排放要减多少']) expect(asksForPlan(q), q).toBe(true);
    for (const q of ['稳定得很', '需要降多少']) expect(asksForPlan(q), q).toBe(false);
  });
});

describe('rank words that overlap', () => {
  it('reads 排第几名 and 排名第几 as a rank asked alone', () => {
    expect(asksRankOnly('排第几名')).toBe(true);
    expect(asksRankOnly('那排名第几呢')).toBe(true);
    expect(asksRankOnly('GDP排名第几')).toBe(false);
  });
});
