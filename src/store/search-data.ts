import type { Chunk } from '../chunk/chunk-types.js';
import type { Sentence } from '../ingest/types.js';
import { tokenize } from '../lang/zh/tokenize.js';
import { Bm25Index } from './local/bm25.js';
import type { VectorIndex } from './local/hnsw-index.js';

/**
 * What the retriever searches with besides the texts themselves, built once at index time and
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

/** The shape the search data needs of an index; every IndexData has it. */
export interface SearchSource {
  sentences: readonly Sentence[];
  chunks: readonly Chunk[];
  vectors: VectorIndex;
  lexical?: { chunkTokens: string[][]; sentenceTokens: string[][] };
  search?: SearchData;
}

const derived = new WeakMap<object, SearchData>();

/**
 * The index's stored search data, or the same derived from its sentences and chunks (an index
 * assembled by hand, or by an older build); derived once per index and shared by its retrievers.
 */
export function searchDataOf(data: SearchSource): SearchData {
  if (data.search) return data.search;
  const cached = derived.get(data);
  if (cached) return cached;
  const position = new Map(data.sentences.map((s, i) => [s.id, i]));
  const lists = data.chunks.map((c) => c.sentenceIds.map((id) => position.get(id) ?? -1).filter((i) => i >= 0));
  const search: SearchData = {
    chunkSentences: flatten(lists),
    chunkLexical: new Bm25Index(data.lexical?.chunkTokens ?? data.chunks.map((c) => tokenize(c.indexText))),
    sentenceLexical: new Bm25Index(data.lexical?.sentenceTokens ?? data.sentences.map((s) => tokenize(s.text))),
    yearMentions: yearMentions(data.sentences.map((s) => s.norm)),
    quantized: quantizeIndex(data.vectors),
  };
  derived.set(data, search);
  return search;
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

function quantizeIndex(vectors: VectorIndex): Int8Array {
  const dims = vectors.dimensions;
  const out = new Int8Array(vectors.size * dims);
  for (let label = 0; label < vectors.size; label++) quantize(vectors.vector(label), out, label * dims);
  return out;
}
