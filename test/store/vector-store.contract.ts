import { describe, expect, it } from 'vitest';
import { type ChunkGroup, scopeOf, type VectorStore } from '../../src/store/vector-store.js';

/** Builds the store under test over these chunk vectors (not normalised) and their metadata. */
export type VectorStoreFactory = (vectors: readonly Float32Array[], dimensions: number, chunks: readonly ChunkGroup[]) => VectorStore;

const DIMS = 4;
/**
 * Six chunks whose cosine to QUERY falls in a fixed order, with no ties (a tie may go either way
 * in an approximate store): 0 (1.0), 1 (0.99), 2 (0.97), 4 (0.91), 5 (0.10), 3 (−0.20).
 */
const CHUNKS: ReadonlyArray<ChunkGroup & { vector: number[] }> = [
  { issuer: 'A', period: '2024', kind: 'result', vector: [1, 0, 0, 0] },
  { issuer: 'A', period: '2024', kind: 'plan', vector: [0.9, 0.1, 0, 0] },
  { issuer: 'B', period: '2024', kind: 'result', vector: [0.8, 0.2, 0, 0] },
  { issuer: 'B', period: '2023', kind: 'result', vector: [-0.2, 1, 0, 0] },
  { issuer: 'C', period: '2023', kind: 'plan', vector: [0.7, 0.3, 0.1, 0] },
  { issuer: 'A', period: '2023', kind: 'result', vector: [0.1, 0, 1, 0] },
];
const QUERY = Float32Array.from([1, 0, 0, 0]);
const BEST_FIRST = [0, 1, 2, 4, 5, 3];

/** The cases every VectorStore must pass, whatever keeps its vectors. */
export function vectorStoreContract(name: string, factory: VectorStoreFactory): void {
  describe(`VectorStore contract: ${name}`, () => {
    const store = () =>
      factory(
        CHUNKS.map((c) => Float32Array.from(c.vector)),
        DIMS,
        CHUNKS.map(({ issuer, period, kind }) => ({ issuer, period, kind })),
      );

    it('knows its size, dimensions and the metadata of its groups', () => {
      const s = store();
      expect(s.size).toBe(CHUNKS.length);
      expect(s.dimensions).toBe(DIMS);
      for (const c of CHUNKS) expect(s.groups).toContainEqual({ issuer: c.issuer, period: c.period, kind: c.kind });
    });

    it('returns the k nearest chunks, best first', () => {
      expect(store().search(QUERY, 3)).toEqual(BEST_FIRST.slice(0, 3));
    });

    it('returns every chunk when k exceeds the size, and none for k = 0', () => {
      const s = store();
      expect(s.search(QUERY, 50)).toEqual(BEST_FIRST);
      expect(s.search(QUERY, 0)).toEqual([]);
    });

    it('filters by issuer, by period and by kind', () => {
      const s = store();
      expect(s.search(QUERY, 10, scopeOf(s.groups, { issuers: ['B'] }))).toEqual([2, 3]);
      expect(s.search(QUERY, 10, scopeOf(s.groups, { periods: ['2023'] }))).toEqual([4, 5, 3]);
      expect(s.search(QUERY, 10, scopeOf(s.groups, { kinds: ['plan'] }))).toEqual([1, 4]);
    });

    it('applies every field of a filter together', () => {
      const s = store();
      expect(s.search(QUERY, 10, scopeOf(s.groups, { issuers: ['A'], kinds: ['result'] }))).toEqual([0, 5]);
      expect(s.search(QUERY, 10, scopeOf(s.groups, { issuers: ['A', 'C'], periods: ['2023'] }))).toEqual([4, 5]);
    });

    it('keeps to k inside a scope', () => {
      const s = store();
      expect(s.search(QUERY, 2, scopeOf(s.groups, { periods: ['2023'] }))).toEqual([4, 5]);
    });

    it('finds nothing in an empty scope', () => {
      const s = store();
      expect(s.search(QUERY, 10, scopeOf(s.groups, { issuers: ['Z'] }))).toEqual([]);
      expect(s.search(QUERY, 10, { allowedGroups: new Uint8Array(s.groups.length), extraChunks: [] })).toEqual([]);
    });

    it('lets in extra chunks outside the allowed groups, each once', () => {
      const s = store();
      expect(s.search(QUERY, 10, scopeOf(s.groups, { issuers: ['C'] }, [3]))).toEqual([4, 3]);
      expect(s.search(QUERY, 10, scopeOf(s.groups, { issuers: ['B'] }, [2, 2, 5]))).toEqual([2, 5, 3]);
      expect(s.search(QUERY, 10, scopeOf(s.groups, { issuers: ['Z'] }, [5]))).toEqual([5]);
    });

    it('searches a scope that allows everything as it searches without one', () => {
      const s = store();
      expect(s.search(QUERY, 4, scopeOf(s.groups, {}))).toEqual(BEST_FIRST.slice(0, 4));
    });
  });
}
