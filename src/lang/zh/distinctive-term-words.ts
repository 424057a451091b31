/**
 * What counts as a question's own name for a thing the reports hold: how long a run of Chinese
 * characters must be to be a name rather than a word, and how rare in the reports.
 */
export const DISTINCTIVE_TERM_LIMITS = {
  /** Three characters: "北沿江" names a railway; two-character runs are ordinary words. */
  minChineseRun: 3,
  /** Longer runs than this are phrases, not names. */
  maxChineseRun: 8,
  /** A name is held by a few sentences; a run in more is an ordinary phrase ("高质量发展"). */
  maxSentences: 6,
} as const;

/** A road, line or project code: letters and digits together ("S211", "G60", "5G" is too short). */
export function isCodeName(token: string): boolean {
  return token.length >= 3 && /[a-z]/.test(token) && /\d/.test(token) && !/^\d{4}年?$/.test(token);
}
