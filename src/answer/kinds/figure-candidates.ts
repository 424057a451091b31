import type { UnderstoodQuery } from '../../retrieve/query.js';
import { PERCENTAGE_POINTS } from '../../lang/zh/units.js';
import { isAskedIndicator } from '../figure-format.js';
import type { ScoredSentence } from '../../retrieve/retriever.js';
import type { Figure } from '../schema.js';
import type { AnswerTools } from './answer-tools.js';

/** The figure a place is ranked by: the asked indicator, of the asked kind, a rate when growth is asked. */
export interface FigureCandidate {
  figure: Figure;
  value: number;
  sentence: ScoredSentence;
}

export function rankedFigure(
  tools: AnswerTools,
  query: UnderstoodQuery,
  sentences: readonly ScoredSentence[],
  kind: Figure['kind'],
  growth: boolean,
): { figure: Figure; value: number; sentence: ScoredSentence } | null {
  return figureCandidates(tools, query, sentences, kind, growth)[0] ?? null;
}

/** Every figure a place could be ranked or trended by, best evidence first (see rankedFigure). */
export function figureCandidates(
  tools: AnswerTools,
  query: UnderstoodQuery,
  sentences: readonly ScoredSentence[],
  kind: Figure['kind'],
  growth: boolean,
): { figure: Figure; value: number; sentence: ScoredSentence }[] {
  const out: { figure: Figure; value: number; sentence: ScoredSentence }[] = [];
  for (const sentence of sentences) {
    const citation = tools.citation(sentence.sentence, sentence.score);
    for (const figure of tools.figuresFor(query, [citation])) {
      // A difference in percentage points is no level and no rate of the indicator.
      if (figure.kind !== kind || !isAskedIndicator(figure, query) || figure.unit === PERCENTAGE_POINTS) continue;
      if (query.years.length && !figure.period.startsWith(String(query.years[0]))) continue;
      const rate = figure.unit === '%' ? (figure.range?.high ?? figure.value) : figure.change?.unit === '%' ? figure.change.value : null;
      const value = growth ? rate : figure.unit === '%' ? null : (figure.valueInBaseUnit ?? figure.value);
      if (value !== null && value !== undefined) out.push({ figure, value, sentence });
    }
  }
  return out;
}
