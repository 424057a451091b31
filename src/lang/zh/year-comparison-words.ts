/**
 * How a question compares a year with the one before it: "2025年比上年高多少", "较去年多了多少".
 * The base year is the asked year's previous one (the relative word reads against the asked year,
 * not today), and what is asked is the difference: both years' figures, not the stated growth rate
 * ("比上年增长多少" asks the rate the report gives and is no comparison of two years).
 */

/** The words of the year before ("上年", "去年", "上一年", "前一年"), shared by every reading of a base year. */
export const YEAR_BEFORE_WORDS: readonly string[] = ['上年', '去年', '上一年', '前一年'];

/** "比上年", "较去年", "与上年相比", "去年…比前年": the year before the asked one as the comparison base. */
const YEAR_BEFORE_BASE = `(?:比|较|与|跟|和)(?:${[...YEAR_BEFORE_WORDS, '头年', '前年'].join('|')})(?:同期)?(?:相比|比)?`;

/**
 * "高多少", "多了多少", "快还是慢", "高吗": a difference or a verdict asked, not a growth rate (the 少 of "增长多少" is none).
 * "增加了多少", "提高了几个点": an amount the thing rose or fell by, which the reports state beside the level ("赤字规模
 * 5.66万亿元、比上年增加1.6万亿元").
 */
const DIFFERENCE_ASKED =
  '(?:(?<!多)(?:高|低|多|少|快|慢|大|小)了?(?:多少|几|还是|吗|么|没有|[？?。]|$)|(?:增加|减少|提高|降低|下降)了?(?:多少|几))';

/**
 * The base year asked before a change ("比上一年增长了多少", "较去年多了多少"): asking, not what is asked about, so no search
 * word (the segmenter's 一年 of 上一年 matched "按一年计" in another indicator's sentence).
 */
export const YEAR_BEFORE_BASE_ASKING = new RegExp(
  `${YEAR_BEFORE_BASE}(?=[^，,。？?]{0,8}?(?:增长|增加|减少|提高|降低|下降|高|低|多|少|快|慢))`,
  'g',
);

export const COMPARES_WITH_YEAR_BEFORE = new RegExp(`${YEAR_BEFORE_BASE}(?:[^，,。？?]{0,8}?)${DIFFERENCE_ASKED}`);

/**
 * English: "up how much from 2024", "how much higher than the year before", "rise on last year": a change asked against a
 * base year (written as a year or as the year before).
 */
/** The English words a change's base year is written after: "from 2024", "than the year before", "compared with 2023". */
const ENGLISH_BASE_WORDS = '(?:from|than|over|on|vs\\.?|versus|compared (?:with|to))\\s+(?:the\\s+)?';
const ENGLISH_BASE = `${ENGLISH_BASE_WORDS}(?:year before|previous year|prior year|last year|(?:19|20)\\d{2})\\b`;
const ENGLISH_CHANGE = '\\b(?:up|down|more|less|higher|lower|bigger|smaller|rise|rose|risen|increase|increased|fall|fell|drop|dropped)\\b';
export const COMPARES_WITH_YEAR_BEFORE_EN = new RegExp(`${ENGLISH_CHANGE}[^?.;]{0,24}?\\b${ENGLISH_BASE}`, 'i');

/** A year written as the base a change is measured from ("up how much from 2024", "比2024年增加多少"). */
export function writtenAsComparisonBase(question: string, year: number): boolean {
  const base = new RegExp(`(?:\\b${ENGLISH_BASE_WORDS}(?:year\\s+)?${year}\\b|(?:比|较)${year}年)`, 'i');
  return base.test(question);
}

/** Whether the question sets its year against the year before and asks the difference. */
export function comparesWithYearBefore(question: string): boolean {
  return COMPARES_WITH_YEAR_BEFORE.test(question) || COMPARES_WITH_YEAR_BEFORE_EN.test(question);
}

/**
 * "多了多少", "增加了多少", "差多少", "how much more": the amount between the two years asked, not
 * only which is higher. "增长多少" asks the rate the report states, so it is none of these.
 */
const HOW_MUCH_BETWEEN =
  /(?:多|少|高|低|增加|减少|相差|差|增长了|涨了|降了)了?(?:多少|几多)|how much (?:more|less|higher|lower|bigger|smaller|faster|slower)|difference|gap between|by how much|\b(?:up|down) (?:by )?how much\b/i;

export function asksHowMuchBetween(question: string): boolean {
  return HOW_MUCH_BETWEEN.test(question) && !/增长多少|增速多少/.test(question);
}

/** A figure named as the difference to the year before ("赤字规模比上年年初预算增加1800亿元"): it states what such a question asks. */
const STATED_DIFFERENCE_NAME = /(?:比|较)(?:上年|去年|上一年)/;
export function statesDifferenceToYearBefore(indicator: string): boolean {
  return STATED_DIFFERENCE_NAME.test(indicator);
}

/** "增加了多少", "减少了几": an amount's change asked (not 新增, a count of new things), which a stated difference answers. */
const AMOUNT_CHANGE_ASKED = /(?<!新)(?:增加|减少)了(?:多少|几)/;
export function asksAmountChange(question: string): boolean {
  return AMOUNT_CHANGE_ASKED.test(question);
}

/**
 * A difference to the year before asked ("赤字规模比上年多了多少", "up how much from 2024", "增加了多少"): the amount between the
 * two years, which a stated difference ("比上年增加1.6万亿元") answers.
 */
export function asksDifferenceToYearBefore(question: string): boolean {
  return (comparesWithYearBefore(question) || asksAmountChange(question)) && asksHowMuchBetween(question);
}
