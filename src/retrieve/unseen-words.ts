/**
 * A question's word the segmenter cut with a neighbour into something no report writes ("多少家首店" →
 * 家首店, a counter stuck to 首店): searched and weighed as the word the reports do write (首店), so
 * the sentence "引进首店1809家" covers it. Any other unseen word stays as it is: unseen, it still
 * counts against a sentence that does not write it ("火星", "平均工资").
 */

import { ASKING_TOKEN } from '../lang/zh/generic-words.js';
import { ASPECT_PARTICLES, STUCK_CHARACTERS, STUCK_POSTPOSITIONS } from '../lang/zh/stuck-characters.js';

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
 * word, and every unseen two-character word that ends in a word of place ("强里") by its first character. A word made of
 * two known words ("平均工资": 平均, 工资) is a compound the reports never write, and stays whole: its parts apart would be
 * answered by any "平均" and any "工资".
 */
export function withKnownParts(tokens: readonly string[], known: (part: string) => boolean, text = ''): string[] {
  return tokens.flatMap((t) => {
    // "强里" (of "50强里"): a word of place stuck to a one-character word, which is searched alone.
    if (t.length === MIN_PART && STUCK_POSTPOSITIONS.has(t[1]) && /[\u4e00-\u9fff]/.test(t[0]) && !known(t)) return [t[0]];
    // "综合消费券发了几轮" is cut 消费 | 券发: an unseen pair written right before an aspect particle (了, 过) ends in the verb
    // and begins with the last character of the noun before it (券 of 消费券), each written alone in the reports. It is no
    // word of the question's subject to search or to find written: left out (its characters searched apart would find
    // other things: "损失数降了" → 数, 降 finds 受理数…下降). Not a word of asking ("几轮": 几 asks, 轮 is its measure); any
    // other unseen pair ("火星") stays whole.
    if (
      t.length === MIN_PART &&
      CHINESE_ONLY.test(t) &&
      !known(t) &&
      !ASKING_TOKEN.test(t) &&
      ASPECT_PARTICLES.some((p) => text.includes(t + p)) &&
      known(t[0]) &&
      known(t[1])
    )
      return [];
    if (t.length <= MIN_PART || !/[\u4e00-\u9fff]/.test(t) || known(t)) return [t];
    const parts = knownParts(t, known);
    if (parts.length !== 1 || t.length - parts[0].length > MAX_STUCK) return [t];
    const stuck = t.startsWith(parts[0]) ? t.slice(parts[0].length) : t.slice(0, t.length - parts[0].length);
    return STUCK_CHARACTERS.has(stuck) ? parts : [t];
  });
}

/** Shortest word looked for across a cut: two characters would join any neighbours. */
const MIN_ACROSS = 3;

/**
 * The tokens with a word the segmenter cut across put back: "义新欧比上年" is cut 义新 | 欧比, neither written by any
 * report, and the reports' 义新欧 runs across the cut. A known word of at least three characters that starts in one
 * token and ends in the next, both unseen, replaces them. A seen token is a word of its own: "社零增长" is cut 社零 | 增长,
 * and the reports' 零增长 across that cut is another word.
 */
export function withWordsAcrossCuts(tokens: readonly string[], known: (word: string) => boolean): string[] {
  const out: string[] = [];
  const dropped = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (!dropped.has(i)) out.push(a);
    if (b === undefined || dropped.has(i) || !CHINESE_ONLY.test(a) || !CHINESE_ONLY.test(b) || known(a) || known(b)) continue;
    const joined = a + b;
    let word = '';
    // The longest known run across the cut: from inside a to inside b.
    for (let from = 0; from < a.length && !word; from++) {
      for (let to = joined.length; to > a.length && to - from >= MIN_ACROSS; to--) {
        if (known(joined.slice(from, to))) {
          word = joined.slice(from, to);
          break;
        }
      }
    }
    if (!word) continue;
    out.pop();
    dropped.add(i + 1);
    out.push(word);
  }
  return out;
}

const CHINESE_ONLY = /^[\u4e00-\u9fff]+$/;
