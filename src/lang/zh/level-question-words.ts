/**
 * Whether a question asks the level reached (a total, how many there are now) or the increment of a year, for
 * a sentence that states both ("新增公园141座、累计达到973座", "通用机场增加11个、达到25个"). Read by the figure
 * lead to pick between the two figures of one sentence.
 */
import { INCREMENT_PREFIXES, INCREMENT_SUFFIXES } from './figure-words.js';

/** "累计多少", "总数", "有多少", "in total", "does … have now": the level reached. */
const LEVEL_ASKED =
  /累计|总数|总量|总计|共有|一共|总共|合计|达到多少|增至多少|有多少|有几个|有几家|\bin total\b|\btotal\b|\baltogether\b|\bnow\b|\b(?:do|does|did) \w+(?: \w+)? have\b|\bhave (?:now|in total)\b/i;
/**
 * "新增多少", "新建了几个", "how many new …", "added": the increment; in everyday words too ("城里又多出几座公园",
 * "多了几个", "新添了多少").
 */
const INCREMENT_ASKED =
  /新增|新建|新认定|新开通|新培育|增加了?多少|增加了?几|多了(?:多少|几)|多出(?:了|来)?(?:多少|几)|新添|添了(?:多少|几)|\bnew(?:ly)?\b|\badd(?:ed|s)?\b/i;

export type AskedAmount = 'level' | 'increment' | null;

/** Which of the two a question asks; null when it says neither (or both). */
export function askedAmount(question: string): AskedAmount {
  const increment = INCREMENT_ASKED.test(question);
  const level = LEVEL_ASKED.test(question);
  if (increment === level) return increment && /累计|总数|总量|in total|\btotal\b/i.test(question) ? 'level' : null;
  return increment ? 'increment' : 'level';
}

/**
 * Both asked at once: "新增全国重点实验室几家 累计多少家", "labs added, and how many it has in all?" — the year's increment and
 * the running total, each its own figure.
 */
const RUNNING_TOTAL_ASKED = /累计|总数|总量|一共|总共|\bin (?:all|total)\b|\baltogether\b|\band (?:the |its )?total\b/i;
export function asksIncrementAndLevel(question: string): boolean {
  return INCREMENT_ASKED.test(question) && RUNNING_TOTAL_ASKED.test(question);
}

/** A figure's name without the words that make it an increment: 全国重点实验室 of "新增全国重点实验室". */
export function withoutIncrementWords(indicator: string): string {
  const prefix = INCREMENT_PREFIXES.find((w) => indicator.startsWith(w) && indicator.length > w.length);
  const suffix = INCREMENT_SUFFIXES.find((w) => indicator.endsWith(w) && indicator.length > w.length);
  const rest = prefix ? indicator.slice(prefix.length) : indicator;
  return suffix && rest.endsWith(suffix) ? rest.slice(0, -suffix.length) : rest;
}

/** Words that make a figure's name its running total ("境内外上市企业总量", "累计建成公园"): taken off to name the thing counted. */
const RUNNING_TOTAL_NAME_WORDS: readonly string[] = ['累计', '总量', '总数', '总计'];

/**
 * The thing a figure counts, without the words of its increment or its running total: 境内外上市企业 of "新增境内外上市企业"
 * and of "境内外上市企业总量" alike.
 */
export function thingCounted(indicator: string): string {
  const rest = withoutIncrementWords(indicator);
  const prefix = RUNNING_TOTAL_NAME_WORDS.find((w) => rest.startsWith(w) && rest.length > w.length);
  const cut = prefix ? rest.slice(prefix.length) : rest;
  const suffix = RUNNING_TOTAL_NAME_WORDS.find((w) => cut.endsWith(w) && cut.length > w.length);
  return suffix ? cut.slice(0, -suffix.length) : cut;
}

/** A figure name that is an increment ("新增公园", "新认定跨国公司地区总部", "通用机场增加"): one with increment words to take off. */
export function isIncrementName(indicator: string): boolean {
  return withoutIncrementWords(indicator) !== indicator;
}

/** A figure counted per head of population ("每千人口托位数", "人均GDP", "每万人发明专利拥有量"): no total. */
export const PER_HEAD_NAME = /每[十百千万]+(?:人口|人|常住人口)|[千万]人口|人均/;

/**
 * Words a report writes right before a level reached, no increment: "增至3022家", "达到25个", "总数达…", and a stock past a
 * threshold, "高新技术企业超6.1万家" ("新增…超1万家" names its increase, and is read as one).
 */
export const LEVEL_REACHED_WORDS: readonly string[] = [
  '增至',
  '增加到',
  '增长到',
  '达到',
  '总数达',
  '总量达',
  '累计达',
  '累计',
  '超过',
  '超',
  '突破',
];
