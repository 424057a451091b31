import { CHINESE_YEAR_DIGITS, FIVE_YEAR_PLANS, type FiveYearPlan, planByName } from './five-year-plans.js';
import { alternation } from './regexp.js';

/**
 * How reports name the period they speak of: a year in Chinese digits, a five-year plan and its
 * first or last year, the five years looked back on, a part of the year.
 */

/**
 * A year in Arabic digits: "2024年", or without 年 right before a plan's title ("2024国民经济和社会
 * 发展计划", "2024经济社会…", "2024社会…").
 */
export const ARABIC_YEAR = /(?<!\d)(20\d{2}|19\d{2})(?:年|(?=[国经社]))/g;

/** A year written in Chinese digits: "二〇三五年". */
export const CHINESE_YEAR = new RegExp(`([${Object.keys(CHINESE_YEAR_DIGITS).join('')}]{4})年`, 'g');

/** The digit after 十 in a plan's name: 一 … 六 for 十一五 … 十六五. */
const PLAN_ORDINAL_UNITS = `[${FIVE_YEAR_PLANS.map((p) => p.ordinal.slice(1)).join('')}]`;

/** A plan's name and its long form: "十四五", "第十四个五年规划"; the group is the ordinal's unit. */
export const PLAN_NAME = new RegExp(`(?:第)?十(${PLAN_ORDINAL_UNITS})(?:个)?五(?:年规划)?`, 'g');

/** The plan whose ordinal's unit a PLAN_NAME or OPENING_PLAN_NAME match caught: "四" → 十四五. */
export function planOfOrdinalUnit(unit: string): FiveYearPlan | undefined {
  return planByName(`十${unit}五`);
}

/** A PLAN_NAME match is a plan's name in its short form ("十四五") or long form ("第十四个五年规划"), not "十一五年". */
export function isPlanName(matched: string): boolean {
  return matched.length === 3 || matched.includes('五年');
}

/** Nouns that may stand between a plan's name and the words about its years: "“十四五”时期圆满收官". */
export const PLAN_NAME_NOUNS: readonly string[] = ['时期', '规划'];

/** Words after a plan's name that make it the plan's first year: "推动“十五五”开好局、起好步". */
export const PLAN_START_WORDS: readonly string[] = ['开好局', '起好步', '开局', '开篇', '首年', '第一年'];

/** Words after a plan's name that make it the plan's last year: "“十四五”圆满收官". */
export const PLAN_END_WORDS: readonly string[] = ['收官', '收好官', '最后一年', '决胜'];

function afterPlanName(words: readonly string[]): RegExp {
  return new RegExp(`^[”"」』]?(${alternation(PLAN_NAME_NOUNS)})?[^，。；]{0,6}(${alternation(words)})`);
}

/** The text right after a plan's name speaks of its first year. */
export const PLAN_START = afterPlanName(PLAN_START_WORDS);
/** The text right after a plan's name speaks of its last year. */
export const PLAN_END = afterPlanName(PLAN_END_WORDS);

/** Words after a plan's name that make it the span looked back on: "“十四五”时期以来，…". */
export const PLAN_SPAN_NOUNS: readonly string[] = ['时期', '期间'];

/** A plan named as a time in a question ("那十四五期间呢", "“十五五”时期"): a slot, like a year written. */
const PLAN_AS_TIME = new RegExp(`“?十(?:${PLAN_ORDINAL_UNITS})五”?(?:${alternation(PLAN_SPAN_NOUNS)})?`, 'g');

/** The plan names a question writes as its time, as written. */
export function planPhrasesIn(question: string): string[] {
  return question.match(PLAN_AS_TIME) ?? [];
}

/** A paragraph that opens with a plan's name as the time it reviews: "“十四五”时期，…". */
export const OPENING_PLAN_NAME = new RegExp(`^“?十(${PLAN_ORDINAL_UNITS})五”?(?:${alternation(PLAN_SPAN_NOUNS)})?(?:以来)?[，,]`);

/** Openers of a review of the five years just ended: "过去五年，…", "五年来，…". */
export const FIVE_YEAR_LOOKBACK_OPENERS: readonly string[] = ['过去五年', '五年来'];

export const OPENING_FIVE_YEAR_LOOKBACK = new RegExp(`^(${alternation(FIVE_YEAR_LOOKBACK_OPENERS)})[，,]`);

/**
 * A heading over a review of the five years just ended: "过去五年和2025年工作回顾". Not "过去一年和五年
 * 工作回顾" (the national report closing a government's term): those five years are no plan, and
 * only its paragraphs that open on them ("过去五年，…") are theirs.
 */
export const FIVE_YEAR_LOOKBACK_HEADING = new RegExp(alternation(FIVE_YEAR_LOOKBACK_OPENERS));

/** A part of the year, by its words and by the last month of the range from January ("1-9月"). */
export interface SubYearPart {
  /** The label suffix: 2025Q1-3, 2025H1, 2025Q1. */
  part: string;
  words: readonly string[];
  lastMonth: number;
}

/** Widest first: "前三季度" must not be read as its "三季度". */
export const SUB_YEAR_PARTS: readonly SubYearPart[] = [
  { part: 'Q1-3', words: ['前三季度'], lastMonth: 9 },
  { part: 'H1', words: ['上半年'], lastMonth: 6 },
  { part: 'Q1', words: ['第一季度', '一季度'], lastMonth: 3 },
];

/** What joins the months of a range: "1-3月", "1—6月", "1至9月". */
export const MONTH_RANGE_JOINERS = '-—–至~';

/** Words before a part of the year that name the current year: "今年上半年". */
export const THIS_YEAR_WORDS: readonly string[] = ['今年'];

function monthRange(lastMonth: number | string): string {
  return `1[${MONTH_RANGE_JOINERS}]${lastMonth}月`;
}

/** Each part's words or month range anywhere in a text. */
export const SUB_YEAR_PART_PATTERNS: ReadonlyArray<{ part: string; pattern: RegExp }> = SUB_YEAR_PARTS.map((p) => ({
  part: p.part,
  pattern: new RegExp(`${alternation(p.words)}|${monthRange(p.lastMonth)}`),
}));

/** A sentence that opens with the part of the year it reports: "一季度，全区…", "今年上半年,…". */
export const OPENING_SUB_YEAR_PART = new RegExp(
  `^(?:${alternation(THIS_YEAR_WORDS)}|\\d{4}年)?(${SUB_YEAR_PARTS.map((p) => alternation(p.words)).join('|')}|${monthRange(
    `[${SUB_YEAR_PARTS.map((p) => p.lastMonth).join('')}]`,
  )}(?:份)?)[，,、：:]`,
);
