import { GENERIC_SUBJECT_STARTS } from './generic-words.js';
import { cityOfShortName, placeAliases, provinceOf } from './glossary.js';
import { WORDS_OPENING_WITH_PLACE_SUFFIX } from './place-words.js';
import { startsWithAnyOf } from './word-pattern.js';

/** Polite openings before a question's subject: "请问钱塘区…". */
export const QUESTION_OPENERS: readonly string[] = ['请问'];

/** Suffixes of an administrative place name: 区, 县, 市, 省. */
export const PLACE_SUFFIXES: readonly string[] = ['区', '县', '市', '省'];

/**
 * What follows a place name at the head of a question ("某某区的…", "某某市2024年…", "某某县今年GDP").
 * Regex fragments.
 */
export const AFTER_LEADING_PLACE: readonly string[] = [
  '的',
  '在',
  '\\d',
  '今年',
  '去年',
  '全年',
  '上半年',
  '一季度',
  'GDP',
  '经济',
  '地区',
];

/**
 * Place-shaped words that are no place: "全区", "本市", "城区", "新区", "开发区", "园区", "街道", and
 * a count of places ("八个省", "几个市", "各省", "哪个区"), which ranges over places instead of naming one.
 */
export const NOT_A_PLACE_STARTS: readonly string[] = [
  '全',
  '本',
  '我',
  '城',
  '新',
  '开发',
  '园',
  '街',
  '[一二两三四五六七八九十几多\\d]+个',
  '各',
  '哪',
];

const OPENER = `(?:${QUESTION_OPENERS.join('|')})?`;
/** What makes a place suffix part of another word (值 of 市值, 场 of 市场: "北交所总市值去年底多少"). */
const NOT_AFTER_PLACE_SUFFIX = WORDS_OPENING_WITH_PLACE_SUFFIX.map((word) => word.slice(1)).join('');
const LEADING_PLACE = new RegExp(
  `^${OPENER}([\\u4e00-\\u9fff]{2,4}(?:${PLACE_SUFFIXES.join('|')}))(?![${NOT_AFTER_PLACE_SUFFIX}])(?=\\d|[\\u4e00-\\u9fff]{0,2}(?:${AFTER_LEADING_PLACE.join('|')}))`,
);
const NOT_A_PLACE = startsWithAnyOf(NOT_A_PLACE_STARTS);
/** "火星2024年GDP": whatever stands before the year is the subject. */
const SUBJECT_BEFORE_YEAR = new RegExp(`^${OPENER}([\\u4e00-\\u9fff]{2,6})(?=(?:19|20)\\d{2}年)`);
const GENERIC_SUBJECT = startsWithAnyOf(GENERIC_SUBJECT_STARTS);
/**
 * Short and relative years a place name also stands before ("安微24年", "江书去年"): too loose to
 * call what stands there an unknown place ("连续10年"), but enough to read a one-character typo of
 * a known one.
 */
export const SHORT_YEAR_AFTER_SUBJECT: readonly string[] = ['\\d{2}年', '今年', '去年', '前年', '明年'];
/** The relative years of SHORT_YEAR_AFTER_SUBJECT, which name no count of years ("连续10年" is one). */
export const RELATIVE_YEAR_AFTER_SUBJECT = new RegExp(SHORT_YEAR_AFTER_SUBJECT.filter((y) => !y.includes('\\d')).join('|'), 'g');
/** A part of a question that ends in its year ("钱塘24年", "浙江去年"): the place and the time asked, no thing listed. */
export const TIME_ONLY_PART = new RegExp(`(?:\\d{2,4}年|${SHORT_YEAR_AFTER_SUBJECT.filter((year) => !year.includes('\\d')).join('|')})$`);
const SUBJECT_BEFORE_SHORT_YEAR = new RegExp(`^${OPENER}([\\u4e00-\\u9fff]{2,4}?)(?=${SHORT_YEAR_AFTER_SUBJECT.join('|')})`);

/** A place-shaped name heading the question ("某某区2024年…"), unless it is 全区, 新区 and the like. */
export function leadingPlaceName(question: string): string | null {
  const m = LEADING_PLACE.exec(question);
  return m && !NOT_A_PLACE.test(m[1]) ? m[1] : null;
}

/** The words before the question's year ("火星" in "火星2024年GDP"), unless they are generic. */
export function subjectBeforeYear(question: string): string | null {
  const m = SUBJECT_BEFORE_YEAR.exec(question);
  return m && !GENERIC_SUBJECT.test(m[1]) ? m[1] : null;
}

// "火星上的GDP": where the subject is (上, 里) is no part of its name.
const SUBJECT_BEFORE_INDICATOR = new RegExp(`^${OPENER}([\\u4e00-\\u9fff]{2,4}?)(?:[上里])?(?:的)?$`);

/**
 * The words before the question's indicator when it opens with them ("火星" in "火星GDP多少"),
 * unless they are generic: where a place stands when no year does.
 */
export function subjectBeforeIndicator(question: string, indicatorNames: readonly string[]): string | null {
  for (const name of indicatorNames) {
    const at = question.indexOf(name);
    if (at <= 0) continue;
    const before = SUBJECT_BEFORE_INDICATOR.exec(question.slice(0, at));
    // A year before the indicator ("某地去年GDP") is read by the year rules, not as a name.
    if (before && !GENERIC_SUBJECT.test(before[1]) && !before[1].includes('年')) return before[1];
  }
  return null;
}

/** The words before a short or relative year ("安微" in "安微24年新增就业"), unless generic. */
/** "那琼海呢", "三亚的呢": a follow-up of a name alone, which stands where a place stands (read as a city's short name only). */
const FOLLOW_UP_SUBJECT = /^(?:那|那么)?([\u4e00-\u9fff]{2,4}?)(?:的)?呢[？?。!！]*$/;

/** The name a follow-up of a name alone asks of ("琼海" of "那琼海呢"), or null. */
export function subjectOfFollowUp(question: string): string | null {
  return FOLLOW_UP_SUBJECT.exec(question.trim())?.[1] ?? null;
}

export function subjectBeforeShortYear(question: string): string | null {
  const m = SUBJECT_BEFORE_SHORT_YEAR.exec(question);
  // "从江去年接待了多少游客": a county's short name is a place though it opens with a generic word (从).
  return m && (!GENERIC_SUBJECT.test(m[1]) || cityOfShortName(m[1]) !== undefined) ? m[1] : null;
}

/** Longest and shortest short names a city is written by right after its province ("江苏昆山", "广东东莞"). */
const CITY_SHORT_LENGTHS = [4, 3, 2];

/**
 * The cities written by their short names right after their own province's name ("江苏昆山GDP": 昆山市 within 江苏省), as
 * where a place stands; a short name another province's city holds, or no city's, is none.
 */
export function citiesAfterProvince(text: string, province: string): string[] {
  const found: string[] = [];
  for (const name of [province, ...placeAliases(province)].filter((n) => /^[\u4e00-\u9fff]{2,}$/.test(n))) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const after = at + name.length;
      const city = CITY_SHORT_LENGTHS.map((n) => cityOfShortName(text.slice(after, after + n))).find(
        (c) => c !== undefined && provinceOf(c) === province,
      );
      if (city && !found.includes(city)) found.push(city);
    }
  }
  return found;
}
