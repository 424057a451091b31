/**
 * Units a report writes around the number ("PM2.5平均浓度为每立方米20微克"): read as the unit
 * written after it ("20微克/立方米"). Each rewrite keeps the text's length, so positions in the
 * sentence still hold: `before` + `after` is exactly as long as `unit`.
 */
import { FROM_WORDS, TO_VERBS, TO_WORDS } from './milestone-words.js';

export const WRAPPED_UNITS: ReadonlyArray<{ before: string; after: string; unit: string }> = [
  { before: '每立方米', after: '微克', unit: '微克/立方米' },
];

/** Counters a from–to pair may write its counted thing after, on both values: "从15个县(市)扩大到57个县(市)". */
export const PAIRED_NOUN_COUNTERS: readonly string[] = ['个', '家', '所', '项', '座', '条', '户', '支'];
/** The longest counted thing read so: a name of its own is longer. */
const MAX_PAIRED_NOUN = 6;

/**
 * "推动县中托管帮扶从15个县(市)扩大到57个县(市)": the counted thing written after both values of a from–to pair
 * (the same words twice) is blanked, so the pair reads as "从15个…扩大到57个" of the subject before 从. Same length.
 */
export function blankPairedNouns(text: string): string {
  const counters = PAIRED_NOUN_COUNTERS.join('');
  const pair = new RegExp(
    `((?:${FROM_WORDS.join('|')})\\d+(?:\\.\\d+)?[${counters}])([^\\d，,。；;、]{1,${MAX_PAIRED_NOUN}}?)((?:${TO_VERBS.join('|')})(?:${TO_WORDS.join('|')})\\d+(?:\\.\\d+)?[${counters}])\\2`,
    'g',
  );
  return text.replace(
    pair,
    (_m, from: string, noun: string, to: string) => `${from}${' '.repeat(noun.length)}${to}${' '.repeat(noun.length)}`,
  );
}

/** The sentence with every wrapped unit written after its number, the same length as before. */
export function unwrapUnits(text: string): string {
  let out = text;
  for (const { before, after, unit } of WRAPPED_UNITS) {
    if (before.length + after.length !== unit.length) continue;
    out = out.replace(new RegExp(`${before}(\\d+(?:\\.\\d+)?)${after}`, 'g'), (_m, n: string) => `${n}${unit}`);
  }
  return out;
}

/**
 * A count whose measure word, or the place word after it, carries its alternatives in brackets: "超100条（个）幸福河湖",
 * "超5个县（市、区）开展…". The brackets are taken out and as many spaces put before the count (same length), so the
 * count reads with its unit and the thing after it as one name. Only before the thing's words: in a list ("2个县（市）、
 * 124个镇") the brackets stand.
 */
const BRACKETED_ALTERNATIVES =
  /(\d+(?:\.\d+)?[个条座家所项处](?:[县市区镇村])?)([（(][\u4e00-\u9fff](?:、[\u4e00-\u9fff]){0,3}[）)])(?=[\u4e00-\u9fff])/g;

/** The sentence with bracketed alternatives after a count's measure or place word moved out, the same length as before. */
export function blankBracketedAlternatives(text: string): string {
  return text.replace(BRACKETED_ALTERNATIVES, (_m, count: string, brackets: string) => `${' '.repeat(brackets.length)}${count}`);
}
