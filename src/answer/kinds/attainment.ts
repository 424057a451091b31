import type { UnderstoodQuery } from '../../retrieve/query.js';
import { englishIndicator, englishPlace } from '../english-names.js';
import { formatNumber, valueText } from '../figure-format.js';
import { message } from '../messages.js';
import type { Answer, Figure } from '../schema.js';
import type { AnswerFrame, AnswerTools } from './answer-tools.js';
import { type FigureCandidate, figureCandidates } from './figure-candidates.js';
import { linesAnswer } from './lines-answer.js';

/**
 * "上海25年GDP增速超过目标没有": the year's target, read from that year's plan, set against the
 * year's result, read from the report that reviews it, like for like (a rate with a rate, a level
 * with a level in one unit), with the verdict. Null when either is missing: the ordinary answer
 * (often a sentence that says "低于目标…个百分点" itself) stands.
 */
export async function attainmentAnswer(tools: AnswerTools, frame: AnswerFrame): Promise<Answer | null> {
  const { query } = frame;
  if (!query.asksAttainment || query.places.length !== 1 || query.years.length !== 1 || !query.indicators.length) return null;
  const target = (await candidatesOf(tools, query, 'plan', 'target', false))[0];
  if (!target) return null;
  // The result measured as the target is: its growth rate for a rate target, its level otherwise.
  const actual = (await candidatesOf(tools, query, 'result', 'actual', target.measure === '%')).find((c) => c.measure === target.measure);
  if (!actual) return null;
  const citations = [actual, target].map((c) => tools.citation(c.sentence.sentence, c.sentence.score));
  const figures: Figure[] = [actual, target].map((c, i) => ({ ...c.figure, citationId: citations[i].id }));
  const lang = query.language;
  const rate = target.measure === '%';
  const shown = (c: FigureCandidate) => (rate && c.figure.unit !== '%' ? `${formatNumber(c.value)}%` : valueText(c.figure));
  // A target range ("5%—5.5%") is met at its low end.
  const goal = target.figure.range ? target.figure.range.low : target.value;
  const gap = Number(formatNumber(Math.abs(actual.value - goal)));
  const verdict = actual.value > goal ? 'above' : actual.value < goal ? 'below' : 'met';
  const line = message('attainmentLead', lang, {
    place: lang === 'en' ? englishPlace(actual.figure.district) : actual.figure.district,
    year: query.years[0],
    indicator: (lang === 'en' ? englishIndicator(actual.figure.indicator) : null) ?? actual.figure.indicator,
    rate,
    actual: shown(actual),
    target: shown(target),
    verdict,
    gap: rate ? `${formatNumber(gap)}` : null,
  });
  return linesAnswer(frame, [line], citations, figures);
}

async function candidatesOf(
  tools: AnswerTools,
  query: UnderstoodQuery,
  intent: 'plan' | 'result',
  kind: Figure['kind'],
  growth: boolean,
): Promise<FigureCandidate[]> {
  const side: UnderstoodQuery = { ...query, intent, wantsQuantity: true, asksAttainment: false };
  const outcome = await tools.retriever.retrieve(side, 5);
  if (outcome.kind !== 'found') return [];
  // The year's own figure (figureCandidates keeps the asked year's): a target for the plan, an actual for the result.
  return figureCandidates(tools, side, outcome.sentences, kind, growth);
}
