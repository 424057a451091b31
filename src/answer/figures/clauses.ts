/**
 * Clause splitting: a sentence cut at its clause marks, except marks inside a number ("3:2"), and
 * parentheses that hold a figure ("(确保5%以上)") made clauses of their own.
 */
import { CLAUSE_DELIMITERS } from '../../lang/zh/punctuation.js';
import type { Candidate } from './types.js';

export function clausesOf(w: string, cands: readonly Candidate[]): Array<[number, number]> {
  const covered = (i: number): boolean => cands.some((c) => i >= c.start && i < c.end);
  // Parentheses that hold a figure ("(确保5%以上)") are clauses of their own; "国家(地区)" is not.
  const parenCuts = new Set<number>();
  for (let i = 0; i < w.length; i++) {
    if (w[i] !== '(') continue;
    const close = w.indexOf(')', i);
    if (close < 0) break;
    if (cands.some((c) => c.start > i && c.start < close)) {
      parenCuts.add(i);
      parenCuts.add(close);
    }
  }
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    let cut = parenCuts.has(i) || (CLAUSE_DELIMITERS.has(c) && !covered(i));
    if (c === ':' && /\d/.test(w[i - 1] ?? '') && /\d/.test(w[i + 1] ?? '')) cut = false;
    if (cut) {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  if (start < w.length) out.push([start, w.length]);
  return out;
}
