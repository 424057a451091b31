import { placeLabel } from '../../lang/zh/place-words.js';
import { periodSpan } from '../../lang/zh/years.js';
import type { UnderstoodQuery } from '../../retrieve/query.js';
import { englishIndicator, englishPlace } from '../english-names.js';
import { periodLabel } from '../figure-lead.js';
import { averageWords } from '../../lang/zh/qualifiers.js';
import { formatNumber, isAskedIndicator, valueText } from '../figure-format.js';
import { message } from '../messages.js';
import type { Answer, Figure } from '../schema.js';
import type { AnswerFrame, AnswerTools } from './answer-tools.js';
import { linesAnswer } from './lines-answer.js';
import { AVERAGE_RATE_WRITTEN, AVERAGE_SEARCH_WORD } from '../../lang/zh/verdict-words.js';

/** Sentences read for the span's average: it is often one clause of a long review sentence. */
const SEARCH_DEPTH = 8;

/**
 * "北京过去五年GDP年均增速": the one average the reports state over a span ("地区生产总值年均增长
 * 5.2%"), labelled with the span it is over, never as one year's value. The span asked
 * ("过去五年" = 2021–2025) picks the report reviewing it when several state an average. Null when
 * no cited sentence writes the asked indicator's rate as a yearly average.
 */
export async function spanAverageAnswer(tools: AnswerTools, frame: AnswerFrame): Promise<Answer | null> {
  const { query } = frame;
  if (query.places.length !== 1 || !query.indicators.length) return null;
  const search: UnderstoodQuery = {
    ...query,
    years: [],
    yearSpan: null,
    planPeriod: null,
    intent: 'result',
    wantsQuantity: true,
    searchText: `${query.searchText} ${AVERAGE_SEARCH_WORD}`,
  };
  const outcome = await tools.retriever.retrieve(search, SEARCH_DEPTH);
  if (outcome.kind !== 'found') return null;
  const end = query.yearSpan?.to ?? query.planPeriod?.to ?? null;
  const found: { figure: Figure; sentence: (typeof outcome.sentences)[number] }[] = [];
  for (const sentence of outcome.sentences) {
    const citation = tools.citation(sentence.sentence, sentence.score);
    for (const figure of tools.figuresFor(search, [citation])) {
      if (figure.kind !== 'actual' || figure.unit !== '%' || !isAskedIndicator(figure, query)) continue;
      if (!averageWritten(sentence.sentence.text, figure)) continue;
      found.push({ figure, sentence });
    }
  }
  // The span asked, when its end is known: the average over a span ending then.
  const endsAsked = end === null ? found : found.filter((f) => periodSpan(f.figure.period)?.to === end);
  const best = (endsAsked.length ? endsAsked : end === null ? found : [])[0];
  if (!best) return null;
  const citation = tools.citation(best.sentence.sentence, best.sentence.score);
  const figure = { ...best.figure, citationId: citation.id };
  const lang = query.language;
  const line = message('spanAverageLead', lang, {
    place: lang === 'en' ? englishPlace(figure.district) : placeLabel(figure.district),
    period: /^\d{4}-\d{4}$/.test(figure.period) ? periodLabel(figure.period, citation, lang) : '',
    indicator: (lang === 'en' ? englishIndicator(figure.indicator) : null) ?? figure.indicator,
    verb: lang === 'en' ? 'average annual growth ' : AVERAGE_SEARCH_WORD + (figure.change?.direction === 'down' ? '下降' : '增长'),
    // Its 年均 is the verb's already.
    value: valueText({ ...figure, qualifier: averageWords(figure.qualifier) !== null ? undefined : figure.qualifier }),
  });
  return linesAnswer(frame, [line], [citation], [figure]);
}

/** Whether the sentence writes this rate as a yearly average: "年均增长5.2%". */
function averageWritten(sentence: string, figure: Figure): boolean {
  return AVERAGE_RATE_WRITTEN(formatNumber(figure.value)).test(sentence.replace(/\s+/g, ''));
}
