/**
 * English phrases whose words stand apart around the subject they qualify, where the reports write one
 * word: "average new jobs per year" is 年均 (年均新增就业), "how many NEVs were registered" is 上牌
 * (新能源汽车新上牌). A glossary term is a run of words; these are read by a pattern that lets a few
 * words stand between the parts, and give the report's word to search with.
 */
export interface EnglishSplitPhrase {
  pattern: RegExp;
  /** The report's words for it. */
  zh: readonly string[];
}

/** What may stand between the parts: a few words ("average [new urban] jobs per year"). */
const GAP = String.raw`(?:\s+[\w'’&-]+){0,5}?\s+`;
const VEHICLES = `(?:new[- ]energy vehicles?|electric vehicles?|vehicles?|cars?|nevs?|evs?)`;

export const ENGLISH_SPLIT_PHRASES: readonly EnglishSplitPhrase[] = [
  // "average new jobs per year", "on average each year", "a year on average": the yearly average.
  {
    pattern: new RegExp(String.raw`\baverage\b${GAP}(?:per|a|each|every)\s+year\b|\b(?:per|a|each|every)\s+year\s+on\s+average\b`, 'i'),
    zh: ['年均'],
  },
  // "how many NEVs were registered", "new car registrations", "registrations of new energy vehicles".
  {
    pattern: new RegExp(
      String.raw`\b${VEHICLES}\b${GAP}(?:registered|registrations?)\b|\b(?:registered|registrations?)\s+(?:of\s+)?(?:[\w'’-]+\s+){0,2}?${VEHICLES}\b`,
      'i',
    ),
    zh: ['上牌'],
  },
];

/** The report words of the split phrases an English question writes. */
export function splitPhrasesIn(question: string): string[] {
  return ENGLISH_SPLIT_PHRASES.filter((p) => p.pattern.test(question)).flatMap((p) => p.zh);
}
