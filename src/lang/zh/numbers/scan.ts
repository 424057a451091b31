import { toHalfWidth } from './characters.js';
import { fractionAfter } from './fraction.js';
import { type Built, mentionMaker, type ScanText } from './mention-builder.js';
import type { NumberMention, ScanOptions } from './mention.js';
import { AMBIGUOUS_ALONE, BLOCKED_BIGRAMS } from './numerals.js';
import { halfPercent, percentAfter, percentWordBefore, readDiscount } from './percent.js';
import { isNumeralStart, readNumeral, skipSpaces, splitMagnitude } from './read-numeral.js';
import { tokenize } from './tokens.js';

/** Finding every number, fraction and percentage in a text. */

function buildAt(text: ScanText, k: number, opts: Required<ScanOptions>): Built | null {
  const { tokens, s } = text;
  const mk = mentionMaker(text);
  const first = tokens[k];

  if (first.type === 'pctOf') return percentWordBefore(text, k);
  const half = halfPercent(text, k, opts);
  if (half) return half;

  let n = k;
  let sign = 1;
  if (first.type === 'neg' || first.type === 'minus') {
    if (!isNumeralStart(tokens, k + 1)) return null;
    sign = -1;
    n = k + 1;
  }
  if (!isNumeralStart(tokens, n)) return null;

  if (opts.discounts) {
    const d = readDiscount(tokens, n, s);
    if (d) return { mention: mk(k, d.next, 'percent', sign * d.value, d.numeral, { written: sign * d.value, form: '折' }), next: d.next };
  }

  const num = readNumeral(tokens, n, s);
  if (num && 'reject' in num) return { mention: null, next: num.skipTo };
  if (!num) return null;
  const base = sign * num.value;
  const after = num.next;
  const spaced = skipSpaces(tokens, after);
  const fraction = fractionAfter(text, k, num, sign, after, spaced);
  if (fraction !== undefined) return fraction;
  const percent = percentAfter(text, k, num, sign, spaced);
  if (percent) return percent;

  // A plain number.
  if (num.tokens.length === 1) {
    const only = num.tokens[0];
    if (only.type === 'digit' || only.type === 'unit') {
      if (AMBIGUOUS_ALONE.has(only.ch) && sign === 1) return { mention: null, next: after };
      const before = s[only.start - 1] ?? '';
      const afterCh = s[only.end] ?? '';
      if (BLOCKED_BIGRAMS.has(only.ch + afterCh) || BLOCKED_BIGRAMS.has(before + only.ch)) return { mention: null, next: after };
    }
  }
  const split = splitMagnitude(num.tokens, num.value);
  const mention = mk(k, after, 'number', base, num.tokens, { written: sign * split.written, magnitude: split.magnitude });
  return { mention, next: after };
}

const DEFAULTS: Required<ScanOptions> = { discounts: false, scientific: false, latinMultipliers: false, ocrSpaces: true };

/** Finds every number, fraction and percentage in `text`, left to right, without overlaps. */
export function scanNumbers(text: string, options: ScanOptions = {}): NumberMention[] {
  const opts: Required<ScanOptions> = { ...DEFAULTS, ...options };
  const s = toHalfWidth(text);
  const tokens = tokenize(s, text, opts);
  const scanned: ScanText = { tokens, s, o: text };
  const out: NumberMention[] = [];
  let k = 0;
  while (k < tokens.length) {
    const built = buildAt(scanned, k, opts);
    if (!built) {
      k++;
      continue;
    }
    if (built.mention && Number.isFinite(built.mention.value) && Number.isFinite(built.mention.written)) out.push(built.mention);
    k = Math.max(built.next, k + 1);
  }
  return out;
}
