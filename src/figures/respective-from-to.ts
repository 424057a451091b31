/**
 * "困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元": a 分别 list of
 * from–to pairs. Read clause by clause it gives four values under the items' names in a row; here each item
 * gets its value reached, then the value it started from (qualified 从, as a single from–to pair gives them).
 */
import { FROM_WORDS, TO_VERBS, TO_WORDS } from '../lang/zh/milestone-words.js';
import { RESPECTIVELY } from '../lang/zh/figure-words.js';
import type { Figure } from './figure-schema.js';

/** A number as written, thousands separators included ("1,100"). */
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
/** A character of the clause: no clause mark, but a comma between digits that separates thousands ("2,000元"). */
const IN_CLAUSE = '(?:[^，,；;。]|(?<=\\d),(?=\\d{3}))';
/** 分别 + 从/由 + the start values + a to-verb and 到/至 + the end values, within one clause. */
const RESPECTIVE_FROM_TO = new RegExp(
  `${RESPECTIVELY}(?:${FROM_WORDS.join('|')})(${IN_CLAUSE}*?)(?:${TO_VERBS.join('|')})(?:${TO_WORDS.join('|')})(${IN_CLAUSE}*)`,
);
/** A written number's value, its thousands separators dropped. */
const writtenValue = (written: string) => Number(written.replace(/,/g, ''));

/** The sentence's figures with a 分别 from–to list read as pairs; the figures unchanged when there is none. */
export function respectiveFromTo(figures: readonly Figure[], text: string): Figure[] {
  const m = RESPECTIVE_FROM_TO.exec(text);
  if (!m) return [...figures];
  const starts = (m[1].match(NUMBER) ?? []).map(writtenValue);
  const ends = (m[2].match(NUMBER) ?? []).map(writtenValue).slice(0, starts.length);
  const n = starts.length;
  if (n < 2 || ends.length !== n) return [...figures];
  // The 2n figures, in the order written: the starts then the ends.
  const values = [...starts, ...ends];
  for (let at = 0; at + 2 * n <= figures.length; at++) {
    const run = figures.slice(at, at + 2 * n);
    if (!run.every((f, i) => f.value === values[i] && f.unit === run[0].unit)) continue;
    const names = run.slice(0, n).map((f) => f.indicator);
    const paired = names.flatMap((indicator, i) => [
      { ...run[n + i], indicator },
      { ...run[i], indicator, qualifier: run[i].qualifier ?? FROM_WORDS[0] },
    ]);
    return [...figures.slice(0, at), ...paired, ...figures.slice(at + 2 * n)];
  }
  return [...figures];
}
