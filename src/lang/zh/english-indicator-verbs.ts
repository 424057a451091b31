/**
 * English names an indicator by a verb as often as by a noun: "which province created the most
 * jobs", "added 1.2 million jobs" ask 城镇新增就业 as "new urban jobs" does. Each pattern reads a
 * verb and the noun it governs, a few words apart; the indicator is named as in glossary.json.
 */
export const ENGLISH_INDICATOR_VERBS: readonly { pattern: RegExp; indicator: string }[] = [
  { pattern: /\b(?:creat|add|generat)(?:e|es|ed|ing)?\b(?:\s+[\w.,%-]+){0,4}?\s+(?:urban\s+)?jobs\b/i, indicator: '城镇新增就业' },
  // "How many jobs did Jiangsu create", "jobs were added".
  { pattern: /\bjobs\b(?:\s+[\w.,%-]+){0,4}?\s+(?:creat|add|generat)(?:e|es|ed|ing)?\b/i, indicator: '城镇新增就业' },
  // "How many new energy vehicles did Anhui produce", "NEVs made": the output, as "NEV output" names it.
  {
    // Not a noun the vehicle word qualifies ("EV chargers will Guangdong build": the chargers are built).
    pattern:
      /\b(?:new[- ]energy vehicles?|nevs?|electric vehicles?|evs?)\b(?![\s-]+(?:charg\w*|batter\w*|piles?|stations?|parts?|components?))(?:\s+[\w.,%-]+){0,4}?\s+(?:produc|mak|made|manufactur|buil|built)\w*/i,
    indicator: '新能源汽车产量',
  },
  {
    pattern:
      /\b(?:produc|mak|made|manufactur|buil|built)\w*(?:\s+[\w.,%-]+){0,4}?\s+(?:new[- ]energy vehicles?|nevs?|electric vehicles?|evs?)\b(?![\s-]+(?:charg\w*|batter\w*|piles?|stations?|parts?|components?))/i,
    indicator: '新能源汽车产量',
  },
  // "How much grain did Henan produce", "grain harvested".
  { pattern: /\bgrain\b(?:\s+[\w.,%-]+){0,4}?\s+(?:produc|harvest|grew|grow)\w*/i, indicator: '粮食产量' },
];

/** The indicators an English question names by a verb. */
export function indicatorsNamedByVerb(question: string): string[] {
  return ENGLISH_INDICATOR_VERBS.filter((v) => v.pattern.test(question)).map((v) => v.indicator);
}

/**
 * English asks a number with verbs the question-word list does not hold: "What did Zhejiang's GDP reach
 * last year?", "How large were the tax cuts?", "What did retail sales total?". Each asks the value, as
 * "多少" does. Not "how fast": with an indicator named its growth word asks the value already, and with
 * none the sentence that answers it leads better than the first figure in it. "And the unemployment
 * one?" after a list of targets asks that item's figure: "one" stands for the target or figure named
 * before (not "the first one", "the other one", which point at an item and ask no number).
 */
const ENGLISH_QUANTITY_ASKED =
  /[—–:,]\s*(?:the\s+)?(?:count|number|total|figure|tally)\s*\??\s*$|\bhow (?:large|high|long|far|wide|deep)\b|\bwhat did\b.*\b(?:reach|hit|total|amount to|come to|top|stand at)\b|\bthe\s+(?!(?:first|second|third|last|other|same|next|previous|right|wrong)\b)(?:[\w-]+\s+){1,3}one\b(?!\s+of\b)/i;

/** Whether an English question asks a number in words beyond "how many / how much / what was" ("…auto benefits — count?"). */
export function asksQuantityInEnglish(question: string): boolean {
  return ENGLISH_QUANTITY_ASKED.test(question);
}
