import { describe, expect, it } from 'vitest';
import { candidatesOf, quoteSpans, unitAt } from '../../src/figures/candidates.js';
import { clausesOf } from '../../src/figures/clauses.js';
import { scanNumbers, toHalfWidth } from '../../src/lang/zh/chinese-number.js';

const candidates = (sentence: string) => {
  const w = toHalfWidth(sentence);
  return { w, cands: candidatesOf(w, scanNumbers(w), quoteSpans(w)) };
};

describe('candidate finding', () => {
  it('reads a measure word after the number, but not a word that merely starts with one', () => {
    expect(unitAt('3万方土方', 2)).toBe('方');
    expect(unitAt('3方面工作', 1)).toBe('');
    expect(unitAt('5000平方米', 4)).toBe('平方米');
  });

  it('leaves out dates, ranks, quoted names and list numbers', () => {
    expect(candidates('2024年5月，全国前10位').cands).toEqual([]);
    expect(candidates('打造“2+4”产业体系').cands).toEqual([]);
    expect(candidates('1. 推进项目建设').cands).toEqual([]);
  });

  it('keeps an amount with its magnitude, qualifier and the noun it counts', () => {
    const [c] = candidates('开展500余场培训').cands;
    expect([c.value, c.unit, c.approx, c.followingNoun]).toEqual([500, '场', '余', '培训']);
    const [big] = candidates('投资3.4万亿元左右').cands;
    expect([big.value, big.unit, big.magnitude, big.post]).toEqual([3.4, '万亿元', '万亿', '左右']);
  });

  it('marks "10亿元以上项目" as a modifier of the noun, not a figure', () => {
    const [c] = candidates('新开工10亿元以上项目20个').cands;
    expect(c.modifier).toBe(true);
  });
});

describe('clauses', () => {
  it('cuts at clause marks, not at a ratio colon, and makes a parenthesis with a figure a clause', () => {
    const { w, cands } = candidates('地区生产总值增长5%(确保6%以上),三次产业结构为2:38:60');
    const clauses = clausesOf(w, cands).map(([a, b]) => w.slice(a, b));
    expect(clauses).toEqual(['地区生产总值增长5%', '确保6%以上', '三次产业结构为2:38:60']);
  });
});
