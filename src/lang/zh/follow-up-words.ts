/** Follow-up questions in a conversation: "那2025年的目标呢？". */

/** Particles and punctuation a follow-up is measured without, to tell a short follow-up from a new question. */
export const FOLLOW_UP_FILLERS = /[\s？?。!！呢吗那的]/g;

/** A year a follow-up's inherited topic drops, so the follow-up's own year is the one searched: "2024年". */
export const YEAR_MENTION = /(19|20)\d{2}年?/g;
