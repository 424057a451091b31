import type { Sentence } from '../../ingest/types.js';
import { mentionAsked } from '../../lang/zh/mention-words.js';
import { rankedLevel } from '../../lang/zh/superlative-words.js';
import { normalizeForSearch } from '../../lang/zh/normalize.js';
import { composeText } from '../compose.js';
import { message } from '../messages.js';
import type { Answer } from '../schema.js';
import { type AnswerFrame, type AnswerTools, frameAnswer } from './answer-tools.js';

/** Places cited, one sentence each: the answer's citations stay at five. */
const PLACES_CITED = 5;

/**
 * "哪些省提到了低空经济", "浙江报告有没有提到低空经济": every report read for the thing's name as
 * written, the places that write it named in the lead (those that do not, too), one sentence of each
 * cited, the latest report's first; a plain no where none does. Null when the question asks no such thing.
 */
export function placesMentioningAnswer(tools: AnswerTools, frame: AnswerFrame): Answer | null {
  const asked = mentionAsked(frame.query.question);
  if (!asked) return null;
  // Every report is read, whatever the year: no note of a year read ("去年 = 2025年") heads the answer.
  const query = { ...frame.query, yearNotes: [] };
  const own = { ...frame, query };
  const term = normalizeForSearch(asked.term).toLowerCase();
  // "哪些区提到…" asks districts: places of that level only.
  const level = asked.whichPlaces ? rankedLevel(query.question) : null;
  const levelOf = new Map(tools.retriever.corpus.documents.map((d) => [d.meta.issuer, d.meta.level]));
  const ofLevel = (place: string) => !level || levelOf.get(place) === level;
  const byPlace = new Map<string, Sentence[]>();
  for (const sentence of tools.retriever.corpus.sentences) {
    if (sentence.isHeading || !sentence.norm.toLowerCase().includes(term)) continue;
    const place = tools.retriever.issuerOf(sentence.docId);
    if ((query.places.length && !query.places.includes(place)) || !ofLevel(place)) continue;
    const list = byPlace.get(place) ?? [];
    list.push(sentence);
    byPlace.set(place, list);
  }
  const askedPlaces = query.places.length ? query.places : [...new Set(tools.coverage.map((c) => c.district))].filter(ofLevel);
  // Named nowhere: a plain no, with what the reports do cover.
  if (!byPlace.size && !query.places.length)
    return frameAnswer(own, {
      notFound: true,
      text: message('mentionNowhere', query.language, { term: asked.term }),
      citations: [],
      coverage: tools.coverage,
    });
  // Most mentions first; the latest report's sentence stands for each place.
  const places = [...byPlace.entries()]
    .map(([place, sentences]) => ({ place, sentences: [...sentences].sort((a, b) => b.period.localeCompare(a.period)) }))
    .sort((a, b) => b.sentences.length - a.sentences.length || a.place.localeCompare(b.place));
  const missing = askedPlaces.filter((p) => !byPlace.has(p));
  const citations = places.slice(0, PLACES_CITED).map(({ sentences }) => tools.citation(sentences[0], 1));
  const names = places.map((p) => p.place);
  const lead = !names.length
    ? message('mentionNone', query.language, { term: asked.term, places: missing })
    : asked.whichPlaces || names.length > 1
      ? message('mentionPlaces', query.language, { term: asked.term, places: names, missing })
      : message('mentionYes', query.language, { term: asked.term, places: names, count: places[0].sentences.length });
  return frameAnswer(own, { notFound: false, text: composeText(query, citations, lead), citations });
}
