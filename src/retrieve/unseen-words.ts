/**
 * A question's word the segmenter cut with a neighbour into something no report writes ("多少家首店" →
 * 家首店, a counter stuck to 首店): searched and weighed as the word the reports do write (首店), so
 * the sentence "引进首店1809家" covers it. Any other unseen word stays as it is: unseen, it still
 * counts against a sentence that does not write it ("火星", "平均工资").
 */

import { STUCK_CHARACTERS } from '../lang/zh/stuck-characters.js';

/** Shortest part kept: one character says too little to search for. */
const MIN_PART = 2;

/** The word's longest known parts, left to right; [] when none is known. */
export function knownParts(word: string, known: (part: string) => boolean): string[] {
  const parts: string[] = [];
  let i = 0;
  while (i < word.length) {
    let end = 0;
    for (let j = word.length; j >= i + MIN_PART; j--) {
      if (known(word.slice(i, j))) {
        end = j;
        break;
      }
    }
    if (end) {
      parts.push(word.slice(i, end));
      i = end;
    } else i++;
  }
  return parts;
}

/** Characters an unseen word may have beyond its one known part: a counter or particle stuck to it ("家" of 家首店, STUCK_CHARACTERS). */
const MAX_STUCK = 1;

/**
 * The tokens with every unseen Chinese word that is one known word and a stuck character ("家首店") replaced by that
 * word. A word made of two known words ("平均工资": 平均, 工资) is a compound the reports never write, and stays
 * whole: its parts apart would be answered by any "平均" and any "工资".
 */
export function withKnownParts(tokens: readonly string[], known: (part: string) => boolean): string[] {
  return tokens.flatMap((t) => {
    if (t.length <= MIN_PART || !/[\u4e00-\u9fff]/.test(t) || known(t)) return [t];
    const parts = knownParts(t, known);
    if (parts.length !== 1 || t.length - parts[0].length > MAX_STUCK) return [t];
    const stuck = t.startsWith(parts[0]) ? t.slice(parts[0].length) : t.slice(0, t.length - parts[0].length);
    return STUCK_CHARACTERS.has(stuck) ? parts : [t];
  });
}
