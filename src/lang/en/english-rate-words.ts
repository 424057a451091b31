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
