import type { UnderstoodQuery } from '../retrieve/query.js';
import { englishPlace } from './english-names.js';
import { message } from './messages.js';

/**
 * How the question was read where it could have been read otherwise: a relative year resolved
 * against today ("去年 = 2025年") and a place name read past a typo ("“拱树区”按拱墅区理解").
 * Null when the question was taken as written.
 */
export function readingNote(query: UnderstoodQuery): string | null {
  const lang = query.language;
  const parts = [
    ...query.yearNotes.map((n) => message('readYear', lang, { phrase: n.phrase, year: n.year })),
    ...query.placeSuggestions.map((s) =>
      message('readPlace', lang, { written: s.written, place: lang === 'en' ? englishPlace(s.issuer) : s.issuer }),
    ),
  ];
  return parts.length ? message('readingNote', lang, { parts }) : null;
}

/** The answer's text with the reading note at the head of its first line, so the lead stays first. */
export function withReadingNote(text: string, query: UnderstoodQuery): string {
  const note = readingNote(query);
  return note ? `${note}${text}` : text;
}
