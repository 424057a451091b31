/**
 * "over five years", "in the five years", "during the five years": a five-year span with no "past",
 * "last", "next" or "coming" before it. The reports' five-year figures are a plan's: asked of what
 * was done, the plan under review (in 2026, the 14th, 2021–2025); asked of a plan or target, the plan
 * that starts this year. ("the past five years" is read by relative-years.ts as the years it names.)
 */
// Terse questions write the span bare: "5g base stations growth five years", "five-year growth".
export const BARE_FIVE_YEARS =
  /\b(?:over|in|during|across|for)\s+(?:the\s+)?(?:five|5)\s+years\b|\b(?:five|5)\s+years\s*[?.]?\s*$|\b(?:five|5)-year\s+(?:growth|increase|rise|change|total)\b/i;

/**
 * A five-year plan named in English ("the 14th five-year plan", "the next five-year plan period", "the
 * 15th FYP"): its "plan" names a period, not a target, so it is no intent word ("how much grain each
 * year in the 14th five-year plan" asks what the plan's years achieved).
 */
export const PLAN_NAME = /\b(?:five|5)[\s-]+year[\s-]+plan(?:\s+period)?\b|\bfyp\b/gi;

/** "the 14th five-year plan", "the 14th 5-year plan", "the 14th five year plan", "14th FYP": the plan named by its ordinal. */
export function namesPlanByOrdinal(lowerText: string, ordinal: string): boolean {
  return new RegExp(`\\b${ordinal}\\s+(?:(?:five|5)[\\s-]+year\\b|fyp\\b)`).test(lowerText);
}

/**
 * A plan named by where it stands from today, not by its number: "the next / new / coming five-year
 * plan" is the first that starts this year or later; "the last / previous five-year plan" the last that
 * ended before this year.
 */
export const RELATIVE_PLANS: ReadonlyArray<{ pattern: RegExp; which: 'next' | 'last' }> = [
  {
    pattern: /\b(?:next|new|coming|upcoming|forthcoming)\s+(?:five|5)[\s-]+year[\s-]+plan\b|\b(?:next|new|coming|upcoming)\s+fyp\b/i,
    which: 'next',
  },
  {
    pattern: /\b(?:last|previous|past|latest completed)\s+(?:five|5)[\s-]+year[\s-]+plan\b|\b(?:last|previous|past)\s+fyp\b/i,
    which: 'last',
  },
];
