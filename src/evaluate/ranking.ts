import { fuseRankings, RRF_K, type WeightedRanking } from '../retrieve/fusion.js';

export { RRF_K };

/**
 * The retriever's own fusion (src/retrieve/fusion.ts) as a ranking; plain rankings weigh 1. Ties go
 * to the smaller id so runs are deterministic.
 */
export function fuseRrf(rankings: ReadonlyArray<readonly number[] | WeightedRanking>, k = RRF_K): number[] {
  const weighted = rankings.map((r) => ('items' in r ? r : { items: r, weight: 1 }));
  return [...fuseRankings(weighted, k).entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([item]) => item);
}

/** 1-based rank of the gold item, or null when the ranking does not contain it. */
export function rankOf(ranking: readonly number[], gold: number): number | null {
  const i = ranking.indexOf(gold);
  return i < 0 ? null : i + 1;
}

export interface RetrievalMetrics {
  questions: number;
  recallAt1: number;
  recallAt5: number;
  /** Mean reciprocal rank; a gold item outside the ranked depth counts 0. */
  mrr: number;
}

/** With one gold item per question, recall@k is the share of questions whose gold ranks ≤ k. */
export function retrievalMetrics(ranks: ReadonlyArray<number | null>): RetrievalMetrics {
  const n = ranks.length;
  if (!n) return { questions: 0, recallAt1: 0, recallAt5: 0, mrr: 0 };
  let at1 = 0;
  let at5 = 0;
  let rr = 0;
  for (const r of ranks) {
    if (r === null) continue;
    if (r <= 1) at1++;
    if (r <= 5) at5++;
    rr += 1 / r;
  }
  return { questions: n, recallAt1: at1 / n, recallAt5: at5 / n, mrr: rr / n };
}

/** Nearest-rank percentile (p in 0..100) of a sample; NaN for an empty one. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}
