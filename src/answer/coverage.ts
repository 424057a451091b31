import type { Sentence } from '../ingest/types.js';

export interface CoverageEntry {
  district: string;
  years: string[];
}

const KIND_LABEL: Record<string, string> = { result: '实绩', plan: '目标与计划' };

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
      .map(
        ([period, kinds]) =>
          `${period}（${[...kinds]
            .sort()
            .reverse()
            .map((k) => KIND_LABEL[k])
            .join('、')}）`,
      ),
  }));
}

const ENGLISH_LABEL: Record<string, string> = { 实绩: 'results', 目标与计划: 'targets and plans' };

/** A coverage year as an English reader wants it: "2024（实绩、目标与计划）" → "2024 (results, targets and plans)". */
export function coverageYear(year: string, en: boolean): string {
  if (!en) return year;
  return year.replace(
    /（(.+)）/,
    (_, kinds: string) =>
      ` (${kinds
        .split('、')
        .map((k) => ENGLISH_LABEL[k] ?? k)
        .join(', ')})`,
  );
}

export function coverageText(coverage: readonly CoverageEntry[], en = false): string {
  if (!en) return coverage.map((c) => `${c.district}：${c.years.join('，')}`).join('；');
  return coverage.map((c) => `${c.district}: ${c.years.map((y) => coverageYear(y, true)).join(', ')}`).join('; ');
}
