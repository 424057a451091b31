/**
 * Whose figure an indicator is (城镇 or 农村 residents'), as a question and a figure's name write
 * it. A question about 农村居民收入 is answered by the 农村 figure only: the 城镇 one beside it in
 * the same 分别 sentence, or the all-resident one, is another indicator.
 */

import { POPULATION_GROUPS } from './population-qualifiers.js';

export interface ResidentQualifier {
  /** The word the reports write before the indicator's name. */
  word: string;
  /** How a question or a figure's name says it: of residents, so 城镇调查失业率 is no 城镇 figure. */
  spelling: RegExp;
}

export const RESIDENT_QUALIFIERS: readonly ResidentQualifier[] = [
  { word: '城镇', spelling: /城镇(?:常住)?居民|城市居民/ },
  { word: '农村', spelling: /农村(?:常住)?居民|农民|乡村居民/ },
];

/** Both kinds of residents named together. */
const BOTH_RESIDENTS = /城乡|城镇.{0,3}农村|农村.{0,3}城镇|\burban\b.{0,30}\brural\b|\brural\b.{0,30}\burban\b/i;

/** The one resident qualifier a question names, or null (none, or both as in "城镇和农村"). */
export function askedResidentQualifier(question: string): ResidentQualifier | null {
  // "城镇和农村居民", "城乡居民": both asked, neither alone.
  if (BOTH_RESIDENTS.test(question)) return null;
  // An English question names the group in English ("rural residents", "farmers").
  const inEnglish = (q: ResidentQualifier) => POPULATION_GROUPS.find((g) => g.word === q.word)?.english.test(question) ?? false;
  const named = RESIDENT_QUALIFIERS.filter((q) => q.spelling.test(question) || inEnglish(q));
  return named.length === 1 ? named[0] : null;
}

/** Whether a figure's indicator name is of that qualifier's residents. */
export function namesResidentQualifier(indicator: string, qualifier: ResidentQualifier): boolean {
  return qualifier.spelling.test(indicator);
}
