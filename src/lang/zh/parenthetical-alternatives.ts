/**
 * "赴国(境)外招商组团51个", "乡镇(街道)", "首台(套)": a word in parentheses inside a word is an alternative the report writes
 * in passing. People ask for either reading ("境外招商组团", "国外招商组团"), never for the printed one, so a sentence is
 * also searched as each reading reads it: without the parenthesis (国外) and with its word in place of as many characters
 * before it (境外). The sentence is quoted as printed.
 */
const INSIDE_A_WORD = /([\u4e00-\u9fff]{1,4})[(（]([\u4e00-\u9fff]{1,4})[)）]([\u4e00-\u9fff]{1,6})/g;

/** Past this many parentheses a text is a table or a list, not a sentence; the rest are left as printed. */
const MAX_READ = 16;

/**
 * The stretches of a text around each alternative in parentheses, read each way ("赴国外招商组团", "赴境外招商组团" of
 * "赴国(境)外招商组团51个"); none when it writes none.
 */
export function parentheticalReadings(text: string): string[] {
  if (!text.includes('(') && !text.includes('（')) return [];
  const readings: string[] = [];
  let read = 0;
  for (const [, before, alternative, after] of text.matchAll(INSIDE_A_WORD)) {
    if (++read > MAX_READ) break;
    readings.push(before + after);
    if (alternative.length <= before.length) readings.push(before.slice(0, before.length - alternative.length) + alternative + after);
  }
  return readings;
}

/** Whether a text writes the word as printed or in a reading of one of its alternatives in parentheses. */
export function writesInSomeReading(text: string, word: string): boolean {
  return text.includes(word) || parentheticalReadings(text).some((reading) => reading.includes(word));
}
