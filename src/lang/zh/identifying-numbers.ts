/**
 * Numbers a question writes with their counters ("连续12年双提升的是哪个城市", "10亿以上的呢", "连续10次获评A级"): the fact
 * asked is the one a sentence writes with that number, not a neighbour of the same words ("连续13年…").
 *
 * A number counts with the one character after it that counts or measures it (年, 次, 亿, 个, %…). Not counted: a
 * calendar year (2024年, 2024 alone) or a short year the question asks ("24年" of 2024), nor a
 * number inside a Latin name (PM2.5, 5G), which the search words carry already.
 */
const NUMBER_WITH_COUNTER = /(?<![\dA-Za-z.])(\d+(?:\.\d+)?)([\u4e00-\u9fff%])/g;

/** A calendar year, with or without 年. */
const CALENDAR_YEAR = /^(?:19|20)\d{2}$/;

/**
 * The numbers with counters a question writes ("12年", "10次"), leaving out its years: `years` are those the question asks,
 * so "24年" of 2024 is a year, and "连续12年" of a question asking no 2012 a count.
 */
export function identifyingNumbers(question: string, years: readonly number[] = []): string[] {
  const out: string[] = [];
  for (const m of question.matchAll(NUMBER_WITH_COUNTER)) {
    const [written, digits, counter] = m;
    if (CALENDAR_YEAR.test(digits)) continue;
    if (counter === '年' && digits.length === 2 && years.includes(2000 + Number(digits))) continue;
    if (!out.includes(written)) out.push(written);
  }
  return out;
}

/** Whether a sentence writes a number with its counter as the question did (12年 in "连续12年", not in "连续112年"). */
export function writesNumberWithCounter(sentence: string, written: string): boolean {
  for (let at = sentence.indexOf(written); at >= 0; at = sentence.indexOf(written, at + 1)) {
    if (!/[\d.]/.test(sentence[at - 1] ?? '')) return true;
  }
  return false;
}
