/**
 * Programmes, satellites, spacecraft and ships named by a word and a number: English writes "Jilin-1",
 * "Shenzhou-20", "Tianwen-1"; the reports write the name in characters and the number as an ordinal with 号
 * (“吉林一号”, 神舟二十号), sometimes as written (吉林-1). The word before the hyphen is a place or a romanised name
 * ("Jilin" 吉林); its Chinese is found elsewhere, these are the ways the number is written after it.
 */

/** A name, a hyphen, a number of one or two digits: "jilin-1", "Chang'e-6" (not "2024-2025", not "COVID-19" read as a year). */
export const NUMBERED_NAME = /(?<![a-z])([a-z][a-z'’]{2,})-(\d{1,2})(?![\d%])/gi;

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals, as a name's ordinal is written (一, 十, 十二, 二十, 二十一). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** The ways the reports write a numbered name whose word is `chinese` in characters: 吉林一号, 吉林1号, 吉林-1. */
export function numberedNameSpellings(chinese: string, n: number): string[] {
  return [`${chinese}${chineseNumeral(n)}号`, `${chinese}${n}号`, `${chinese}-${n}`];
}

/** The numbered names an English question writes: the word (lower-case) and the number. */
export function numberedNamesIn(question: string): { word: string; n: number; written: string }[] {
  return [...question.matchAll(NUMBERED_NAME)].map((m) => ({
    word: m[1].toLowerCase().replace(/['’]/g, ''),
    n: Number(m[2]),
    written: m[0].toLowerCase(),
  }));
}

/**
 * An event's edition: "the 7th China International Import Expo", "the 47th WorldSkills Competition" — the reports
 * write 第七届 (or 第47届) before the name, and another year's report the next edition: a passage of another edition is
 * no answer. An ordinal of one or two digits before a capitalised word; not a plan's ("the 14th Five-Year Plan").
 */
// (Nor "the 14th FYP", the plan abbreviated.)
export const EDITION = /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s+(?=[A-Z])(?!Five[\s-]Year|FYP\b)/g;

/** The editions an English question names: the number and the ordinal as written. */
export function editionsIn(question: string): { n: number; written: string }[] {
  return [...question.matchAll(EDITION)].map((m) => ({ n: Number(m[1]), written: m[0].trim().toLowerCase() }));
}

/** The ways the reports write an edition: 第七届, 第7届. */
export function editionSpellings(n: number): string[] {
  return [`第${chineseNumeral(n)}届`, `第${n}届`];
}
