/** Verdicts rankings and trends share: who leads together, and which of two years is higher. */
import { message } from '../messages.js';

/** How many lead the ranking together: the first and those with its very value, worded alike ("并列"). */
export function tiedAtTop(ranked: readonly Worded[]): number {
  const top = ranked[0];
  const tied = ranked.findIndex((r) => !top || !tiedWith(r, top));
  return tied < 0 ? ranked.length : tied;
}

/**
 * Whether two ranked values are tied: the same number, the same range of their own and the same
 * wording around it. "5%" and "4.5–5%" rank at 5 but are not tied: the range reaches lower.
 */
function tiedWith(a: Worded, b: Worded): boolean {
  return a.value === b.value && tieOrder(a, b, false) === 0 && tieOrder(a, b, true) === 0;
}

/** A year's value as compared, with the range it is written as, if any ("5%—5.5%"), in the value's own scale. */
export interface YearValue {
  year: number;
  value: number;
  range?: ValueSpan;
}

/**
 * Which of two years is higher, or that they are the same ("均为5.5%"), like for like. A range is its two ends: "5%—5.5%"
 * beside "5.5%左右" shares the upper end and reaches lower, so it is the lower, never the same.
 */
export function yearsVerdict(older: YearValue, newer: YearValue, lang: 'zh' | 'en'): string {
  const order = spanOrder(newer.range ?? { low: newer.value, high: newer.value }, older.range ?? { low: older.value, high: older.value });
  if (order === 0) return message('yearsSame', lang, { year: newer.year, than: older.year });
  return message(order > 0 ? 'yearsHigher' : 'yearsLower', lang, { year: newer.year, than: older.year });
}

/** A value's two ends: a range's ("5%—5.5%"), or a bare value's own. */
export interface ValueSpan {
  low: number;
  high: number;
}

/**
 * Which of two values is higher, each taken as its two ends: the upper ends decide, then the lower ("5%—5.5%" is below
 * "5.5%左右", which shares its upper end and does not reach as low). 1 when `a` is higher, -1 when lower, 0 when the same.
 */
export function spanOrder(a: ValueSpan, b: ValueSpan): -1 | 0 | 1 {
  if (a.low === b.low && a.high === b.high) return 0;
  const higher = a.high !== b.high ? a.high > b.high : a.low > b.low;
  return higher ? 1 : -1;
}

/** A value as shown: its number in the unit written. */
export interface ShownAmount {
  value: number;
  unit: string;
}

/**
 * The newer year's value less the older's, in the newer's unit, rounded to the places the two are
 * written with: "多0.5万亿元", "高0.3个百分点" (for rates). Said to be a subtraction of the two
 * cited figures, since the reports do not state it.
 */
export function yearsDifference(older: ShownAmount, newer: ShownAmount, lang: 'zh' | 'en'): string {
  if (older.unit !== newer.unit) return '';
  const places = Math.max(decimals(older.value), decimals(newer.value));
  const difference = Number((newer.value - older.value).toFixed(places));
  if (difference === 0) return '';
  const rate = newer.unit === '%';
  return message('yearsDifference', lang, { more: difference > 0, amount: Math.abs(difference), unit: newer.unit, rate });
}

function decimals(value: number): number {
  return String(value).split('.')[1]?.length ?? 0;
}

/** What a ranked value carries besides its number: the words around it and its range. */
interface Worded {
  value: number;
  qualifier?: string;
  range?: { low: number; high: number };
}

/** Words that put a value above or below the same bare number: "5%以上" over "5%左右" over "5%以内". */
const QUALIFIER_STANDING: Readonly<Record<string, number>> = { 以上: 1, 超过: 1, 多: 1, 左右: 0, 以内: -1, 以下: -1, 不到: -1 };

/**
 * The order of two values ranked at one number: for the highest, the one whose range reaches lower
 * ("5–5.5%" after "5.5%左右") and the one worded lower ("5%左右" after "5%以上") go after; for the lowest,
 * the reverse. 0 when they are worded alike.
 */
export function tieOrder(a: Worded, b: Worded, lowest: boolean): number {
  // A range counts only when it is the ranked value's own (a growth ranked from a level's change is not in it).
  const own = (w: Worded) => (w.range && w.range.low <= w.value && w.value <= w.range.high ? w.range : null);
  const low = (w: Worded) => own(w)?.low ?? w.value;
  const high = (w: Worded) => own(w)?.high ?? w.value;
  const standing = (w: Worded) => QUALIFIER_STANDING[w.qualifier ?? ''] ?? 0;
  return lowest ? high(a) - high(b) || standing(a) - standing(b) : low(b) - low(a) || standing(b) - standing(a);
}

/**
 * The places after the leaders ("其后"), those with one and the same value grouped and said to be tied:
 * "上海市 5%左右 [4]、北京市 5%左右 [5]（并列）". `items[i]` is the text of `ranked[i]`.
 */
export function othersWithTies(ranked: readonly Worded[], items: readonly string[], from: number, lang: 'zh' | 'en'): string[] {
  const out: string[] = [];
  for (let i = from; i < items.length; ) {
    let j = i + 1;
    while (j < items.length && tiedWith(ranked[j], ranked[i])) j++;
    out.push(j - i > 1 ? message('rankingTiedGroup', lang, { items: items.slice(i, j) }) : items[i]);
    i = j;
  }
  return out;
}
