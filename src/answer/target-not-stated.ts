import { asksForPlan } from '../lang/zh/intent-words.js';
import type { UnderstoodQuery } from '../retrieve/query.js';
import { askedFigures } from './level-not-stated.js';
import { message } from './messages.js';
import type { Figure } from './schema.js';

/**
 * The words that go before a lead answering a year's plan with that year's result ("and in 2024?" after "qiantang's
 * budget revenue target for 2021", where no 2024 plan is held): "报告中没有2024年的目标，以下为实绩：". The lead says
 * "实绩", but a reader who asked a target reads the first number as one. Only where the plan was carried, not written
 * (a question that writes 目标 gets the plan's words or a refusal, not a result); null when a target of the year is given.
 */
export function targetNotStatedNote(query: UnderstoodQuery, figures: readonly Figure[]): string | null {
  if (query.intent !== 'plan' || asksForPlan(query.question) || !query.wantsQuantity || query.years.length !== 1) return null;
  const [year] = query.years;
  const ofYear = askedFigures(query, figures).filter((f) => f.period === String(year));
  if (!ofYear.length || ofYear.some((f) => f.kind === 'target')) return null;
  return message('targetNotStated', query.language, { year });
}
