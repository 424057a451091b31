import type { ScoredSentence } from '../../retrieve/retriever.js';
import type { UnderstoodQuery } from '../../retrieve/query.js';

/**
 * A question about one year's indicator that asks no target ("广东2025年经济发展状况") may find the
 * year's plan sentence first, because the plan names the year and the indicator while the next
 * report's review says "全年" or "初步统计". When a result sentence of that year naming the
 * indicator was found too, it answers the question and goes first; the plan keeps its place after.
 * Without one, the order stands (and the plan is then offered only as the nearest thing held).
 */
export function resultsBeforeTheYearsPlan(
  query: UnderstoodQuery,
  found: readonly ScoredSentence[],
  statesAskedResult: (s: ScoredSentence) => boolean,
): ScoredSentence[] {
  const asked = query.indicators[0];
  const top = found[0]?.sentence;
  if (query.intent === 'plan' || query.planPeriod || query.years.length !== 1 || !asked || !top) return [...found];
  const year = String(query.years[0]);
  if (top.kind !== 'plan' || !top.period.startsWith(year)) return [...found];
  // The whole year: a first quarter's result is not the year's.
  const isResult = (s: ScoredSentence) => s.sentence.kind === 'result' && s.sentence.period === year && statesAskedResult(s);
  const results = found.filter(isResult);
  return results.length ? [...results, ...found.filter((s) => !isResult(s))] : [...found];
}
