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

/**
 * "And for 2025?", "what about for next year?": an English follow-up that names only a time asks what the conversation
 * asked, in that time, as "2025年呢" does; the classifier hears an outline in "for 2025" ("key tasks for 2025"), which
 * such a follow-up does not decide on its own (the conversation keeps an outline asked before it).
 */
const TIME_ONLY_FOLLOW_UP =
  /^\s*(?:and|what about|how about|same)\s+(?:for|in)?\s*(?:the\s+)?(?:\d{4}|(?:next|last|this|previous|following)\s+year|year before|year after)\s*[?.!]*\s*$/i;

export function isTimeOnlyFollowUp(question: string): boolean {
  return TIME_ONLY_FOLLOW_UP.test(question);
}

/**
 * "what about 江苏 — how many new national universal-preschool counties?": a place named by "what about", then a question of
 * its own after a dash or colon. The question is asked of that place; nothing of the earlier one is carried but its slots.
 */
const WHAT_ABOUT_THEN_QUESTION =
  /^(?:and\s+)?(?:what|how)\s+about\s+([^—–:,?]{1,30}?)\s*[—–:,]+\s*((?:how|what|which|is|are|was|were|did|does|do|will)\b.+)$/i;

/** The question of its own a "what about X — …?" follow-up asks, with X after it; the question as it was otherwise. */
export function ownQuestionAfterWhatAbout(question: string): string {
  const m = WHAT_ABOUT_THEN_QUESTION.exec(question.trim());
  return m ? `${m[2].trim()} ${m[1].trim()}` : question;
}
