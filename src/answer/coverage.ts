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

/**
 * The single years without a far goal's (钱塘区 "2035（目标与计划）"): a plan-only year more than a year after the latest
 * year of results is a goal, not a year's plan.
 */
function withoutFarGoals(years: readonly string[]): string[] {
  const results = message(KIND_LABEL.result, 'zh');
  const latestResult = Math.max(...years.filter((y) => y.includes(results)).map((y) => Number(y.slice(0, 4))));
  return Number.isFinite(latestResult) ? years.filter((y) => Number(y.slice(0, 4)) <= latestResult + 1) : [...years];
}

/** A coverage year of one year ("2024（实绩）"), not a span ("2021-2025（实绩）"). */
const SINGLE_YEAR = /^\d{4}(?!\s*[-–—]\s*\d)/;

export function coverageText(coverage: readonly CoverageEntry[], en = false): string {
  const lang = en ? 'en' : 'zh';
  if (coverage.length > PLACES_LISTED_YEAR_BY_YEAR) {
    const spans = coverage.flatMap((c) => {
      // Each year a report gives results or a plan for; a five-year review's or plan's span ("2026-2030") and a far goal
      // (2035) would promise years no report gives a figure of, so they count only for a place with no single year.
      const single = withoutFarGoals(c.years.filter((y) => SINGLE_YEAR.test(y)));
      const years = (single.length ? single : c.years).flatMap((y) => y.match(/\d{4}/g) ?? []).sort();
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
