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
    ...yearsByPhrase(query.yearNotes).map(([phrase, years]) => message('readYear', lang, { phrase, years })),
    ...query.placeSuggestions.map((s) =>
      message('readPlace', lang, { written: s.written, place: lang === 'en' ? englishPlace(s.issuer) : s.issuer }),
    ),
  ];
  return parts.length ? message('readingNote', lang, { parts }) : null;
}

const SPAN_PHRASE = /近|过去|最近|last|past/i;

/** "近两年" read as 2024 and 2025 is one note: 近两年 = 2024–2025年. */
function yearsByPhrase(notes: UnderstoodQuery['yearNotes']): Array<[string, string]> {
  const byPhrase = new Map<string, number[]>();
  for (const n of notes) byPhrase.set(n.phrase, [...(byPhrase.get(n.phrase) ?? []), n.year]);
  return [...byPhrase.entries()].map(([phrase, years]) => {
    const sorted = [...new Set(years)].sort((a, b) => a - b);
    // "近三年" reads as its two ends; it means the years between them too.
    const run = sorted.every((y, i) => i === 0 || y === sorted[i - 1] + 1) || SPAN_PHRASE.test(phrase);
    return [phrase, sorted.length > 1 && run ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join('、')];
  });
}

/** The answer's text with the reading note at the head of its first line, so the lead stays first. */
export function withReadingNote(text: string, query: UnderstoodQuery): string {
  const note = readingNote(query);
  return note ? `${note}${text}` : text;
}
