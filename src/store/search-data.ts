import type { Bm25Index } from './local/bm25.js';

/**
 * What the local index searches with besides the texts themselves, built once at index time and
 * stored in typed arrays: rebuilding it on every start (tokenising the corpus again) would cost
 * seconds at 100 000 chunks, and holding it as JS objects hundreds of megabytes.
 */
export interface SearchData {
  /** Chunk i is made of sentences list[offsets[i]] … list[offsets[i + 1] - 1] (positions in `sentences`). */
  chunkSentences: { offsets: Int32Array; list: Int32Array };
  chunkLexical: Bm25Index;
  sentenceLexical: Bm25Index;
  /** Positions of the sentences whose normalised text names a year ("2019年"), by year, ascending. */
  yearMentions: ReadonlyMap<number, Int32Array>;
  /** Chunk vectors × 127 as int8, row-major: exact scans over small filtered sets without HNSW. */
  quantized: Int8Array | null;
}

export function flatten(lists: readonly (readonly number[])[]): { offsets: Int32Array; list: Int32Array } {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (offsets[i + 1] = offsets[i] + l.length));
  const list = new Int32Array(offsets[lists.length]);
  lists.forEach((l, i) => list.set(l, offsets[i]));
  return { offsets, list };
}

/** The years each text names as "YYYY年", the way `periodScore` tests `norm.includes(`${year}年`)`. */
export function yearMentions(norms: Iterable<string>): Map<number, Int32Array> {
  const byYear = new Map<number, number[]>();
  let i = 0;
  for (const norm of norms) {
    if (norm.includes('年')) {
      for (const m of norm.matchAll(/\d{4}(?=年)/g)) {
        const year = Number(m[0]);
        const list = byYear.get(year) ?? [];
        if (list[list.length - 1] !== i) list.push(i);
        byYear.set(year, list);
      }
    }
    i++;
  }
  return new Map([...byYear].map(([year, list]) => [year, Int32Array.from(list)]));
}

export function quantize(vector: ArrayLike<number>, out: Int8Array, at: number): void {
  for (let d = 0; d < vector.length; d++) out[at + d] = Math.max(-127, Math.min(127, Math.round(vector[d] * 127)));
}
