/** A part of a year a question may ask about, as period labels write it. */
export type PartOfYear = 'Q1' | 'H1' | 'Q1-3';

/**
 * How questions name a part of the year, checked in this order (前三季度 before 一季度's words).
 * Entries are regex fragments, matched case-insensitively.
 */
export const PART_OF_YEAR_WORDS: readonly { part: PartOfYear; words: readonly string[] }[] = [
  { part: 'Q1-3', words: ['前三季度', 'first three quarters'] },
  { part: 'H1', words: ['上半年', 'first half', 'h1'] },
  { part: 'Q1', words: ['一季度', 'first quarter', '\\bq1\\b'] },
];

const PATTERNS = PART_OF_YEAR_WORDS.map(({ part, words }) => ({ part, re: new RegExp(words.join('|'), 'i') }));

/** The part of a year a question names, or null. */
export function partOfYearAsked(text: string): PartOfYear | null {
  return PATTERNS.find(({ re }) => re.test(text))?.part ?? null;
}
