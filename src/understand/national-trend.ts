import type { FigureTable } from '../figure-table/index.js';
import { canonicalIndicator } from '../figure-table/canonical-indicator.js';
import { NATIONAL_ISSUER } from '../lang/zh/place-words.js';
import { asksTrend } from '../lang/zh/trend-words.js';
import type { UnderstoodQuery } from '../retrieve/query.js';

/**
 * The place a question that names none asks a trend of: the country, when only the country's reports state the
 * indicator ("超长期特别国债这两年各发多少"); null otherwise. A span ("2021到2024年") or a trend word must be asked.
 */
export function nationalTrendPlace(
  query: Pick<UnderstoodQuery, 'places' | 'indicators' | 'yearSpan' | 'question'>,
  table: FigureTable,
): string | null {
  if (query.places.length || !(query.yearSpan || asksTrend(query.question))) return null;
  const indicator = query.indicators[0]?.name;
  // Only an indicator the glossary knows and the table files: no other indicator's rows stand for it.
  if (!indicator || !canonicalIndicator(indicator).inGlossary || !table.has(indicator)) return null;
  const places = new Set(table.select({ indicator }).map((r) => r.place));
  return places.size === 1 && places.has(NATIONAL_ISSUER) ? NATIONAL_ISSUER : null;
}
