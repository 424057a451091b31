import { isRecentSpanPhrase } from '../lang/zh/relative-years.js';
import type { UnderstoodQuery } from '../retrieve/query.js';
import { NATIONAL_ISSUER } from '../lang/zh/place-words.js';
import type { AnswerTools } from './kinds/answer-tools.js';

/** A span's period as the sentences carry it: "2018-2022". */
const SPAN_PERIOD = /^(\d{4})-(\d{4})$/;

/**
 * "全国过去五年高铁里程怎么变的" asked in 2026 reads as 2021–2025, a span no national report reviews yet: the latest
 * review of as many years the place's reports hold (2018–2022, the 2023 report's "过去五年") answers instead, its years
 * stated in the reading note. Only a run of recent years named relative to today ("过去五年", "近五年", "这五年"), for
 * one place; a span written in years ("2021到2025年") stands as asked. The query unchanged when the place's reports
 * review the span asked, or no other span of its length.
 */
export function withReviewSpanHeld(tools: Pick<AnswerTools, 'retriever'>, query: UnderstoodQuery): UnderstoodQuery {
  const span = recentSpanAsked(query);
  if (!span || query.places.length !== 1) return query;
  const length = span.to - span.from;
  const place = query.places[0];
  const held = reviewSpansOf(tools.retriever, place);
  if (held.has(`${span.from}-${span.to}`)) return query;
  const latest = [...held]
    .map((p) => SPAN_PERIOD.exec(p) as RegExpExecArray)
    .map((m) => ({ from: Number(m[1]), to: Number(m[2]) }))
    .filter((s) => s.to - s.from === length && s.to < span.to)
    .sort((a, b) => b.to - a.to)[0];
  if (!latest) return query;
  return {
    ...query,
    yearSpan: latest,
    // "the past five years" read as the plan under review (2021–2025) names no year of its own: the review's ends are its years.
    ...(query.yearSpan ? {} : { planPeriod: null, planPeriodOver: undefined }),
    years: query.yearSpan
      ? query.years.map((y) => (y === span.from ? latest.from : y === span.to ? latest.to : y))
      : [latest.from, latest.to],
    yearNotes: query.yearNotes.map((n) => ({ ...n, year: n.year === span.from ? latest.from : n.year === span.to ? latest.to : n.year })),
  };
}

/**
 * The run of recent years asked ("过去五年", "the past five years"), or null. An English "past five years" is read as the
 * plan under review (2021–2025, see query.ts): its plan period stands for the span when the years named are only that phrase.
 */
function recentSpanAsked(query: UnderstoodQuery): { from: number; to: number } | null {
  const phrases = [...new Set(query.yearNotes.map((n) => n.phrase))];
  if (phrases.length !== 1 || !isRecentSpanPhrase(phrases[0])) return null;
  if (query.yearSpan) return query.planPeriod ? null : query.yearSpan;
  return query.planPeriodOver && query.planPeriod ? query.planPeriod : null;
}

/** Each corpus's review spans by place, read once: a span question would otherwise scan every sentence each time. */
const spansByCorpus = new WeakMap<object, Map<string, Set<string>>>();

function reviewSpansOf(retriever: AnswerTools['retriever'], place: string): Set<string> {
  const corpus = retriever.corpus;
  let byPlace = spansByCorpus.get(corpus);
  if (!byPlace) {
    byPlace = new Map();
    for (const s of corpus.sentences) {
      if (s.kind !== 'result' || !SPAN_PERIOD.test(s.period)) continue;
      const issuer = retriever.issuerOf(s.docId);
      byPlace.set(issuer, (byPlace.get(issuer) ?? new Set()).add(s.period));
    }
    spansByCorpus.set(corpus, byPlace);
  }
  return byPlace.get(place) ?? new Set();
}

/**
 * A recent span asked of no place, read as the country's ("过去五年政府负债率…", "过去五年CPI年均涨多少" asked in 2026): its
 * latest review of as many years when its reports do not review the span asked (the 2023 report's 2018–2022). Null when
 * the question names a place, no run of recent years, or the corpus holds no review of the country's.
 */
export function nationalSpanReading(tools: Pick<AnswerTools, 'retriever'>, query: UnderstoodQuery): UnderstoodQuery | null {
  if (query.places.length || query.unknownPlaces.length || !recentSpanAsked(query)) return null;
  if (!reviewSpansOf(tools.retriever, NATIONAL_ISSUER).size) return null;
  return withReviewSpanHeld(tools, { ...query, places: [NATIONAL_ISSUER] });
}
