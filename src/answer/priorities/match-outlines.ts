import { PRIORITY_HEADING_FILLER } from '../../lang/zh/priority-words.js';

/** An outline item as matching reads it: its heading's words and its themes. */
export interface MatchableItem {
  heading: string;
  themes: readonly string[];
}

export interface OutlinePairing {
  /** Index pairs [a, b] of items matched by theme, in the order of outline a. */
  shared: Array<[number, number]>;
  /** Items of a with no match in b, and of b with none in a. */
  onlyA: number[];
  onlyB: number[];
}

/** Two items this alike are about the same thing. */
const MATCH_MIN = 0.5;

/** Character pairs of a heading's Chinese words, its numbering and filler words ("聚焦", "发展") left out. */
function bigrams(heading: string): Set<string> {
  const words = heading.replace(/^[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]?/, '').replace(PRIORITY_HEADING_FILLER, ' ');
  const out = new Set<string>();
  for (const run of words.match(/[\u4e00-\u9fff]+/g) ?? []) for (let i = 0; i + 1 < run.length; i += 1) out.add(run.slice(i, i + 2));
  return out;
}

/** How alike two items are: each shared theme counts 1, and the heading's shared words up to 2. */
export function itemSimilarity(a: MatchableItem, b: MatchableItem): number {
  const sharedThemes = a.themes.filter((t) => b.themes.includes(t)).length;
  const x = bigrams(a.heading);
  const y = bigrams(b.heading);
  const common = [...x].filter((g) => y.has(g)).length;
  const union = x.size + y.size - common;
  return sharedThemes + (union ? (2 * common) / union : 0);
}

/**
 * Pairs two outlines' items by theme (shared themes and heading words), best pairs first, each item
 * in at most one pair; the rest of each side is what only that side lists. O(|a|·|b|) with outlines
 * of at most a dozen items.
 */
export function matchOutlines(a: readonly MatchableItem[], b: readonly MatchableItem[]): OutlinePairing {
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  a.forEach((x, i) => {
    b.forEach((y, j) => {
      const score = itemSimilarity(x, y);
      if (score >= MATCH_MIN) candidates.push({ i, j, score });
    });
  });
  candidates.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const shared: Array<[number, number]> = [];
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    shared.push([c.i, c.j]);
  }
  shared.sort((p, q) => p[0] - q[0]);
  return {
    shared,
    onlyA: a.map((_, i) => i).filter((i) => !usedA.has(i)),
    onlyB: b.map((_, j) => j).filter((j) => !usedB.has(j)),
  };
}
