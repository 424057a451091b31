import type { UnderstoodQuery } from '../../retrieve/query.js';
import { placeLabel } from '../../lang/zh/place-words.js';
import { englishPlace } from '../english-names.js';
import { message } from '../messages.js';
import type { Answer } from '../schema.js';
import type { AnswerTools } from './answer-tools.js';
import { heldYears } from './trend.js';
import { isAskedSubject } from './asked-subject.js';
import { RELATIVE_YEAR_WORDS } from '../../lang/zh/relative-years.js';

/**
 * "两个省谁快" after "湖南去年经济咋样" and "那吉林呢", asked in 2026: no report holds either place's 2025 results yet, and
 * their 2025 targets are no answer to how they did. The places' latest results of one year (each place's latest, when
 * it is the same year for all) are compared instead, said so first ("报告中还没有湖南省、吉林省2025年的实绩，最新的是2024年的：").
 * Only for a result (or no kind) of a glossary indicator asked in a relative year the reader did not pick, of two places
 * or more.
 */
export function latestResultsReading(tools: AnswerTools, query: UnderstoodQuery): { query: UnderstoodQuery; latest: number } | null {
  if (query.places.length < 2 || query.intent === 'plan' || query.years.length !== 1 || query.planPeriod) return null;
  const [year] = query.years;
  // A year the reader picked ("25年", "2025年") stands as asked; only one read from today ("去年") is theirs to mean the latest.
  const relative = (phrase: string) => RELATIVE_YEAR_WORDS.some((e) => e.words.includes(phrase.toLowerCase()));
  if (!query.yearNotes.some((n) => n.year === year && relative(n.phrase))) return null;
  // A measured indicator only: a plan's own items ("民生实事") are what a year's plan sets, its target the answer.
  if (!query.indicators.length || isAskedSubject(query.indicators[0])) return null;
  const latest = query.places.map((p) => heldYears(tools, p).at(-1));
  const first = latest[0];
  if (first === undefined || first >= year || latest.some((l) => l !== first)) return null;
  return { query: { ...query, intent: 'result', wantsQuantity: true, years: [first], yearNotes: [] }, latest: first };
}

/**
 * "那前一年呢" after a question of no year: the year that far from the place's latest results year, the one the earlier
 * question was answered with, not from today's. Unchanged for other questions or several places.
 */
export function withLatestYearShifted(tools: AnswerTools, query: UnderstoodQuery): UnderstoodQuery {
  if (query.latestYearShift === undefined || query.places.length !== 1 || query.yearNotes.length !== 1) return query;
  const latest = heldYears(tools, query.places[0]).at(-1);
  if (latest === undefined) return query;
  const year = latest + query.latestYearShift;
  return { ...query, years: [year], yearNotes: [{ phrase: query.yearNotes[0].phrase, year }] };
}

/** The answer on the latest results, after the line that says the year asked is not yet reported. */
export function saidAsLatest(answer: Answer, query: UnderstoodQuery, latest: number): Answer {
  const en = query.language === 'en';
  const places = query.places.map((p) => (en ? englishPlace(p) : placeLabel(p)));
  const said = message('latestResultsComparedInstead', query.language, { places, year: query.years[0], latest });
  return { ...answer, notFound: true, text: `${said}${answer.text}` };
}
