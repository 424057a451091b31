/**
 * "over five years", "in the five years", "during the five years": a five-year span with no "past",
 * "last", "next" or "coming" before it. The reports' five-year figures are a plan's: asked of what
 * was done, the plan under review (in 2026, the 14th, 2021–2025); asked of a plan or target, the plan
 * that starts this year. ("the past five years" is read by relative-years.ts as the years it names.)
 */
export const BARE_FIVE_YEARS = /\b(?:over|in|during|across|for)\s+(?:the\s+)?(?:five|5)\s+years\b/i;
