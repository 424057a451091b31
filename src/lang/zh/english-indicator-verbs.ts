/**
 * English names an indicator by a verb as often as by a noun: "which province created the most
 * jobs", "added 1.2 million jobs" ask 城镇新增就业 as "new urban jobs" does. Each pattern reads a
 * verb and the noun it governs, a few words apart; the indicator is named as in glossary.json.
 */
export const ENGLISH_INDICATOR_VERBS: readonly { pattern: RegExp; indicator: string }[] = [
  { pattern: /\b(?:creat|add|generat)(?:e|es|ed|ing)?\b(?:\s+[\w.,%-]+){0,4}?\s+(?:urban\s+)?jobs\b/i, indicator: '城镇新增就业' },
  // "How many jobs did Jiangsu create", "jobs were added".
  { pattern: /\bjobs\b(?:\s+[\w.,%-]+){0,4}?\s+(?:creat|add|generat)(?:e|es|ed|ing)?\b/i, indicator: '城镇新增就业' },
];

/** The indicators an English question names by a verb. */
export function indicatorsNamedByVerb(question: string): string[] {
  return ENGLISH_INDICATOR_VERBS.filter((v) => v.pattern.test(question)).map((v) => v.indicator);
}
