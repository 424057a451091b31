import type { IntentName } from './intent-examples.js';

/** The indicator that stands for "the economy" when a question names no other: 地区生产总值 (GDP). */
export const ECONOMY_INDICATOR = '地区生产总值';

/**
 * Kinds of question about the economy as a whole, which take ECONOMY_INDICATOR when they name no
 * indicator: "经济表现如何" (overview), "Which province grew slowest?" (a superlative of growth).
 */
export const ECONOMY_WIDE_INTENTS: readonly IntentName[] = ['overview', 'superlative', 'comparison', 'figure.growth'];

/** Words that say a question is about the economy as a whole ("经济", "economy", "grew"). */
export const ECONOMY_WORDS: readonly string[] = ['经济', 'economy', 'economic', 'grew', 'grow', 'growth'];

/** Whether a question with no named indicator speaks of the economy as a whole. */
export function speaksOfEconomy(question: string): boolean {
  const lower = question.toLowerCase();
  return ECONOMY_WORDS.some((w) => lower.includes(w));
}
