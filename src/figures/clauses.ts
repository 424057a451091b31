/**
 * Clause splitting: a sentence cut at its clause marks, except marks inside a number ("3:2"), and
 * parentheses that hold a figure ("(确保5%以上)") made clauses of their own. Linear in the sentence:
 * which characters candidates cover, where candidates start and where each "(" closes are each
 * found in one pass.
 */
import { CLAUSE_DELIMITERS } from '../lang/zh/punctuation.js';
import type { Candidate } from './types.js';

export function clausesOf(w: string, cands: readonly Candidate[]): Array<[number, number]> {
  const covered = new Uint8Array(w.length + 1);
  // startsBefore[k]: how many candidates start before position k.
  const startsBefore = new Int32Array(w.length + 2);
  for (const c of cands) {
    covered.fill(1, Math.max(0, c.start), Math.min(w.length, c.end));
    if (c.start >= 0 && c.start < w.length) startsBefore[c.start + 1]++;
  }
  for (let k = 1; k < startsBefore.length; k++) startsBefore[k] += startsBefore[k - 1];
  // Parentheses that hold a figure ("(确保5%以上)") are clauses of their own; "国家(地区)" is not.
  const parenCuts = new Set<number>();
  let close = -1;
  for (let i = 0; i < w.length; i++) {
    if (w[i] !== '(') continue;
    if (close < i) close = w.indexOf(')', i);
    if (close < 0) break;
    // A candidate starting strictly between the "(" and its ")".
    if (startsBefore[close] - startsBefore[i + 1] > 0) {
      parenCuts.add(i);
      parenCuts.add(close);
    }
  }
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    let cut = parenCuts.has(i) || (CLAUSE_DELIMITERS.has(c) && covered[i] === 0);
    if (c === ':' && /\d/.test(w[i - 1] ?? '') && /\d/.test(w[i + 1] ?? '')) cut = false;
    if (cut) {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  if (start < w.length) out.push([start, w.length]);
  return out;
}
