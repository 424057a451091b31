/**
 * Clause splitting (src/figures/clauses.ts): the edges its first mutation run (session 12) showed no
 * test held — a parenthesis with no figure inside stays in its clause though a figure comes before
 * it, and only a colon, never another clause mark, between two digits is part of a number.
 */
import { describe, expect, it } from 'vitest';
import { candidatesOf, quoteSpans } from '../../src/figures/candidates.js';
import { clausesOf } from '../../src/figures/clauses.js';
import { scanNumbers, toHalfWidth } from '../../src/lang/zh/chinese-number.js';

function clauses(sentence: string): string[] {
  const w = toHalfWidth(sentence);
  const cands = candidatesOf(w, scanNumbers(w), quoteSpans(w));
  return clausesOf(w, cands).map(([a, b]) => w.slice(a, b));
}

describe('clauses: edges of the session-12 mutation run', () => {
  it('keeps a parenthesis without a figure in its clause, though a figure stands before it', () => {
    // Only a figure starting between "(" and ")" counts, not every one before the ")".
    expect(clauses('增长5%,出口国家(地区)增加')).toEqual(['增长5%', '出口国家(地区)增加']);
  });

  it('cuts at a semicolon or comma between two digits: only a colon there belongs to a number', () => {
    expect(clauses('投资增长5;6个项目开工')).toEqual(['投资增长5', '6个项目开工']);
    expect(clauses('增长5,6个项目开工')).toEqual(['增长5', '6个项目开工']);
  });
});
