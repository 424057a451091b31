import type { IntentName } from './intent-examples.js';

/** The indicator that stands for "the economy" when a question names no other: 地区生产总值 (GDP). */
export const ECONOMY_INDICATOR = '地区生产总值';

/**
 * Kinds of question about the economy as a whole, which take ECONOMY_INDICATOR when they name no
 * indicator: "经济表现如何" (overview), "Which province grew slowest?" (a superlative of growth).
 */
export const ECONOMY_WIDE_INTENTS: readonly IntentName[] = ['overview', 'superlative', 'comparison', 'figure.growth'];

/** English words that say a question is about the economy as a whole. */
export const ECONOMY_WORDS: readonly string[] = ['economy', 'economic', 'grew', 'grow', 'growth'];

/**
 * 经济 as the whole economy: at the head of the question or after its place, year or 的 ("山东去年
 * 经济咋样"), never after a modifier (民营经济, 数字经济, 海洋经济 are parts of it).
 */
export const WHOLE_ECONOMY = /(?:^|[年的市省区县国]|\d)经济(?!体)/;

/** Whether a question with no named indicator speaks of the economy as a whole. */
export function speaksOfEconomy(question: string): boolean {
  const lower = question.toLowerCase();
  return WHOLE_ECONOMY.test(question) || ECONOMY_WORDS.some((w) => lower.includes(w));
}
