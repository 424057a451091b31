/**
 * Words an English question opens with ("How fast…", "What was…", "Did…"). A question without one is written as
 * keywords ("anhui domestic tourists growth", "shandong hog output target"): its "growth", "target" or "total" asks
 * the figure of the subject it names, as "多少" would. A question with one says what it asks in its own words.
 */
export const ENGLISH_QUESTION_OPENER =
  /^\s*(?:how|what(?:'s|’s)?|which|where|when|who|why|is|are|was|were|did|does|do|will|would|can|could|has|have|had|tell|show|give|list)\b/i;

/** Whether an English question is written as keywords, opening with no question word. */
export function isWrittenAsKeywords(question: string): boolean {
  return !ENGLISH_QUESTION_OPENER.test(question);
}
