import type { ChunkGrouping } from '../scope-groups.js';
import type { ChunkGroup, VectorScope, VectorStore } from '../vector-store.js';
import { topK } from './bm25.js';
import type { VectorIndex } from './hnsw-index.js';

/** When a scoped search scans its chunks exactly instead of asking the HNSW graph. */
export interface ExactScanPolicy {
  /** Scan exactly when at most this share of the chunks is in scope … */
  share: number;
  /** … or at most this many chunks. */
  min: number;
}

/** Filtered dense search scans the candidates exactly when at most this share of chunks pass. */
export const DEFAULT_EXACT_SCAN: ExactScanPolicy = { share: 0.2, min: 4000 };

/**
 * The local vector store: an HNSW graph over the chunk vectors and their int8 copy. HNSW with a
 * filter callback slows to a crawl when few chunks pass (one place among sixty), so a small scope
 * is scanned exactly over the int8 vectors, a large one is over-fetched from HNSW and filtered, and
 * only a shortfall falls back to the filtered search.
 */
export class HnswVectorStore implements VectorStore {
  readonly groups: readonly ChunkGroup[];
  private readonly chunkGroup: Int32Array;
  private readonly groupChunks: { offsets: Int32Array; list: Int32Array };
  /** Scratch scores of the exact filtered scan, by chunk; only the scanned entries are read. */
  private readonly chunkScores: Float64Array;
  private readonly scanned: Int32Array;
  /** Scratch marks of a search's extra chunks, cleared before it returns. */
  private readonly extraMark: Uint8Array;

  constructor(
    /** The HNSW graph; labels are chunk positions. */
    readonly index: VectorIndex,
    /** Chunk vectors × 127 as int8, row-major; null: never scan exactly. */
    private readonly quantized: Int8Array | null,
    grouping: ChunkGrouping,
    private readonly policy: ExactScanPolicy = DEFAULT_EXACT_SCAN,
  ) {
    if (grouping.chunkGroup.length !== index.size)
      throw new Error(`vector store: ${index.size} vectors for ${grouping.chunkGroup.length} grouped chunks`);
    this.groups = grouping.groups;
    this.chunkGroup = grouping.chunkGroup;
    this.groupChunks = grouping.groupChunks;
    this.chunkScores = new Float64Array(index.size);
    this.scanned = new Int32Array(index.size);
    this.extraMark = new Uint8Array(index.size);
  }

  get dimensions(): number {
    return this.index.dimensions;
  }

  get size(): number {
    return this.index.size;
  }

  search(vector: Float32Array, k: number, scope?: VectorScope): number[] {
    const total = this.size;
    if (!scope) return this.index.search(vector, k).map((r) => r.label);
    const { allowedGroups } = scope;
    const { chunkGroup, groupChunks } = this;
    let eligible = 0;
    for (let g = 0; g < allowedGroups.length; g++) if (allowedGroups[g]) eligible += groupChunks.offsets[g + 1] - groupChunks.offsets[g];
    const extra = new Set<number>();
    for (const c of scope.extraChunks) if (c >= 0 && c < total && allowedGroups[chunkGroup[c]] !== 1) extra.add(c);
    eligible += extra.size;
    if (eligible === 0) return [];
    if (eligible >= total) return this.index.search(vector, k).map((r) => r.label);
    const quantized = this.quantized;
    if (quantized && eligible <= Math.max(this.policy.min, this.policy.share * total)) {
      const dims = this.dimensions;
      const docs = this.scanned;
      const scores = this.chunkScores;
      let n = 0;
      const scan = (c: number) => {
        let dot = 0;
        const base = c * dims;
        for (let d = 0; d < dims; d++) dot += vector[d] * quantized[base + d];
        scores[c] = dot;
        docs[n++] = c;
      };
      for (let g = 0; g < allowedGroups.length; g++) {
        if (!allowedGroups[g]) continue;
        for (let j = groupChunks.offsets[g]; j < groupChunks.offsets[g + 1]; j++) scan(groupChunks.list[j]);
      }
      for (const c of extra) scan(c);
      return topK(scores, docs, n, k).map((r) => r.doc);
    }
    const mark = this.extraMark;
    for (const c of extra) mark[c] = 1;
    try {
      const inScope = (c: number) => allowedGroups[chunkGroup[c]] === 1 || mark[c] === 1;
      const fetch = Math.min(total, Math.ceil(((k * total) / eligible) * 1.5));
      const found = this.index
        .search(vector, fetch)
        .map((r) => r.label)
        .filter(inScope)
        .slice(0, k);
      if (found.length >= Math.min(k, eligible) || fetch >= total) return found;
      return this.index.search(vector, k, inScope).map((r) => r.label);
    } finally {
      for (const c of extra) mark[c] = 0;
    }
  }
}
