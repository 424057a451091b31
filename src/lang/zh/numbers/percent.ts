import type { Built, ScanText } from './mention-builder.js';
import { mentionMaker } from './mention-builder.js';
import type { PercentForm, ScanOptions } from './mention.js';
import { DUI } from './numerals.js';
import { type NumeralRun, NUMERAL_TYPES, readNumeral, skipSpaces } from './read-numeral.js';
import { roundSignificant } from './round.js';
import type { Token } from './tokens.js';

/** Percentages in their Chinese forms: 百分之三, 千分之2.4, 3%, 5‰, 5个百分点, 七成, 九折, 打对折. */

/** 百分之/千分之/万分之 before the number (the token at k is that word). */
export function percentWordBefore(text: ScanText, k: number): Built | null {
  const { tokens, s } = text;
  const mk = mentionMaker(text);
  const first = tokens[k];
  let n = skipSpaces(tokens, k + 1);
  let sign = 1;
  if (tokens[n]?.type === 'neg' || tokens[n]?.type === 'minus') {
    sign = -1;
    n++;
  }
  let num = readNumeral(tokens, n, s);
  if (num && 'reject' in num) return { mention: null, next: num.skipTo };
  // 百分之百: a lone 百 is 100 only here.
  if (!num && sign === 1 && first.value === 100 && tokens[n]?.type === 'unit' && tokens[n].value === 100)
    num = { value: 100, next: n + 1, tokens: [tokens[n]] };
  if (!num) return null;
  const form: PercentForm = first.value === 100 ? '百分之' : first.value === 1000 ? '千分之' : '万分之';
  const written = sign * num.value;
  const value = roundSignificant((written * 100) / first.value);
  return { mention: mk(k, num.next, 'percent', value, num.tokens, { written, form }), next: num.next };
}

/** 打对折 / 半折 / 半成; undefined when the token at k opens none of them. */
export function halfPercent(text: ScanText, k: number, opts: Required<ScanOptions>): Built | undefined {
  const { tokens, s } = text;
  const mk = mentionMaker(text);
  const first = tokens[k];
  if (first.type === 'half' && (tokens[k + 1]?.type === 'cheng' || (opts.discounts && tokens[k + 1]?.type === 'zhe'))) {
    const isCheng = tokens[k + 1].type === 'cheng';
    return { mention: mk(k, k + 2, 'percent', isCheng ? 5 : 50, [first], { written: 0.5, form: isCheng ? '成' : '折' }), next: k + 2 };
  }
  if (opts.discounts && first.type === 'other' && DUI.includes(first.ch) && tokens[k + 1]?.type === 'zhe' && s[first.start - 1] === '打') {
    return { mention: mk(k, k + 2, 'percent', 50, [first], { written: 50, form: '折' }), next: k + 2 };
  }
  return undefined;
}

export function readDiscount(tokens: readonly Token[], k: number, s: string): { value: number; next: number; numeral: Token[] } | null {
  // 七五折, 7 2 折, 9.9折, 三点一折, 九折: two bare digits read as a two-digit percentage.
  const ds: Token[] = [];
  let n = k;
  while (ds.length < 2) {
    const t = tokens[n];
    if (!t) break;
    if ((t.type === 'digit' && t.value > 0) || (t.type === 'arabic' && t.isInt && t.ch.length === 1)) {
      ds.push(t);
      n = skipSpaces(tokens, n + 1);
      continue;
    }
    break;
  }
  if (ds.length === 2 && tokens[n]?.type === 'zhe') return { value: ds[0].value * 10 + ds[1].value, next: n + 1, numeral: ds };
  const one = readNumeral(tokens, k, s);
  if (!one || 'reject' in one) return null;
  const z = skipSpaces(tokens, one.next);
  if (tokens[z]?.type !== 'zhe') return null;
  const v = one.value;
  if (v > 0 && v < 10) return { value: roundSignificant(v * 10), next: z + 1, numeral: one.tokens };
  if (v >= 10 && v < 100 && Number.isInteger(v) && one.tokens.length === 1 && one.tokens[0].type === 'arabic') {
    return { value: v, next: z + 1, numeral: one.tokens };
  }
  return null;
}

/**
 * A percent sign, 个百分点 or 成 after a numeral (`num`, whose sign is `sign`; `spaced` is the token
 * after it and any space); undefined when none follows.
 */
export function percentAfter(text: ScanText, k: number, num: NumeralRun, sign: number, spaced: number): Built | undefined {
  const { tokens } = text;
  const mk = mentionMaker(text);
  const base = sign * num.value;
  const t = tokens[spaced];
  if (t?.type === 'percentSign' || t?.type === 'permilleSign') {
    const permille = t.type === 'permilleSign';
    const value = permille ? roundSignificant(base / 10) : base;
    return { mention: mk(k, spaced + 1, 'percent', value, num.tokens, { written: base, form: permille ? '‰' : '%' }), next: spaced + 1 };
  }
  if (t?.type === 'pctPoint') {
    return { mention: mk(k, spaced + 1, 'percentagePoint', base, num.tokens, { written: base, form: '个百分点' }), next: spaced + 1 };
  }
  // 七成, 三成半, 七成 六
  if (t?.type === 'cheng' && num.value > 0 && num.value <= 10) {
    let value = base * 10;
    let end = spaced + 1;
    const tail = tokens[skipSpaces(tokens, end)];
    if (tail?.type === 'half') {
      value += 5 * sign;
      end = skipSpaces(tokens, end) + 1;
    } else if (tail?.type === 'digit' && tail.value > 0 && Number.isInteger(num.value) && num.value < 10) {
      const afterTail = tokens[skipSpaces(tokens, end) + 1];
      if (!afterTail || !NUMERAL_TYPES.has(afterTail.type)) {
        value += tail.value * sign;
        end = skipSpaces(tokens, end) + 1;
      }
    }
    const written = value === base * 10 ? base : value / 10;
    return { mention: mk(k, end, 'percent', roundSignificant(value), num.tokens, { written, form: '成' }), next: end };
  }
  return undefined;
}
