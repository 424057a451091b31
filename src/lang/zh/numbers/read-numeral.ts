import { evalNumeral } from './evaluate.js';
import { KILO_UNIT_NEXT } from './numerals.js';
import type { Token, TokenType } from './tokens.js';

/** Reading the longest numeral at a token, and what it tells about how it was written. */

export const NUMERAL_TYPES = new Set<TokenType>(['arabic', 'digit', 'unit', 'large', 'point', 'approx', 'half']);

export interface NumeralRun {
  value: number;
  /** index of the token after the numeral */
  next: number;
  tokens: Token[];
}

export type NumeralResult = NumeralRun | { reject: true; skipTo: number } | null;

export function isNumeralStart(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.type === 'arabic') return !t.blocked;
  if (t.type === 'digit') return true;
  if (t.type === 'unit') return true;
  if (t.type === 'half') return tokens[k + 1]?.type === 'unit';
  return false;
}

function isDigitLike(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'digit';
}

/** Longest valid numeral starting at token k. */
export function readNumeral(tokens: readonly Token[], k: number, s: string): NumeralResult {
  if (!isNumeralStart(tokens, k)) return null;
  // Collect the run, letting single spaces sit between numeral tokens ("一百 五 十 二").
  const run: Token[] = [];
  const idx: number[] = [];
  let n = k;
  while (n < tokens.length && run.length < 48) {
    const t = tokens[n];
    if (NUMERAL_TYPES.has(t.type)) {
      if (t.type === 'arabic' && t.blocked) break;
      if (t.type === 'unit' && t.value === 1000 && run.length > 0 && run[run.length - 1].type === 'arabic' && KILO_UNIT_NEXT.has(s[t.end]))
        break;
      run.push(t);
      idx.push(n);
      n++;
      continue;
    }
    if (t.type === 'space' && run.length > 0 && n + 1 < tokens.length && NUMERAL_TYPES.has(tokens[n + 1].type)) {
      n++;
      continue;
    }
    break;
  }
  // Runs of bare digits ("两两", "二三十", "九九") are not amounts unless they spell a year (二〇三五).
  if (isDigitLike(run[0]) && isDigitLike(run[1])) {
    let m = 0;
    while (m < run.length && isDigitLike(run[m])) m++;
    const digits = run.slice(0, m);
    const followedByYear = s[digits[m - 1].end] === '年';
    if (m === 4 && (digits.some((d) => d.value === 0) || followedByYear) && (m === run.length || run[m].type !== 'unit')) {
      return { value: Number(digits.map((d) => d.value).join('')), next: idx[m - 1] + 1, tokens: digits };
    }
    return { reject: true, skipTo: idx[run.length - 1] + 1 };
  }
  for (let len = run.length; len > 0; len--) {
    const last = run[len - 1];
    if (last.type === 'point' || last.type === 'approx' || last.type === 'half') continue;
    const v = evalNumeral(run.slice(0, len));
    if (v !== null && Number.isFinite(v)) return { value: v, next: idx[len - 1] + 1, tokens: run.slice(0, len) };
  }
  return null;
}

export function skipSpaces(tokens: readonly Token[], k: number): number {
  return tokens[k]?.type === 'space' ? k + 1 : k;
}

export function scriptOf(ts: readonly Token[]): 'arabic' | 'chinese' | 'mixed' {
  const hasArabic = ts.some((t) => t.type === 'arabic');
  const hasChinese = ts.some((t) => t.type !== 'arabic');
  return hasArabic && hasChinese ? 'mixed' : hasArabic ? 'arabic' : 'chinese';
}

/** Splits a trailing magnitude off a numeral: "1.5万" → 1.5 + 万, "三千万" → 3000 + 万. */
export function splitMagnitude(ts: readonly Token[], value: number): { written: number; magnitude: string } {
  if (ts.length >= 2 && ts[0].type === 'arabic' && ts.slice(1).every((t) => t.type === 'large' || t.type === 'unit')) {
    return {
      written: ts[0].value,
      magnitude: ts
        .slice(1)
        .map((t) => t.ch)
        .join(''),
    };
  }
  let m = ts.length;
  while (m > 0 && ts[m - 1].type === 'large') m--;
  if (m > 0 && m < ts.length && ts.slice(0, m).every((t) => t.type !== 'arabic' && t.type !== 'approx')) {
    const head = evalNumeral(ts.slice(0, m));
    if (head !== null)
      return {
        written: head,
        magnitude: ts
          .slice(m)
          .map((t) => t.ch)
          .join(''),
      };
  }
  return { written: value, magnitude: '' };
}
