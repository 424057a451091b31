/**
 * English words that ask a rate, not a count or an amount: "the investment completion rate of Zhejiang's
 * major projects" is 投资完成率125.5%, not the 1596 projects counted beside it in the same sentence. A
 * percentage figure leads such a question, as it leads a growth asked.
 */
export const RATE_ASKED_IN_ENGLISH = /\b(?:rate|ratio|percentage)\b/i;

/** Whether an English question asks a rate ("completion rate", "what percentage"). */
export function asksRateInEnglish(question: string): boolean {
  return RATE_ASKED_IN_ENGLISH.test(question);
}

/**
 * English words that ask an amount, a level: "How big was Hunan's economy?", "How large …", "the size of …",
 * "What was Hunan's GDP in 2024?". Not when the question goes on to a change or a measure of it ("What was
 * Jiangsu's GDP growth?"): those ask the rate.
 */
export const AMOUNT_ASKED_IN_ENGLISH =
  /\bhow (?:big|large)\b|\b(?:size|scale|value|volume|total)\b|\bwhat(?:'s|’s| (?:was|is|were|are))\b(?!.*\b(?:trends?|chang\w*|growth|grow\w*|grew|rise|rose|increas\w*|declin\w*|fell|fall|drop\w*|rates?|shares?|rank\w*|percent\w*|proportion|targets?|goals?|ratio|intensity|index|plans?)\b)/i;

/** Whether an English question asks an amount, a level ("How big was Hunan's economy?"). */
export function asksAmountInEnglish(question: string): boolean {
  return AMOUNT_ASKED_IN_ENGLISH.test(question);
}
