/**
 * Session 18's asked shapes (src/lang/zh/asked-shape-words.ts): a gap between two things compared ("比城镇居民高几个点"),
 * money asked by 成交.
 */
import { describe, expect, it } from 'vitest';
import { askedCountUnit, asksForGap } from '../../src/lang/zh/asked-shape-words.js';

describe('a gap asked between two things', () => {
  it('is "比X高/快/低/慢几个点"', () => {
    for (const q of ['北京24年农村居民收入增速比城镇居民高几个点', '规上民营工业增速比全部规上工业快几个点', '比全部贷款低多少个百分点'])
      expect(asksForGap(q), q).toBe(true);
  });

  it('is no change over a year or a count', () => {
    for (const q of ['城镇化率比上年高几个点', '比去年快几个百分点', '比2023年高几个点', '比城镇居民高多少元'])
      expect(asksForGap(q), q).toBe(false);
  });
});

describe('money asked by 成交', () => {
  it('asks an amount of money', () => {
    expect(askedCountUnit('广交会期间各地采供对接活动成交了多少')).toBe('元');
    expect(askedCountUnit('成交额多少')).toBe('元');
    expect(askedCountUnit('开展了多少场活动')).toBe('场');
  });
});

describe('words that ask for passages or numbers (session 18)', () => {
  it('"数据" after an indicator asks its value; "相关的内容" names nothing', async () => {
    const { asksForValueOfIndicator } = await import('../../src/lang/zh/question-words.js');
    const { GENERIC_SEARCH_TERMS } = await import('../../src/lang/zh/generic-words.js');
    expect(asksForValueOfIndicator('浙江2025年GDP相关数据')).toBe(true);
    expect(asksForValueOfIndicator('江苏外贸的数字')).toBe(true);
    for (const w of ['相关', '有关', '内容']) expect(GENERIC_SEARCH_TERMS.has(w), w).toBe(true);
  });
});
