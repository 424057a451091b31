/**
 * BM25 scores checked against the textbook formula on hand-built documents, so a change to the
 * document frequency, the length normalisation, the posting encoding or the top-k heap moves a
 * number these tests pin (issue 15: df counted per occurrence went unnoticed before).
 */
import { describe, expect, it } from 'vitest';
import { Bm25Builder, Bm25Index, DEFAULT_BM25, topK } from '../../src/store/local/bm25.js';

/** Okapi BM25 written out independently of the packed index. */
function reference(documents: readonly (readonly string[])[], query: readonly string[], k1 = DEFAULT_BM25.k1, b = DEFAULT_BM25.b) {
  const n = documents.length;
  const avg = documents.reduce((s, d) => s + d.length, 0) / n;
  const idf = (t: string) => {
    const df = documents.filter((d) => d.includes(t)).length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  return documents.map((d) => {
    let score = 0;
    for (const t of new Set(query)) {
      const tf = d.filter((x) => x === t).length;
      if (tf === 0) continue;
      score += (idf(t) * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * d.length) / avg));
    }
    return score;
  });
}

const DOCS = [
  ['gdp', 'gdp', 'gdp', 'growth'],
  ['gdp', 'income'],
  ['income', 'rural', 'income', 'urban', 'wage', 'wage'],
  ['export'],
  ['growth', 'export', 'growth'],
];

describe('BM25 scores', () => {
  it('counts a word once per document for its idf, however often the document repeats it', () => {
    const index = new Bm25Index([['a', 'a', 'a', 'a'], ['b'], ['c']]);
    // df(a) = 1 of 3 documents: ln(1 + 2.5 / 1.5) = 0.98; counted per occurrence it would be 0.15.
    expect(index.idf('a')).toBeCloseTo(Math.log(1 + 2.5 / 1.5), 10);
    expect(index.idf('a')).toBeCloseTo(index.idf('b'), 10);
    expect(index.idf('unknown')).toBeCloseTo(Math.log(1 + 3.5 / 0.5), 10);
  });

  it('equals the textbook formula for every document and query, built at once, by builder, or read back packed', () => {
    const built = new Bm25Builder();
    for (const d of DOCS) built.add(d);
    expect(built.size).toBe(DOCS.length);
    const indexes = [new Bm25Index(DOCS), built.build(), Bm25Index.fromPacked(new Bm25Index(DOCS).pack())];
    for (const query of [['gdp'], ['income', 'wage'], ['growth', 'export', 'growth'], ['rural', 'gdp', 'nothing']]) {
      const expected = reference(DOCS, query);
      for (const index of indexes) {
        const scores = index.score(query);
        expected.forEach((e, doc) => {
          if (e === 0) expect(scores.has(doc)).toBe(false);
          else expect(scores.get(doc)).toBeCloseTo(e, 10);
        });
      }
    }
  });

  it('follows k1 and b when they are given', () => {
    const params = { k1: 2, b: 0.3 };
    const expected = reference(DOCS, ['income', 'gdp'], 2, 0.3);
    const scores = new Bm25Index(DOCS, params).score(['income', 'gdp']);
    expect(scores.get(1)).toBeCloseTo(expected[1], 10);
    expect(scores.get(2)).toBeCloseTo(expected[2], 10);
    expect(new Bm25Builder().build(params).size).toBe(0);
    const builder = new Bm25Builder();
    for (const d of DOCS) builder.add(d);
    expect(builder.build(params).score(['income']).get(2)).toBeCloseTo(reference(DOCS, ['income'], 2, 0.3)[2], 10);
    expect(Bm25Index.fromPacked(builder.pack(), params).score(['income']).get(2)).toBeCloseTo(reference(DOCS, ['income'], 2, 0.3)[2], 10);
  });

  it('scales a term by its weight, and drops a term weighted zero', () => {
    const index = new Bm25Index(DOCS);
    const plain = index.score(['income', 'export']);
    const weighted = index.score(['income', 'export'], new Map([['export', 0.5]]));
    expect(weighted.get(3)).toBeCloseTo((plain.get(3) ?? 0) * 0.5, 10);
    expect(weighted.get(2)).toBeCloseTo(plain.get(2) ?? 0, 10);
    const dropped = index.score(['income', 'export'], new Map([['export', 0]]));
    expect(dropped.has(3)).toBe(false);
    expect(dropped.has(2)).toBe(true);
  });

  it('reads postings far apart and term counts above 127 and above the 255 cap', () => {
    // 300 documents: gaps need two-byte varints; document 299 repeats a word 300 times (capped at 255).
    const docs: string[][] = Array.from({ length: 300 }, (_, i) => [`w${i}`]);
    docs[0].push('rare');
    docs[200].push('rare', 'rare');
    docs[299] = Array.from({ length: 300 }, () => 'many');
    docs[150] = Array.from({ length: 130 }, () => 'many');
    const index = new Bm25Index(docs);
    const rare = index.score(['rare']);
    expect([...rare.keys()].sort((a, b) => a - b)).toEqual([0, 200]);
    expect(rare.get(200)).toBeGreaterThan(rare.get(0) ?? 0);
    const many = index.score(['many']);
    const { k1, b } = DEFAULT_BM25;
    const avg = docs.reduce((s, d) => s + d.length, 0) / docs.length;
    const idf = index.idf('many');
    const expectedScore = (tf: number, len: number) => (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * len) / avg));
    expect(many.get(150)).toBeCloseTo(expectedScore(130, 130), 10);
    expect(many.get(299)).toBeCloseTo(expectedScore(255, 300), 10);
    expect([...many.keys()].sort((a, c) => a - c)).toEqual([150, 299]);
  });

  it('lists a document matching several query terms once', () => {
    const index = new Bm25Index(DOCS);
    const scores = index.accumulate(['gdp', 'growth', 'export']);
    expect(scores.matchedCount).toBe(4);
    expect(
      scores
        .top(10)
        .map((h) => h.doc)
        .sort(),
    ).toEqual([0, 1, 3, 4]);
    scores.release();
    expect(index.search(['gdp', 'growth'], 10).map((h) => h.doc)).toEqual([0, 4, 1]);
  });

  it('reads a posting whose gap code is exactly 128 (the first two-byte varint)', () => {
    // Gap 64 with a single occurrence encodes as 64 × 2 + 0 = 128.
    const docs: string[][] = Array.from({ length: 70 }, (_, i) => [`w${i}`]);
    docs[0].push('x');
    docs[64].push('x');
    docs[65].push('x', 'x');
    const scores = new Bm25Index(docs).score(['x']);
    expect([...scores.keys()].sort((a, b) => a - b)).toEqual([0, 64, 65]);
    expect(scores.get(64)).toBeCloseTo(reference(docs, ['x'])[64], 10);
    expect(scores.get(65)).toBeCloseTo(reference(docs, ['x'])[65], 10);
  });

  it('holds exactly the words of its documents, in order of first use', () => {
    expect(new Bm25Index(DOCS).pack().terms).toEqual(['gdp', 'growth', 'income', 'rural', 'urban', 'wage', 'export']);
    const builder = new Bm25Builder();
    for (const d of DOCS) builder.add(d);
    expect(builder.pack().terms).toEqual(['gdp', 'growth', 'income', 'rural', 'urban', 'wage', 'export']);
  });

  it('counts its documents and the bytes it holds', () => {
    const index = new Bm25Index(DOCS);
    expect(index.size).toBe(5);
    const packed = index.pack();
    expect(index.byteSize).toBe(packed.offsets.byteLength + packed.df.byteLength + packed.postings.byteLength + packed.lengths.byteLength);
    expect(Array.from(packed.lengths)).toEqual(DOCS.map((d) => d.length));
    expect(Array.from(packed.df)).toEqual(packed.terms.map((t) => DOCS.filter((d) => d.includes(t)).length));
    // One byte a posting here (small gaps), one more where a word repeats in a document.
    const postings = DOCS.reduce((s, d) => s + new Set(d).size, 0);
    const repeated = DOCS.reduce((s, d) => s + [...new Set(d)].filter((t) => d.filter((x) => x === t).length > 1).length, 0);
    expect(packed.postings.length).toBe(postings + repeated);
  });

  it('refuses packed tables that do not match', () => {
    const packed = new Bm25Index(DOCS).pack();
    expect(() => Bm25Index.fromPacked({ ...packed, df: packed.df.subarray(1) })).toThrow(/term tables/);
    expect(() => Bm25Index.fromPacked({ ...packed, offsets: packed.offsets.subarray(1) })).toThrow(/term tables/);
    expect(() => Bm25Index.fromPacked({ ...packed, postings: packed.postings.subarray(1) })).toThrow(/truncated/);
  });

  it('scores an empty index and an empty document without dividing by zero', () => {
    const empty = new Bm25Index([]);
    expect(empty.size).toBe(0);
    expect(empty.search(['a'], 5)).toEqual([]);
    const withEmpty = new Bm25Index([[], ['a']]);
    const score = withEmpty.score(['a']).get(1) ?? Number.NaN;
    expect(Number.isFinite(score)).toBe(true);
    expect(score).toBeCloseTo(reference([[], ['a']], ['a'])[1], 10);
  });

  it('hands back clean buffers after a release, and a second release does not pool them twice', () => {
    const index = new Bm25Index(DOCS);
    const first = index.accumulate(['gdp']);
    expect(first.matchedCount).toBe(2);
    first.release();
    first.release();
    const a = index.accumulate(['export']);
    const b = index.accumulate(['gdp']);
    // Two live queries must not share buffers: released twice, the pool would hand out one pair twice.
    expect(a.get(0)).toBe(0);
    expect(b.get(3)).toBe(0);
    expect(a.get(3)).toBeGreaterThan(0);
    expect(b.get(0)).toBeGreaterThan(0);
    a.release();
    b.release();
  });
});

describe('topK', () => {
  const scores = [0.5, 2, 2, 0.1, 3, 1, 0.7];
  const docs = [0, 1, 2, 3, 4, 5, 6];

  it('keeps the k best, best first, ties to the smaller document', () => {
    for (let k = 1; k <= 8; k++) {
      const expected = docs
        .map((doc) => ({ doc, score: scores[doc] }))
        .sort((x, y) => y.score - x.score || x.doc - y.doc)
        .slice(0, k);
      expect(topK(scores, docs, docs.length, k)).toEqual(expected);
    }
  });

  it('is the same whatever order the matches come in', () => {
    const reversed = [...docs].reverse();
    const shuffled = [4, 0, 6, 2, 5, 1, 3];
    for (let k = 1; k <= 7; k++) {
      const expected = topK(scores, docs, docs.length, k);
      expect(topK(scores, reversed, reversed.length, k)).toEqual(expected);
      expect(topK(scores, shuffled, shuffled.length, k)).toEqual(expected);
    }
  });

  it('skips documents not accepted, reads only the first count matches, and returns nothing for k 0', () => {
    expect(topK(scores, docs, docs.length, 2, (d) => d !== 4).map((h) => h.doc)).toEqual([1, 2]);
    expect(topK(scores, docs, 3, 5).map((h) => h.doc)).toEqual([1, 2, 0]);
    expect(topK(scores, docs, docs.length, 0)).toEqual([]);
    expect(topK(scores, docs, docs.length, -1)).toEqual([]);
  });

  it('keeps ties in document order when the heap is full', () => {
    const flat = [1, 1, 1, 1, 1];
    expect(topK(flat, [4, 3, 2, 1, 0], 5, 2).map((h) => h.doc)).toEqual([0, 1]);
    expect(topK(flat, [0, 1, 2, 3, 4], 5, 3).map((h) => h.doc)).toEqual([0, 1, 2]);
  });
});
