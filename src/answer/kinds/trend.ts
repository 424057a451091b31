import type { UnderstoodQuery } from '../../retrieve/query.js';
import { englishPlace } from '../english-names.js';
import { RECENT_YEARS } from '../../lang/zh/relative-years.js';
import { asksForGrowth } from '../../lang/zh/change-words.js';
import { message } from '../messages.js';
import { valueText } from '../figure-format.js';
import type { Answer } from '../schema.js';
import type { AnswerFrame, AnswerTools } from './answer-tools.js';
import { linesAnswer } from './lines-answer.js';
import { type FigureCandidate, figureCandidates, inOneUnit } from './figure-candidates.js';

/**
 * A trend: the asked indicator of one place for each year asked (a range "2021到2024" is every
 * year in it), or every year the place's reports give results for; the latest five years cited.
 * Fewer than two years with the figure: null, and the ordinary answer (often a from–to sentence,
 * "从7248亿元提高到8865亿元") stands.
 */
export async function trendAnswer(tools: AnswerTools, frame: AnswerFrame): Promise<Answer | null> {
  const { query } = frame;
  const place = query.places[0];
  const held = tools.retriever.corpus.documents
    .map((d) => d.meta)
    .filter((d) => d.issuer === place && d.reportsOn !== null)
    .map((d) => d.reportsOn as number);
  const asked = query.years.length >= 2 ? range(Math.min(...query.years), Math.max(...query.years)) : [...new Set(held)].sort();
  const growth = asksForGrowth(query.question);
  const byYear: { key: number; candidates: FigureCandidate[] }[] = [];
  for (const year of asked.slice(-TREND_YEARS)) {
    // Each year asked for its number of the indicator: "近三年" is no word to search for.
    const side: UnderstoodQuery = {
      ...query,
      years: [year],
      planPeriod: null,
      intent: 'result',
      wantsQuantity: true,
      searchText: `${query.searchText.replace(RECENT_YEARS_WORDS, ' ')} ${query.indicators.map((i) => i.name).join(' ')}`,
    };
    const outcome = await tools.retriever.retrieve(side, 3);
    byYear.push({
      key: year,
      candidates: outcome.kind === 'found' ? figureCandidates(tools, side, outcome.sentences, 'actual', growth) : [],
    });
  }
  const points = inOneUnit(byYear).map(({ key, candidate }) => ({ year: key, ...candidate }));
  if (points.length < 2) return null;
  const citations = points.map((p) => tools.citation(p.sentence.sentence, p.sentence.score));
  const figures = points.map((p, i) => ({ ...p.figure, citationId: citations[i].id }));
  const lang = query.language;
  const items = points.map((p, i) =>
    message('trendItem', lang, { year: p.year, value: growth && p.figure.unit !== '%' ? `${p.value}%` : valueText(p.figure), n: i + 1 }),
  );
  const missing = asked.slice(-TREND_YEARS).filter((y) => !points.some((p) => p.year === y));
  const [older, newer] = points.length === 2 ? points : [];
  const verdict =
    older && newer && older.value !== newer.value
      ? message(newer.value > older.value ? 'yearsHigher' : 'yearsLower', lang, { year: newer.year, than: older.year })
      : '';
  const lines = [
    message('trendLead', lang, {
      place: lang === 'en' ? englishPlace(place) : place,
      indicator: query.indicators[0].name,
      items,
    }) + verdict,
    ...(missing.length ? [message('trendMissing', lang, { years: missing })] : []),
  ];
  return linesAnswer(frame, lines, citations, figures);
}

/** A trend states at most this many years (the latest), each cited. */
const TREND_YEARS = 5;

/** "近三年", "过去五年": words of the span, not of the figure. */
const RECENT_YEARS_WORDS = new RegExp(RECENT_YEARS.source, 'gi');

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, Math.min(to - from + 1, 50)) }, (_, i) => from + i);
}
