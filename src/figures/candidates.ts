/**
 * Candidate finding: the numbers of a sentence that may be figures, each with its unit, magnitude,
 * qualifiers and the noun it may count. Numbers in quoted names, list numbers, ordinals, dates and
 * ranks are left out.
 */
import type { NumberMention } from '../lang/zh/chinese-number.js';
import {
  COUNTED_BOUND_VERBS,
  LEVEL_ITEM_NOUN_AFTER,
  LEVEL_ONLY_ITEM,
  VERB_COMPLEMENTS,
  MILESTONE_NAME,
  NOUN_LINK,
  NOT_NOUN_START,
  NOUNS_OPENED_BY_OTHER_WORDS,
  NOUN_ENDS,
  NOUN_ENDS_BEFORE_VALUE,
  NOUN_TAIL_LONG,
  NOUN_TAIL_SHORT,
  RANK_AFTER,
  RANK_BEFORE,
} from '../lang/zh/figure-words.js';
import { CLAUSE_DELIMITERS, MAX_QUOTED_NAME, QUOTE_PAIRS } from '../lang/zh/punctuation.js';
import { COUNTING_WORDS } from '../lang/zh/counted-before-words.js';
import { STREAK_COUNTED_UNITS, STREAK_OPENING } from '../lang/zh/span-words.js';
import { RATE_OF_HOLDERS_DOING, RATE_OF_HOLDERS_SCOPE } from '../lang/zh/share-words.js';
import { APPROXIMATE_COUNT, APPROXIMATE_OPENED_WORDS, approximateAt, OPEN_BOUND_STARTS, POST_QUALIFIER } from '../lang/zh/qualifiers.js';
import {
  AGE_BOUND,
  AGE_OPENED_NOUN,
  AGE_UNITS,
  DURATION_NAME,
  DURATION_NAME_REACH,
  DURATION_UNIT,
  CALENDAR_YEAR,
  CHINESE_AMOUNT_CHARACTERS,
  CHINESE_RATE_FORMS,
  HALF,
  MAGNITUDE,
  MAGNITUDE_IN_PERCENT,
  MEASURE_UNITS,
  NAME_BOUND_AFTER,
  NAME_BOUND_UNITS,
  KINDS_OF_NEXT_COUNT_UNITS,
  ROUND_THE_CLOCK_AFTER,
  ROUND_THE_CLOCK_UNITS,
  NOT_AMOUNT_AFTER,
  NOT_RATE_FORMS,
  NOT_UNIT_NEXT,
  PERCENT_FORM_UNITS,
  POINTS_UNIT,
  POINTS_WRITTEN_ONCE,
  PLAIN_TENTHS,
  TENTHS_WORD_NEXT,
  TENTHS_FORM,
} from '../lang/zh/units.js';
import { type Candidate, isCjk, MAX_INDICATOR } from './types.js';
import { clip } from './indicator-naming.js';

/** "10亿元以上": a post-qualifier that opens a bound, so the value may qualify the noun after it. */
function opensBound(post: string | undefined): boolean {
  return post !== undefined && OPEN_BOUND_STARTS.some((s) => post.startsWith(s));
}

function inQuotes(_w: string, pos: number, spans: ReadonlyArray<[number, number]>): boolean {
  return spans.some(([a, b]) => pos > a && pos < b);
}

export function quoteSpans(w: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const a = w.indexOf(open, from);
      if (a < 0) break;
      const b = w.indexOf(close, a + 1);
      if (b < 0) break;
      if (b - a <= MAX_QUOTED_NAME) spans.push([a, b]);
      from = b + 1;
    }
  }
  return spans;
}

export function unitAt(w: string, j: number): string {
  for (const u of MEASURE_UNITS) {
    if (!w.startsWith(u, j)) continue;
    const blocked = NOT_UNIT_NEXT[u];
    // A unit that ends the text has no next character to block it ("完成土方3万方").
    const next = w[j + u.length];
    if (next !== undefined && blocked?.includes(next)) return '';
    return u;
  }
  return '';
}

/** How far an age bound opening a noun reaches ("12周岁及以下"). */
const AGE_OPENING_REACH = 10;

/** One or two Latin letters right before a Chinese character: "A类", "AAA级". */
const LATIN_OPENED_NOUN = /^[A-Za-z]{1,2}[\u4e00-\u9fff]/;

/** "7000个农村4G/5G基站": a mobile network's generation is a digit of the noun's name, not the next value. */
const NETWORK_GENERATION = /^[2-6]G(?![A-Za-z])/;

function followingNounAt(w: string, j: number, afterQualifier = false): string {
  // "70%以上的区级河道": after a qualifier, 的 introduces the thing measured.
  if (afterQualifier && w[j] === NOUN_LINK) j++;
  // "惠及超50万名3岁以下婴幼儿": an age bound opens the noun counted.
  const age = AGE_OPENED_NOUN.exec(w.slice(j, j + AGE_OPENING_REACH))?.[0] ?? '';
  if (age) {
    const noun = followingNounAt(w, j + age.length);
    return noun ? age + noun : '';
  }
  const first = w[j];
  if (first === undefined) return '';
  // "3个A类飞行服务站": a Latin letter that opens a Chinese noun ("A类", "B级") opens the noun too.
  if (!isCjk(first) && first !== '“' && !LATIN_OPENED_NOUN.test(w.slice(j, j + 3))) return '';
  // "45个多功能运动场": a noun opened by an approximate count's character is still a noun.
  if (
    NOT_NOUN_START.includes(first) &&
    !APPROXIMATE_OPENED_WORDS.some((word) => w.startsWith(word, j)) &&
    !NOUNS_OPENED_BY_OTHER_WORDS.some((word) => w.startsWith(word, j))
  )
    return '';
  let k = j;
  let out = '';
  // Read to the clause's end (twice a name's length at most), then clipped to its head: "5个具有Ⅱ级水平的州（市）级儿童急诊或
  // 重症学科" names 州(市)级儿童急诊或重症学科, not a cut "…重症学".
  // "4个“152”项目": a number inside quotes is part of the name (a programme named by its digits), not the next value.
  let quoted = false;
  while (k < w.length && out.length < 2 * MAX_INDICATOR) {
    const c = w[k];
    if (CLAUSE_DELIMITERS.has(c) || c === '、' || (c >= '0' && c <= '9' && !quoted && !NETWORK_GENERATION.test(w.slice(k)))) break;
    if (c === '“') quoted = true;
    else if (c === '”') quoted = false;
    out += c;
    k++;
  }
  // "建成超1.6万个户外劳动者“爱心驿站”的公益服务和管理机制": a name in quotes then 的 is the thing counted; what follows
  // the 的 is something of theirs.
  const namedThenOwn = QUOTED_NAME_THEN_LINK.exec(out);
  if (namedThenOwn && namedThenOwn.index > 0) out = out.slice(0, namedThenOwn.index + 1);
  if (out.length > MAX_INDICATOR) out = clip(out);
  // "4场开、闭幕式", "11项部、省改革试点": a one-character item shares the next item's tail.
  if (out.length === 1 && w[k] === '、' && isCjk(w[k + 1])) {
    let e = k + 1;
    while (e < w.length && e - k < MAX_INDICATOR && !CLAUSE_DELIMITERS.has(w[e]) && w[e] !== '、') e++;
    if (e - k > 2) out += w.slice(k + 2, e);
  }
  // "建成8个国家级、13个省级区域医疗中心": a level alone counts the noun of the next item's level.
  if (LEVEL_ONLY_ITEM.test(out) && w[k] === '、') {
    const next = LEVEL_ITEM_NOUN_AFTER.exec(w.slice(k + 1, k + 1 + 2 * MAX_INDICATOR));
    if (next) out += next[1];
  }
  // The noun ends where the clause's own verb or rate begins: "…工程项目投资完成率174.7%".
  const cut = NOUN_ENDS.exec(out);
  if (cut && cut.index > 0) out = out.slice(0, cut.index);
  const valueNext = k < w.length && w[k] >= '0' && w[k] <= '9';
  const cutBeforeValue = valueNext ? NOUN_ENDS_BEFORE_VALUE.exec(out) : null;
  if (cutBeforeValue && cutBeforeValue.index > 0) out = out.slice(0, cutBeforeValue.index);
  // "跃上1.4万亿斤新台阶": the step passed is no noun the number counts.
  if (MILESTONE_NAME.test(out)) return '';
  return out.length > 2 ? out.replace(NOUN_TAIL_LONG, '') : out.replace(NOUN_TAIL_SHORT, '');
}

/**
 * The rest of a clause after a rate's 的, numbers included ("公园实现24小时开放"): what the rate is the share of.
 * Empty when no noun opens it.
 */
function attributedClause(w: string, j: number): string {
  const first = w[j];
  if (first === undefined || !isCjk(first) || NOT_NOUN_START.includes(first)) return '';
  let k = j;
  // "74.6%的规模工业增加值和40%左右的税收": a joiner before the next number ends this share's noun.
  while (
    k < w.length &&
    k - j < MAX_INDICATOR &&
    !CLAUSE_DELIMITERS.has(w[k]) &&
    w[k] !== '、' &&
    !JOINER_BEFORE_NUMBER.test(w.slice(k, k + 2))
  )
    k++;
  return w.slice(j, k).replace(NOUN_TAIL_LONG, '');
}

/** A closing quote then 的, in a noun after a count: "户外劳动者“爱心驿站”的…". */
const QUOTED_NAME_THEN_LINK = new RegExp(`”${NOUN_LINK}`);

/** Whether a number follows in the rest of the clause from j. */
function numberLaterInClause(w: string, j: number): boolean {
  for (let k = j; k < w.length && !CLAUSE_DELIMITERS.has(w[k]); k++) if (w[k] >= '0' && w[k] <= '9') return true;
  return false;
}

/** A joining word right before a number: the next figure of a list starts there. */
const JOINER_BEFORE_NUMBER = /^[和及与]\d/;

/** "1270多万", "30余亿": an arabic amount, its approximation, then its magnitude. */
const ROUGH_MAGNITUDE = new RegExp(`^(\\d+(?:\\.\\d+)?)([${APPROXIMATE_COUNT.join('')}])([万亿]+)$`);

/**
 * A list number opens its sentence ("1.", "(2)"): nothing but spaces and "(" before it. `textStart`
 * is where the sentence's first other character stands, found once per sentence: re-reading the
 * text before every number made a long sentence quadratic.
 */
function isListNumber(w: string, m: NumberMention, textStart: number): boolean {
  if (m.script !== 'arabic' || !Number.isInteger(m.value)) return false;
  if (m.start > textStart) return false;
  const next = w[m.end];
  return next === '.' || next === '、' || next === ')' || next === ' ' || next === undefined;
}

/** The dashes a number scanner may take for a minus sign. */
const DASHES = '-—–';

/**
 * "100亿元-120亿元": a dash right after the value before is a range's dash, not the second value's
 * minus sign (the scanner, reading one number at a time, takes it for one). The mention is given
 * back without it, so the range joiner between the two values is seen.
 */
function withoutRangeDash(w: string, m: NumberMention, before: Candidate | undefined): NumberMention {
  // Only a negative mention starts at a dash.
  if (before === undefined || !DASHES.includes(w[m.start])) return m;
  if (w.slice(before.end, m.start).trim() !== '') return m;
  return { ...m, start: m.start + 1, text: m.text.slice(1), value: -m.value, written: -m.written };
}

/** The magnitude character that also starts a unit: 兆 of 兆瓦. */
const MEGA = '兆';

/** "1.2万亿亿元", "3亿亿": doubled magnitudes no report means; a typo is no figure to read. */
function knownMagnitude(magnitude: string): boolean {
  return magnitude === '' || MAGNITUDE[magnitude] !== undefined;
}

export function candidatesOf(w: string, mentions: readonly NumberMention[], quotes: ReadonlyArray<[number, number]>): Candidate[] {
  const out: Candidate[] = [];
  const firstContent = w.search(/[^\s(]/);
  const textStart = firstContent < 0 ? w.length : firstContent;
  for (const scanned of mentions) {
    const m = withoutRangeDash(w, scanned, out[out.length - 1]);
    if (m.ordinal || m.kind === 'fraction') continue;
    if (inQuotes(w, m.start, quotes)) continue;
    if (w[m.start - 1] === '+' || w[m.end] === '+' || w[m.start - 1] === '#') continue;
    if (isListNumber(w, m, textStart)) continue;
    // Reports do not space out numerals; only OCR splits a decimal ("38 .3%"), and the scanner mends that.
    // Thousands set apart by a space ("3 000万元") are one numeral: the scanner reads them so.
    if (/\s/.test(m.text.replace(/(\d) *\. *(\d)/g, '$1.$2').replace(/(\d)[ \u2009\u00a0](?=\d{3}(?!\d))/g, '$1'))) continue;
    const percentLike = m.kind === 'percent' || m.kind === 'percentagePoint';
    // "百分之3万" is no percentage a report writes.
    if (percentLike && MAGNITUDE_IN_PERCENT.test(m.text)) continue;
    if (percentLike) {
      const value = m.written;
      const form = m.form ?? '';
      if (NOT_RATE_FORMS.includes(form)) continue;
      const unit = PERCENT_FORM_UNITS[form] ?? '%';
      // Only a plain "七成": in "七成六" the written value is nowhere in the text.
      if (
        form === TENTHS_FORM &&
        (m.written * 10 !== m.value ||
          !PLAIN_TENTHS.test(m.text.replace(/\s/g, '')) ||
          HALF.test(m.text) ||
          TENTHS_WORD_NEXT.test(w.slice(m.end)))
      )
        continue;
      if (m.script !== 'arabic' && !CHINESE_RATE_FORMS.includes(form)) continue;
      let end = m.end;
      const post = POST_QUALIFIER.exec(w.slice(end))?.[0];
      if (post) end += post.length;
      const modifier = opensBound(post) && followingNounAt(w, end) !== '';
      // "70%村卫生室实现与乡镇卫生院一体化管理": the share of the things the rest of the clause says did it, without 的.
      const holdersDoing =
        w[end] !== NOUN_LINK && RATE_OF_HOLDERS_SCOPE.test(w.slice(0, m.start)) && RATE_OF_HOLDERS_DOING.test(w.slice(end))
          ? attributedClause(w, end)
          : '';
      const shareOf = (!post && w[end] === NOUN_LINK ? attributedClause(w, end + 1) : '') || holdersDoing;
      out.push({
        m,
        start: m.start,
        end,
        value,
        unit,
        magnitude: '',
        post,
        modifier: modifier && !holdersDoing,
        // "89.4%的公园实现24小时开放": a bare rate before 的 is the share of the things the rest of the clause describes.
        // "40%左右的税收", "70%以上的区级河道": after a qualifier, 的 opens the thing the rate is a share of too.
        ...(shareOf
          ? { followingNoun: shareOf, shareOfFollowing: true }
          : {
              followingNoun: followingNounAt(w, end, post !== undefined),
              ...(post && w[end] === NOUN_LINK ? { shareOfFollowing: true } : {}),
            }),
      });
      continue;
    }
    // A plain number: Chinese numerals only as real amounts (十二万), never 三次 or 一批.
    // …or points written once for a pair ("分别提高十二个和3个百分点").
    const chineseAmount = m.text.length >= 2 && CHINESE_AMOUNT_CHARACTERS.test(m.text);
    if (m.script === 'chinese' && !chineseAmount && !(!m.magnitude && POINTS_WRITTEN_ONCE.test(w.slice(m.end)))) continue;
    if (m.start > 0 && w[m.start - 1] === RANK_BEFORE && RANK_AFTER.test(w.slice(m.end))) continue;
    const rest = w.slice(m.end);
    // "平均受教育年限从13.5年提高到14年": years counted after a name of a duration are its amount, not a date.
    const duration =
      rest.startsWith(DURATION_UNIT) &&
      !CALENDAR_YEAR.test(m.text) &&
      DURATION_NAME.test(w.slice(Math.max(0, m.start - DURATION_NAME_REACH), m.start));
    if (NOT_AMOUNT_AFTER.test(rest) && !duration) continue;
    // "连续24个月": a streak's length, read with the streak (streak-lengths.ts), no amount of its own.
    if (STREAK_OPENING.test(w.slice(0, m.start)) && STREAK_COUNTED_UNITS.some((u) => rest.startsWith(u))) continue;
    const pointsOnce = !m.magnitude ? POINTS_WRITTEN_ONCE.exec(rest) : null;
    if (pointsOnce) {
      // "高于全省2.2个和3.7个百分点": points, like the value after it.
      const end = m.end + pointsOnce[0].length;
      out.push({ m, start: m.start, end, value: m.written, unit: POINTS_UNIT, magnitude: '', modifier: false, followingNoun: '' });
      continue;
    }
    // "300兆瓦": the scanner reads 兆 as a magnitude (10^12); here it starts the unit (megawatt).
    const unitInMagnitude = m.magnitude.endsWith(MEGA) && unitAt(w, m.end - MEGA.length) !== '';
    let j = unitInMagnitude ? m.end - MEGA.length : m.end;
    if (w[j] === ' ') j++;
    // "1270多万人": the scanner reads 多万 as part of the numeral; the report wrote 1270万 and more.
    const roughly = ROUGH_MAGNITUDE.exec(m.text);
    let approx: string | undefined = roughly?.[2];
    const written = roughly ? Number(roughly[1]) : m.written;
    const magnitude = roughly ? roughly[3] : unitInMagnitude ? m.magnitude.slice(0, -MEGA.length) : m.magnitude;
    if (!knownMagnitude(magnitude)) continue;
    if (!roughly && approximateAt(w, j)) {
      approx = w[j];
      j++;
    }
    const word = duration ? DURATION_UNIT : unitAt(w, j);
    if (AGE_UNITS.includes(word) && AGE_BOUND.test(w.slice(j + word.length))) continue;
    // "50米内换乘比例达91%": a bound inside the name the clause's figure measures, not a figure of its own.
    if (!magnitude && NAME_BOUND_UNITS.includes(word) && NAME_BOUND_AFTER.test(w.slice(j + word.length))) continue;
    if (KINDS_OF_NEXT_COUNT_UNITS.includes(word) && /^\d/.test(w.slice(j + word.length))) continue;
    // "公园实现24小时开放": hours that say a service never closes, not an amount.
    if (!magnitude && ROUND_THE_CLOCK_UNITS.includes(word) && ROUND_THE_CLOCK_AFTER.test(w.slice(j + word.length))) continue;
    j += word.length;
    const post = POST_QUALIFIER.exec(w.slice(j))?.[0] ?? approximateAt(w, j);
    if (post) j += post.length;
    const unit = magnitude + word;
    // "年营收10亿元以上企业", "30户以上自然村", "新开工10亿元以上项目": a bound on the noun after it, no figure. "新增3000个
    // 以上自然村通硬化路": things counted after the verb, at least that many.
    const before = w.slice(0, m.start);
    const complement = VERB_COMPLEMENTS.find((c) => before.endsWith(c)) ?? '';
    const verbEnd = before.slice(0, before.length - complement.length);
    const countedAfterVerb = !magnitude && COUNTING_WORDS.includes(word) && COUNTED_BOUND_VERBS.some((v) => verbEnd.endsWith(v));
    // "村集体经济经营性收入50万元以上的行政村占比达68%": an amount's bound then 的 picks out the things the clause goes on to
    // count or measure, no figure of its own either. (A rate is read above: "70%以上的区级河道" is a share of them.)
    const boundsThingsMeasured = w[j] === NOUN_LINK && followingNounAt(w, j, true) !== '' && numberLaterInClause(w, j);
    const modifier = opensBound(post) && (followingNounAt(w, j) !== '' || boundsThingsMeasured) && !countedAfterVerb;
    out.push({
      m,
      start: m.start,
      end: j,
      value: written,
      unit,
      magnitude,
      post,
      approx,
      modifier,
      followingNoun: word || magnitude ? followingNounAt(w, j) : '',
      // "组建总规模1000亿元的省…引导基金": the noun an amount is attributed to by the 的 after it.
      ...(w[j] === NOUN_LINK ? { attributedTo: attributedClause(w, j + 1) } : {}),
    });
  }
  return out;
}
