import { GROWTH_ONLY_NAMES, INCREMENT_SUFFIXES } from '../lang/zh/figure-words.js';
import { FROM_PATTERN } from '../lang/zh/milestone-words.js';
import { SHARE_NAME } from '../lang/zh/share-words.js';
import { TRAILING_PARENTHESIS } from '../lang/zh/punctuation.js';
import { MONEY_UNIT, PERCENT_UNITS, unitMeasure } from '../lang/zh/units.js';
import type { Figure } from './figure-schema.js';
import { PER_HEAD_NAME } from '../lang/zh/level-question-words.js';

/**
 * "城镇居民人均可支配收入增长4.5%，农村居民增长6.1%": a subject that ends with a word of the previous figure's name, in the
 * same measure, and leaves out what that name writes after the word, measures the same (农村居民人均可支配收入). A
 * parenthesis after the subject ("散居孤儿（含…）从1484元提高到1536元") is left out of the name so made.
 */
export function withElidedMeasure(
  previous: Pick<Figure, 'unit' | 'shape'> | undefined,
  previousSubject: string,
  unit: string,
  name: string,
): string {
  // A from–to's start keeps its 从 last ("农村居民从"), for the pair to be cut at: matched without it, kept after.
  const from = FROM_PATTERN.exec(name);
  const subject = previousSubject.replace(FROM_PATTERN, '');
  const bare = from ? name.slice(0, from.index) : name;
  const own = bare.replace(TRAILING_PARENTHESIS, '');
  // After a share, a gap or another shape, the words after the shared one name that shape, not a measure.
  if (!previous || previous.shape || subject.length <= own.length || !sameMeasureUnit(previous.unit, unit)) return name;
  for (let n = Math.min(own.length - 1, MAX_SHARED_HEAD); n >= MIN_SHARED_HEAD; n--) {
    const at = subject.indexOf(own.slice(-n));
    if (at <= 0) continue;
    const rest = subject.slice(at + n);
    // "“四上”企业净增3193户、超2.4万户": an increment word after the shared word is no measure left out.
    const measures =
      rest.length >= MIN_SHARED_HEAD && !own.includes(rest) && !NOT_A_MEASURE.some((w) => rest.endsWith(w)) && !SHARE_NAME.test(rest);
    return measures ? `${own}${rest}${from ? from[0] : ''}` : name;
  }
  return name;
}

/** Words after the shared word that say how it changed, not what is measured. */
const NOT_A_MEASURE: readonly string[] = [...INCREMENT_SUFFIXES, ...GROWTH_ONLY_NAMES];

/** The word a subject and the previous name share ("居民", "孤儿", "制造业"), this long. */
const MIN_SHARED_HEAD = 2;
const MAX_SHARED_HEAD = 4;

/**
 * Two units of one measure, a rate or an amount of money (万元, 元): a count's shared word is the thing counted itself
 * ("试点推行20家博物馆延时开放，新增15家备案博物馆": the museums added are no 延时开放), never a measure left out.
 */
function sameMeasureUnit(a: string, b: string): boolean {
  if (PERCENT_UNITS.has(a) || PERCENT_UNITS.has(b)) return a === b;
  const measure = unitMeasure(a);
  return measure.startsWith(MONEY_UNIT) && measure === unitMeasure(b);
}

/**
 * "有效发明专利拥有量18000件、高价值发明专利拥有量6900件、每万人拥有量58件": a per-head name whose measure ends the names
 * before it in the same unit counts the thing those names share (每万人发明专利拥有量), not 拥有量 of nothing. Only the
 * run the earlier names end in alike is added, never a word one of them alone writes (有效, 高价值).
 */
export function withElidedPerHeadSubject(before: readonly Pick<Figure, 'indicator' | 'unit'>[], unit: string, name: string): string {
  const head = PER_HEAD_START.exec(name);
  if (!head) return name;
  const measure = name.slice(head[0].length);
  if (measure.length < MIN_SHARED_HEAD) return name;
  // The figures right before, in the same unit, whose names end in the measure.
  const alike: string[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const f = before[i];
    if (f.unit !== unit || !f.indicator.endsWith(measure) || f.indicator.length <= measure.length) break;
    alike.push(f.indicator);
  }
  if (!alike.length) return name;
  const shared = alike.reduce(commonEnd);
  // "人均地区生产总值从9万元提高到11万元": names already per head are the same figure's, no subject left out.
  return shared.length > measure.length && !PER_HEAD_NAME.test(shared) ? `${head[0]}${shared}` : name;
}

/** A name that opens with a per-head word and writes nothing before it. */
const PER_HEAD_START = new RegExp(`^(?:${PER_HEAD_NAME.source})`);

function commonEnd(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return a.slice(a.length - n);
}
