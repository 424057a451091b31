import { describe, expect, it } from 'vitest';
import type { LexicalIndex } from '../../src/store/lexical-index.js';

/** Builds the index under test over these tokenised documents. */
export type LexicalIndexFactory = (documents: readonly (readonly string[])[]) => LexicalIndex;

const DOCUMENTS = [['gdp', 'growth', 'gdp'], ['gdp', 'income'], ['income', 'rural', 'income'], ['export'], ['growth']];

/** The cases every LexicalIndex must pass (BM25 scores with k1 1.2, b 0.6 fix the orders below). */
export function lexicalIndexContract(name: string, factory: LexicalIndexFactory): void {
  describe(`LexicalIndex contract: ${name}`, () => {
    const index = () => factory(DOCUMENTS);
    const docs = (hits: { doc: number }[]) => hits.map((h) => h.doc);

    it('ranks the documents that use a term more, and shorter ones, first', () => {
      expect(index().size).toBe(DOCUMENTS.length);
      expect(docs(index().search(['gdp'], 10))).toEqual([0, 1]);
      expect(docs(index().search(['income', 'export'], 10))).toEqual([3, 2, 1]);
    });

    it('keeps to k, to the accepted documents and to the weights', () => {
      const i = index();
      expect(docs(i.search(['income', 'export'], 2))).toEqual([3, 2]);
      expect(docs(i.search(['gdp'], 10, (d) => d !== 0))).toEqual([1]);
      expect(docs(i.search(['income', 'export'], 10, undefined, new Map([['export', 0.1]])))).toEqual([2, 1, 3]);
    });

    it('finds nothing for unknown terms', () => {
      expect(index().search(['imports'], 10)).toEqual([]);
    });

    it('weighs a rare term above a common one', () => {
      const i = index();
      expect(i.idf('export')).toBeGreaterThan(i.idf('income'));
    });

    it('accumulates scores it reads back, and releases them for the next query', () => {
      const i = index();
      const first = i.accumulate(['export']);
      expect(first.get(3)).toBeGreaterThan(0);
      expect(first.get(4)).toBe(0);
      expect(docs(first.top(1))).toEqual([3]);
      first.release();
      const second = i.accumulate(['growth']);
      expect(second.get(3)).toBe(0);
      expect(docs(second.top(10))).toEqual([4, 0]);
      second.release();
    });
  });
}
