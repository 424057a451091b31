/** Follow-up questions in a conversation: "那2025年的目标呢？". */

/** Particles and punctuation a follow-up is measured without, to tell a short follow-up from a new question. */
export const FOLLOW_UP_FILLERS = /[\s？?。!！呢吗那的]/g;

/** A year a follow-up's inherited topic drops, so the follow-up's own year is the one searched: "2024年". */
export const YEAR_MENTION = /(19|20)\d{2}年?/g;

/**
 * Who or what an indicator is about, as a follow-up swaps it ("农村的呢？", "全体居民的呢？"):
 * the follow-up's word takes the place of the earlier question's.
 */
export const INDICATOR_QUALIFIERS: readonly string[] = ['全体', '城镇', '农村', '城乡', '规上'];
