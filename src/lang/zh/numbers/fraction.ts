import type { Built, ScanText } from './mention-builder.js';
import { mentionMaker } from './mention-builder.js';
import { type NumeralRun, readNumeral, skipSpaces } from './read-numeral.js';
import { roundSignificant } from './round.js';
import type { Token } from './tokens.js';

/** Fractions: 三分之一, 1又2分之1, N百分之M, 3/5 and "1 3/5". */

function readFractionTail(tokens: readonly Token[], k: number, den: number, s: string): { value: number; next: number } | null {
  // After "N分之" (or a pctOf read as a denominator): an optional 负 and the numerator.
  let n = skipSpaces(tokens, k);
  let sign = 1;
  if (tokens[n]?.type === 'neg') {
    sign = -1;
    n++;
  }
  const num = readNumeral(tokens, n, s);
  if (!num || 'reject' in num || den === 0) return null;
  return { value: roundSignificant((sign * num.value) / den), next: num.next };
}

/**
 * A fraction that goes on from a numeral (`num`, whose sign is `sign`; `after` is the token right
 * after it, `spaced` the one after any space). Undefined when none follows; null when the text is
 * a fraction word that makes no amount ("N百分之" without its numerator).
 */
export function fractionAfter(
  text: ScanText,
  k: number,
  num: NumeralRun,
  sign: number,
  after: number,
  spaced: number,
): Built | null | undefined {
  const { tokens, s } = text;
  const mk = mentionMaker(text);
  const base = sign * num.value;
  const t = tokens[spaced];
  // N又M分之K
  if (t?.type === 'you') {
    const m = readNumeral(tokens, skipSpaces(tokens, spaced + 1), s);
    if (m && !('reject' in m)) {
      const f = tokens[skipSpaces(tokens, m.next)];
      let den: number | null = null;
      let at = -1;
      if (f?.type === 'fracOf') {
        den = m.value;
        at = skipSpaces(tokens, m.next) + 1;
      } else if (f?.type === 'pctOf') {
        den = m.value * f.value;
        at = skipSpaces(tokens, m.next) + 1;
      }
      if (den !== null) {
        const tail = readFractionTail(tokens, at, den, s);
        if (tail) {
          const v = roundSignificant(sign * (num.value + tail.value));
          return { mention: mk(k, tail.next, 'fraction', v, num.tokens), next: tail.next };
        }
      }
    }
  }
  // N分之M, N百分之M (the 百 belongs to the denominator when a numeral precedes it).
  if (t?.type === 'fracOf' || (t?.type === 'pctOf' && spaced === after)) {
    const den = t.type === 'fracOf' ? base : base * t.value;
    const tail = readFractionTail(tokens, spaced + 1, den, s);
    if (tail) return { mention: mk(k, tail.next, 'fraction', tail.value, num.tokens), next: tail.next };
    if (t.type === 'pctOf') return null;
  }
  // 3/5 and "1 3/5"
  if (num.tokens.length === 1 && num.tokens[0].type === 'arabic' && num.tokens[0].isInt) {
    const slashAt = tokens[after]?.type === 'slash' ? after : -1;
    if (slashAt >= 0) {
      const d = tokens[slashAt + 1];
      if (d?.type === 'arabic' && d.isInt && !d.blocked && d.value !== 0 && tokens[slashAt + 2]?.type !== 'slash') {
        return { mention: mk(k, slashAt + 2, 'fraction', roundSignificant(base / d.value), num.tokens), next: slashAt + 2 };
      }
    } else if (tokens[after]?.type === 'space' && tokens[after].end - tokens[after].start === 1) {
      const a = tokens[after + 1];
      const sl = tokens[after + 2];
      const d = tokens[after + 3];
      if (
        a?.type === 'arabic' &&
        a.isInt &&
        !a.blocked &&
        sl?.type === 'slash' &&
        d?.type === 'arabic' &&
        d.isInt &&
        !d.blocked &&
        d.value !== 0 &&
        tokens[after + 4]?.type !== 'slash'
      ) {
        const v = roundSignificant(sign * (num.value + a.value / d.value));
        return { mention: mk(k, after + 4, 'fraction', v, num.tokens), next: after + 4 };
      }
    }
  }
  return undefined;
}
