/** Reciprocal-rank fusion constant: how flat the credit for lower ranks is. */
export const RRF_K = 60;

export interface WeightedRanking {
  /** Item ids, best first. */
  items: readonly number[];
  weight: number;
}

/** Weighted reciprocal-rank fusion: Σ weight / (k + rank) over the rankings an item appears in. */
export function fuseRankings(rankings: readonly WeightedRanking[], k = RRF_K): Map<number, number> {
  const scores = new Map<number, number>();
  for (const { items, weight } of rankings) items.forEach((item, rank) => scores.set(item, (scores.get(item) ?? 0) + weight / (k + rank)));
  return scores;
}
