import type { Citation } from './schema.js';
import type { UnderstoodQuery } from '../retrieve/query.js';
import { message } from './messages.js';

/** Strips nothing and adds nothing: the frame is ours, the quotes are the report's. */
export function composeText(query: UnderstoodQuery, citations: readonly Citation[], lead: string | null): string {
  const lang = query.language;
  const top = citations[0];
  const source = top ? `${top.district}《${top.title}》` : '';
  if (lead) {
    // The lead already answers; every quote follows it, numbered as the lead's markers count.
    const quotes = citations.map((c, i) => `[${i + 1}] ${c.sentence}`);
    return [lead, ...(quotes.length ? [message('fromReports', lang), ...quotes] : [])].join('\n');
  }
  const first = top ? message('accordingTo', lang, { source, sentence: top.sentence }) : '';
  const rest = citations.slice(1).map((c, i) => `[${i + 2}] ${c.sentence}`);
  return [first, ...(rest.length ? [message('relatedPassages', lang), ...rest] : [])].join('\n');
}

export function notFoundText(query: UnderstoodQuery, reason: string, coverage: string): string {
  return `${notFoundLine(query, reason)}\n${message('coverageIntro', query.language)}${coverage}`;
}

/** The sentence that says what the reports do not hold, naming the place, year and indicator asked. */
export function notFoundLine(query: UnderstoodQuery, reason: string): string {
  const lang = query.language;
  const asked = query.indicators[0]?.name ?? '';
  const subject = asked ? message('askedSubject', lang, { places: query.places, years: query.years, indicator: asked }) : '';
  const what =
    reason === 'unknown-place'
      ? message('unknownPlace', lang, { places: query.unknownPlaces })
      : reason === 'no-period'
        ? message('noPeriod', lang, { places: query.places, years: query.years })
        : subject
          ? message('subjectNotCovered', lang, { subject })
          : // (Chinese only: an English refusal keeps its one plain line.)
            lang === 'zh' && query.wantsQuantity && query.places.length && query.years.length
            ? message('noFigureForPeriod', lang, { places: query.places, years: query.years })
            : message('notCovered', lang);
  return what;
}
