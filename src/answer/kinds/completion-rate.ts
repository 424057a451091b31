import { asksCompletionRate, COMPLETION_RATE_NAME } from '../../lang/zh/attainment-words.js';
import { formatNumber } from '../figure-format.js';
import { message } from '../messages.js';
import type { Figure } from '../schema.js';

const PERCENT = 100;
/** The characters a completion rate's name shares with its result's from the start ("新增停车泊位" of 新增停车泊位完成率). */
const SHARED_NAME_START = 2;

/**
 * How much of the plan was done, said after a result and its target: the rate the result's sentence states ("完成率415.4%",
 * "完成年度目标的130%"), or, when a question asks it ("完成率多少") of two amounts in one unit, the one divided by the other,
 * said so; '' otherwise. A result that is that rate itself ("完成年度目标的160.1%") is not said twice.
 */
export function completionRateNote(
  question: string,
  actual: Figure,
  target: Figure | null,
  sentenceFigures: readonly Figure[],
  lang: 'zh' | 'en',
): string {
  if (COMPLETION_RATE_NAME.test(actual.indicator)) return '';
  const stated = statedCompletionRate(actual, sentenceFigures);
  if (stated) return message('completionRate', lang, { value: formatNumber(stated.value), stated: true });
  const divides =
    target !== null &&
    asksCompletionRate(question) &&
    actual.unit !== '%' &&
    actual.unit === target.unit &&
    !target.range &&
    !target.change &&
    target.value > 0;
  return divides
    ? message('completionRate', lang, { value: formatNumber(Number(((actual.value / target.value) * PERCENT).toFixed(1))), stated: false })
    : '';
}

/**
 * The completion rate the result's sentence states of it ("新增市级高层次人才…完成率143.5%"): a figure of the answer, as its
 * result and target are (a table and a CSV of the answer carry it); undefined when the sentence states none, or the result
 * is that rate itself.
 */
export function statedCompletionRate(actual: Figure, sentenceFigures: readonly Figure[]): Figure | undefined {
  if (COMPLETION_RATE_NAME.test(actual.indicator)) return undefined;
  return sentenceFigures.find(
    (f) => f.unit === '%' && COMPLETION_RATE_NAME.test(f.indicator) && f.indicator.startsWith(actual.indicator.slice(0, SHARED_NAME_START)),
  );
}
