import type { Sentence } from '../ingest/types.js';
import { message } from './messages.js';

export interface CoverageEntry {
  district: string;
  years: string[];
}

/** The kinds of sentence a coverage year lists, by the message that names them. */
const KIND_LABEL = { result: 'coverageResults', plan: 'coveragePlans' } as const;

/** What the corpus covers, issuer by issuer: the periods of its results and of its plans. */
export function corpusCoverage(sentences: readonly Sentence[], issuerOf: (docId: string) => string): CoverageEntry[] {
  const byIssuer = new Map<string, Map<string, Set<string>>>();
  for (const s of sentences) {
    if (s.kind === 'other' || s.period === 'unknown') continue;
    const issuer = issuerOf(s.docId);
    const periods = byIssuer.get(issuer) ?? new Map<string, Set<string>>();
    byIssuer.set(issuer, periods);
    const kinds = periods.get(s.period) ?? new Set<string>();
    periods.set(s.period, kinds);
    kinds.add(s.kind);
  }
  return [...byIssuer.entries()].map(([district, periods]) => ({
    district,
    years: [...periods.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, kinds]) =>
        message('coverageYear', 'zh', {
          year: period,
          kinds: [...kinds]
            .sort()
            .reverse()
            .map((k) => message(KIND_LABEL[k as keyof typeof KIND_LABEL], 'zh')),
        }),
      ),
  }));
}

/** The coverage years are written in Chinese; an English reader gets their labels translated. */
const ENGLISH_LABEL: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(KIND_LABEL).map((key) => [message(key, 'zh'), message(key, 'en')]),
);

/** A coverage year as an English reader wants it: "2024（实绩、目标与计划）" → "2024 (results, targets and plans)". */
export function coverageYear(year: string, en: boolean): string {
  if (!en) return year;
  return year.replace(/（(.+)）/, (_, kinds: string) =>
    message('coverageYear', 'en', {
      year: '',
      kinds: kinds.split('、').map((k) => ENGLISH_LABEL[k] ?? k),
    }),
  );
}

/**
 * Listed year by year, more than this many places make a refusal a wall of text nobody reads (twelve
 * places of the eval corpus: 1 500 characters): beyond it each place gets the span of its years.
 */
const PLACES_LISTED_YEAR_BY_YEAR = 3;

export function coverageText(coverage: readonly CoverageEntry[], en = false): string {
  const lang = en ? 'en' : 'zh';
  if (coverage.length > PLACES_LISTED_YEAR_BY_YEAR) {
    const spans = coverage.flatMap((c) => {
      const years = c.years.flatMap((y) => y.match(/\d{4}/g) ?? []).sort();
      const from = years[0];
      const to = years[years.length - 1];
      return from && to ? [message('coverageSpan', lang, { district: c.district, from, to })] : [];
    });
    return spans.join(message('coverageSpanSeparator', lang)) + message('coverageSpanNote', lang);
  }
  return coverage
    .map((c) => message('coverageDistrict', lang, { district: c.district, years: c.years.map((y) => coverageYear(y, en)) }))
    .join(message('coverageSeparator', lang));
}
