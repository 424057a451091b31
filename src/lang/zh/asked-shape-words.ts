/**
 * The shape of figure a question asks, beyond its indicator: a rank ("全国第几", "排第几家") or a
 * share ("占GDP比重", "占GDP多少"). Only a figure of that shape answers it. Data for
 * src/figures/asked-shape.ts.
 */
import { RANK_QUESTION } from './rank-words.js';
import { SHARE_QUESTION } from './share-words.js';

/** A rank asked as a question writes it besides RANK_QUESTION: "全国第几", "第几家", "几名". */
const RANK_ASKED_TOO = /第几|排老几|which rank|what rank/i;

/** A share asked besides SHARE_QUESTION: "占GDP多少", "占全市几成", "占百分之几". */
const SHARE_ASKED_TOO = /占.{0,12}(?:多少|几成|百分之几|几个点)|what share|what percentage of|share of/i;

export function asksForRank(question: string): boolean {
  return RANK_QUESTION.test(question) || RANK_ASKED_TOO.test(question);
}

export function asksForShare(question: string): boolean {
  return SHARE_QUESTION.test(question) || SHARE_ASKED_TOO.test(question);
}
