import { glossary } from '../zh/glossary.js';

/**
 * "And expenditure?" after "Fujian general public budget revenue 2024": an English follow-up that says only a noun,
 * the counterpart of the last word of the indicator's English name the earlier question wrote (revenue → expenditure),
 * which makes another indicator's English name in the glossary (general public budget expenditure). As "支出呢" in Chinese.
 */
const NOUN_ONLY = /^(?:and|what about|how about)\s+(?:the\s+|its\s+|their\s+)?([a-z]+)\s*[?.!]*$/i;

/** Nouns said for the word the glossary's names write ("what about spending?": expenditure). */
const NAME_WORDS: Readonly<Record<string, string>> = {
  spending: 'expenditure',
  expenditures: 'expenditure',
  outlays: 'expenditure',
  income: 'revenue',
  revenues: 'revenue',
};

let englishNames: Set<string> | undefined;
function isEnglishIndicatorName(name: string): boolean {
  englishNames ??= new Set(glossary().indicators.flatMap((i) => i.en.map((en) => en.toLowerCase())));
  return englishNames.has(name.toLowerCase());
}

/**
 * The earlier English question with its indicator's name made the counterpart the follow-up's noun names, or null: the
 * follow-up names an indicator of its own ("and exports?"), says more than a noun, or no counterpart is a glossary name.
 */
export function englishCounterpartQuestion(followUp: string, earlierQuestion: string, earlierNames: readonly string[]): string | null {
  const said = NOUN_ONLY.exec(followUp.trim())?.[1]?.toLowerCase();
  if (!said || isEnglishIndicatorName(said)) return null;
  const noun = NAME_WORDS[said] ?? said;
  const lower = earlierQuestion.toLowerCase();
  const written = earlierNames
    .map((n) => n.toLowerCase())
    .filter((n) => n.includes(' ') && lower.includes(n))
    .sort((a, b) => b.length - a.length);
  for (const name of written) {
    const counterpart = name.replace(/[a-z]+$/, noun);
    if (counterpart === name || !isEnglishIndicatorName(counterpart)) continue;
    const at = lower.indexOf(name);
    return `${earlierQuestion.slice(0, at)}${counterpart}${earlierQuestion.slice(at + name.length)}`;
  }
  return null;
}
