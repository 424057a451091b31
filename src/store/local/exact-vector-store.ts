import type { ChunkGrouping } from '../scope-groups.js';
import type { ChunkGroup, VectorScope, VectorStore } from '../vector-store.js';
import { topK } from './bm25.js';

/**
 * A vector store that compares the query with every chunk in scope, in full float precision: the
 * reference the contract tests hold other stores to, and enough for a small corpus.
 */
export class ExactVectorStore implements VectorStore {
  readonly groups: readonly ChunkGroup[];
  readonly size: number;
  private readonly vectors: Float32Array;
  private readonly chunkGroup: Int32Array;

  /** `vectors` are normalised to unit length, as a cosine store keeps them. */
  constructor(
    vectors: readonly Float32Array[],
    readonly dimensions: number,
    grouping: ChunkGrouping,
  ) {
    if (grouping.chunkGroup.length !== vectors.length)
      throw new Error(`vector store: ${vectors.length} vectors for ${grouping.chunkGroup.length} grouped chunks`);
    this.size = vectors.length;
    this.vectors = new Float32Array(vectors.length * dimensions);
    vectors.forEach((v, i) => {
      const norm = Math.hypot(...v) || 1;
      for (let d = 0; d < dimensions; d++) this.vectors[i * dimensions + d] = v[d] / norm;
    });
    this.groups = grouping.groups;
    this.chunkGroup = grouping.chunkGroup;
  }

  search(query: Float32Array, k: number, scope?: VectorScope): number[] {
    const extra = new Set(scope?.extraChunks ?? []);
    const norm = Math.hypot(...query) || 1;
    const scores = new Float64Array(this.size);
    const docs: number[] = [];
    for (let c = 0; c < this.size; c++) {
      if (scope && scope.allowedGroups[this.chunkGroup[c]] !== 1 && !extra.has(c)) continue;
      let dot = 0;
      for (let d = 0; d < this.dimensions; d++) dot += query[d] * this.vectors[c * this.dimensions + d];
      scores[c] = dot / norm;
      docs.push(c);
    }
    return topK(scores, docs, docs.length, k).map((r) => r.doc);
  }
}
