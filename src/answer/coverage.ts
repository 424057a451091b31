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
      .map(([period, kinds]) => `${period}（${[...kinds].sort().reverse().map((k) => KIND_LABEL[k]).join('、')}）`),
  }));
}

export function coverageText(coverage: readonly CoverageEntry[]): string {
  return coverage.map((c) => `${c.district}：${c.years.join('，')}`).join('；');
}
