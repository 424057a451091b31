import { isRecentSpanPhrase } from '../lang/zh/relative-years.js';
import type { UnderstoodQuery } from '../retrieve/query.js';
import { englishPlace } from './english-names.js';
import { message } from './messages.js';
import { relativeYearInChinese, relativeYearInEnglish } from '../lang/zh/relative-years.js';
import { regions } from '../lang/zh/regions.js';

/**
 * How the question was read where it could have been read otherwise: a relative year resolved
 * against today ("去年 = 2025年"), a place name read past a typo ("“拱树区”按拱墅区理解"), and a
 * region only part of which the reports cover ("京津冀：报告只覆盖北京市，天津市、河北省不在报告中").
 * Null when the question was taken as written.
 */
export function readingNote(query: UnderstoodQuery): string | null {
  const lang = query.language;
  const parts = [
    ...yearsByPhrase(query.yearNotes).map(([phrase, years]) =>
      message('readYear', lang, {
        phrase: lang === 'en' ? (relativeYearInEnglish(phrase) ?? phrase) : relativeYearInChinese(phrase),
        years,
      }),
    ),
    ...query.placeSuggestions.map((s) =>
      message('readPlace', lang, { written: s.written, place: lang === 'en' ? englishPlace(s.issuer) : s.issuer }),
    ),
    ...partlyCoveredRegions(query).map((r) => message('readRegion', lang, r)),
  ];
  return parts.length ? message('readingNote', lang, { parts }) : null;
}

/** Regions asked whose members the reports cover only in part: the members asked for and not found are named. */
function partlyCoveredRegions(query: UnderstoodQuery): Array<{ region: string; covered: string[]; missing: string[] }> {
  const name = (issuer: string) => (query.language === 'en' ? englishPlace(issuer) : issuer);
  return regions()
    .filter((r) => query.regions.includes(r.name))
    .map((r) => ({
      region: query.language === 'en' ? titleCase(r.en[0] ?? r.name) : r.name,
      covered: r.members.filter((m) => query.places.includes(m)).map(name),
      missing: r.members.filter((m) => !query.places.includes(m)).map(name),
    }))
    .filter((r) => r.covered.length > 0 && r.missing.length > 0);
}

/** "jing-jin-ji" → "Jing-Jin-Ji", "yangtze river delta" → "Yangtze River Delta". */
function titleCase(name: string): string {
  return name.replace(/(^|[\s-])([a-z])/g, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

/** "近两年" read as 2024 and 2025 is one note: 近两年 = 2024–2025年. */
function yearsByPhrase(notes: UnderstoodQuery['yearNotes']): Array<[string, string]> {
  const byPhrase = new Map<string, number[]>();
  for (const n of notes) byPhrase.set(n.phrase, [...(byPhrase.get(n.phrase) ?? []), n.year]);
  return [...byPhrase.entries()].map(([phrase, years]) => {
    const sorted = [...new Set(years)].sort((a, b) => a - b);
    // "近三年" reads as its two ends; it means the years between them too.
    const run = sorted.every((y, i) => i === 0 || y === sorted[i - 1] + 1) || isRecentSpanPhrase(phrase);
    return [phrase, sorted.length > 1 && run ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join('、')];
  });
}

/** The answer's text with the reading note at the head of its first line, so the lead stays first. */
export function withReadingNote(text: string, query: UnderstoodQuery): string {
  const note = readingNote(query);
  return note ? `${note}${text}` : text;
}
