import type { LexicalIndex, LexicalScores, ScoredDoc } from '../lexical-index.js';

/**
 * Okapi BM25 over pre-tokenised documents. Postings are packed into one byte array per index: per
 * posting a varint of (gap to the previous document × 2 + whether tf > 1), then tf (capped at 255)
 * only when it is above 1, as it rarely is. A 100 000-chunk corpus costs about two bytes a posting
 * instead of a JS object per term, and an index can be written to disk and read back without
 * re-tokenising.
 */
export interface Bm25Params {
  k1: number;
  b: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.6 };

/** The persisted form: the term list plus typed arrays. */
export interface PackedBm25 {
  terms: string[];
  /** Byte offset of each term's postings in `postings`; one more entry than terms. */
  offsets: Uint32Array;
  df: Uint32Array;
  postings: Uint8Array;
  lengths: Uint32Array;
}

export type { ScoredDoc } from '../lexical-index.js';

/** Scores of one query over the whole index; released, the buffers go back to a pool for the next query. */
export interface Bm25Scores extends LexicalScores {
  /** Documents that match at least one term, in no particular order. */
  readonly matched: Int32Array;
  readonly matchedCount: number;
}

const TF_CAP = 255;

/** The local lexical index. */
export class Bm25Index implements LexicalIndex {
  private readonly termIds: Map<string, number>;
  private readonly terms: string[];
  private readonly offsets: Uint32Array;
  private readonly df: Uint32Array;
  private readonly postings: Uint8Array;
  private readonly lengths: Uint32Array;
  private readonly averageLength: number;
  private readonly pool: Array<{ scores: Float64Array; matched: Int32Array }> = [];

  constructor(
    documents: readonly (readonly string[])[] | PackedBm25,
    private readonly params: Bm25Params = DEFAULT_BM25,
  ) {
    const packed = Array.isArray(documents) ? pack(documents as readonly (readonly string[])[]) : (documents as PackedBm25);
    this.terms = packed.terms;
    this.offsets = packed.offsets;
    this.df = packed.df;
    this.postings = packed.postings;
    this.lengths = packed.lengths;
    if (this.offsets.length !== this.terms.length + 1 || this.df.length !== this.terms.length)
      throw new Error('BM25 index: term tables do not match');
    if (this.offsets[this.terms.length] !== this.postings.length) throw new Error('BM25 index: postings truncated');
    this.termIds = new Map(this.terms.map((t, i) => [t, i]));
    let total = 0;
    for (let i = 0; i < this.lengths.length; i++) total += this.lengths[i];
    this.averageLength = this.lengths.length ? total / this.lengths.length : 0;
  }

  static fromPacked(packed: PackedBm25, params: Bm25Params = DEFAULT_BM25): Bm25Index {
    return new Bm25Index(packed, params);
  }

  pack(): PackedBm25 {
    return { terms: this.terms, offsets: this.offsets, df: this.df, postings: this.postings, lengths: this.lengths };
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Bytes held in typed arrays (the term map not counted). */
  get byteSize(): number {
    return this.offsets.byteLength + this.df.byteLength + this.postings.byteLength + this.lengths.byteLength;
  }

  has(term: string): boolean {
    const id = this.termIds.get(term);
    return id !== undefined && this.df[id] > 0;
  }

  idf(term: string): number {
    const id = this.termIds.get(term);
    const df = id === undefined ? 0 : this.df[id];
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** Scores of every document matching at least one query term; weights scale a term's part. */
  score(query: readonly string[], weights?: ReadonlyMap<string, number>): Map<number, number> {
    const scores = this.accumulate(query, weights);
    try {
      const out = new Map<number, number>();
      for (let i = 0; i < scores.matchedCount; i++) out.set(scores.matched[i], scores.get(scores.matched[i]));
      return out;
    } finally {
      scores.release();
    }
  }

  search(query: readonly string[], k: number, accept?: (doc: number) => boolean, weights?: ReadonlyMap<string, number>): ScoredDoc[] {
    const scores = this.accumulate(query, weights);
    try {
      return scores.top(k, accept);
    } finally {
      scores.release();
    }
  }

  accumulate(query: readonly string[], weights?: ReadonlyMap<string, number>): Bm25Scores {
    const buffers = this.pool.pop() ?? { scores: new Float64Array(this.size), matched: new Int32Array(this.size) };
    const { scores, matched } = buffers;
    let count = 0;
    const { k1, b } = this.params;
    const avg = this.averageLength || 1;
    for (const term of new Set(query)) {
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      const idf = this.idf(term) * (weights?.get(term) ?? 1);
      if (!(idf > 0)) continue;
      const end = this.offsets[id + 1];
      let p = this.offsets[id];
      let doc = 0;
      while (p < end) {
        let code = 0;
        let scale = 1;
        let byte: number;
        do {
          byte = this.postings[p++];
          code += (byte & 0x7f) * scale;
          scale *= 128;
        } while (byte & 0x80);
        doc += Math.floor(code / 2);
        const tf = code % 2 === 1 ? this.postings[p++] : 1;
        const norm = tf + k1 * (1 - b + (b * this.lengths[doc]) / avg);
        // Every contribution is positive, so a zero marks a document not seen yet.
        if (scores[doc] === 0) matched[count++] = doc;
        scores[doc] += (idf * tf * (k1 + 1)) / norm;
      }
    }
    let released = false;
    return {
      get: (doc) => scores[doc],
      matched,
      matchedCount: count,
      top: (k, accept) => topK(scores, matched, count, k, accept),
      release: () => {
        if (released) return;
        released = true;
        for (let i = 0; i < count; i++) scores[matched[i]] = 0;
        this.pool.push(buffers);
      },
    };
  }
}

function pack(documents: readonly (readonly string[])[]): PackedBm25 {
  const builder = new Bm25Builder();
  for (const tokens of documents) builder.add(tokens);
  return builder.pack();
}

/**
 * Collects documents one at a time as term ids, so a large build never holds every token string
 * of the corpus at once.
 */
export class Bm25Builder {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly docs: Int32Array[] = [];

  add(tokens: readonly string[]): void {
    const ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      let id = this.termIds.get(tokens[i]);
      if (id === undefined) {
        id = this.terms.length;
        this.termIds.set(tokens[i], id);
        this.terms.push(tokens[i]);
      }
      ids[i] = id;
    }
    this.docs.push(ids);
  }

  get size(): number {
    return this.docs.length;
  }

  build(params: Bm25Params = DEFAULT_BM25): Bm25Index {
    return Bm25Index.fromPacked(this.pack(), params);
  }

  pack(): PackedBm25 {
    const termCount = this.terms.length;
    const lengths = Uint32Array.from(this.docs, (d) => d.length);
    const df = new Uint32Array(termCount);
    const seen = new Int32Array(termCount).fill(-1);
    this.docs.forEach((ids, doc) => {
      for (const id of ids) {
        if (seen[id] === doc) continue;
        seen[id] = doc;
        df[id]++;
      }
    });
    // Worst case per posting: a 5-byte varint and a tf byte; compacted below.
    const starts = new Float64Array(termCount + 1);
    for (let i = 0; i < termCount; i++) starts[i + 1] = starts[i] + df[i] * 6;
    const scratch = new Uint8Array(starts[termCount]);
    const cursor = Float64Array.from(starts.subarray(0, termCount));
    const lastDoc = new Int32Array(termCount);
    const tf = new Int32Array(termCount);
    const touched: number[] = [];
    this.docs.forEach((ids, doc) => {
      for (const id of ids) if (tf[id]++ === 0) touched.push(id);
      for (const id of touched) {
        let code = (doc - lastDoc[id]) * 2 + (tf[id] > 1 ? 1 : 0);
        lastDoc[id] = doc;
        let p = cursor[id];
        while (code >= 0x80) {
          scratch[p++] = (code % 128) | 0x80;
          code = Math.floor(code / 128);
        }
        scratch[p++] = code;
        if (tf[id] > 1) scratch[p++] = Math.min(TF_CAP, tf[id]);
        cursor[id] = p;
        tf[id] = 0;
      }
      touched.length = 0;
    });
    const offsets = new Uint32Array(termCount + 1);
    for (let i = 0; i < termCount; i++) offsets[i + 1] = offsets[i] + (cursor[i] - starts[i]);
    const postings = new Uint8Array(offsets[termCount]);
    for (let i = 0; i < termCount; i++) postings.set(scratch.subarray(starts[i], cursor[i]), offsets[i]);
    return { terms: [...this.terms], offsets, df, postings, lengths };
  }
}

/** A bounded min-heap over (score, doc): O(n log k) instead of sorting every match. */
export function topK(
  scores: ArrayLike<number>,
  docs: ArrayLike<number>,
  count: number,
  k: number,
  accept?: (doc: number) => boolean,
): ScoredDoc[] {
  if (k <= 0) return [];
  const heapDocs = new Int32Array(k);
  const heapScores = new Float64Array(k);
  let size = 0;
  // "a is worse than b": lower score, or equal score and larger doc.
  const worse = (sa: number, da: number, sb: number, db: number) => sa < sb || (sa === sb && da > db);
  for (let i = 0; i < count; i++) {
    const doc = docs[i];
    const score = scores[doc];
    if (size === k && !worse(heapScores[0], heapDocs[0], score, doc)) continue;
    if (accept && !accept(doc)) continue;
    if (size < k) {
      let j = size++;
      while (j > 0) {
        const parent = (j - 1) >> 1;
        if (!worse(score, doc, heapScores[parent], heapDocs[parent])) break;
        heapScores[j] = heapScores[parent];
        heapDocs[j] = heapDocs[parent];
        j = parent;
      }
      heapScores[j] = score;
      heapDocs[j] = doc;
    } else {
      let j = 0;
      for (;;) {
        const left = 2 * j + 1;
        if (left >= size) break;
        const right = left + 1;
        const child = right < size && worse(heapScores[right], heapDocs[right], heapScores[left], heapDocs[left]) ? right : left;
        if (!worse(heapScores[child], heapDocs[child], score, doc)) break;
        heapScores[j] = heapScores[child];
        heapDocs[j] = heapDocs[child];
        j = child;
      }
      heapScores[j] = score;
      heapDocs[j] = doc;
    }
  }
  const out: ScoredDoc[] = [];
  for (let i = 0; i < size; i++) out.push({ doc: heapDocs[i], score: heapScores[i] });
  return out.sort((x, y) => y.score - x.score || x.doc - y.doc);
}
