/** Okapi BM25 over pre-tokenised documents, with postings in typed arrays to stay small at scale. */
export interface Bm25Params {
  k1: number;
  b: number;
}

export class Bm25Index {
  private readonly postings = new Map<string, { docs: Int32Array; tfs: Uint16Array }>();
  private readonly lengths: Uint32Array;
  private readonly averageLength: number;

  constructor(
    documents: readonly (readonly string[])[],
    private readonly params: Bm25Params = { k1: 1.2, b: 0.6 },
  ) {
    this.lengths = Uint32Array.from(documents, (d) => d.length);
    this.averageLength = documents.length ? this.lengths.reduce((s, l) => s + l, 0) / documents.length : 0;
    const lists = new Map<string, number[]>();
    documents.forEach((tokens, doc) => {
      const counts = new Map<string, number>();
      for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [t, c] of counts) {
        let list = lists.get(t);
        if (!list) lists.set(t, (list = []));
        list.push(doc, c);
      }
    });
    for (const [t, list] of lists) {
      const docs = new Int32Array(list.length / 2);
      const tfs = new Uint16Array(list.length / 2);
      for (let i = 0; i < docs.length; i++) {
        docs[i] = list[2 * i];
        tfs[i] = Math.min(65535, list[2 * i + 1]);
      }
      this.postings.set(t, { docs, tfs });
    }
  }

  get size(): number {
    return this.lengths.length;
  }

  idf(term: string): number {
    const df = this.postings.get(term)?.docs.length ?? 0;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** Scores of every document matching at least one query term; weights scale a term's part. */
  score(query: readonly string[], weights?: ReadonlyMap<string, number>): Map<number, number> {
    const scores = new Map<number, number>();
    const { k1, b } = this.params;
    for (const term of new Set(query)) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      const idf = this.idf(term) * (weights?.get(term) ?? 1);
      for (let i = 0; i < posting.docs.length; i++) {
        const doc = posting.docs[i];
        const tf = posting.tfs[i];
        const norm = tf + k1 * (1 - b + (b * this.lengths[doc]) / (this.averageLength || 1));
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (k1 + 1)) / norm);
      }
    }
    return scores;
  }

  search(query: readonly string[], k: number, accept?: (doc: number) => boolean, weights?: ReadonlyMap<string, number>): Array<{ doc: number; score: number }> {
    const ranked: Array<{ doc: number; score: number }> = [];
    for (const [doc, score] of this.score(query, weights)) if (!accept || accept(doc)) ranked.push({ doc, score });
    ranked.sort((x, y) => y.score - x.score || x.doc - y.doc);
    return ranked.slice(0, k);
  }
}
