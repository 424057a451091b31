import hnswlib from 'hnswlib-node';

const { HierarchicalNSW } = hnswlib;
type Hnsw = InstanceType<typeof HierarchicalNSW>;

export interface VectorIndexSettings {
  m: number;
  efConstruction: number;
  efSearch: number;
}

export const DEFAULT_VECTOR_INDEX: VectorIndexSettings = { m: 16, efConstruction: 200, efSearch: 64 };

/** Cosine HNSW over chunk vectors; labels are chunk positions in the index's chunk list. */
export class VectorIndex {
  private constructor(
    private readonly hnsw: Hnsw,
    readonly dimensions: number,
  ) {}

  static build(vectors: readonly Float32Array[], dimensions: number, settings: VectorIndexSettings = DEFAULT_VECTOR_INDEX): VectorIndex {
    const hnsw = new HierarchicalNSW('cosine', dimensions);
    hnsw.initIndex(Math.max(1, vectors.length), settings.m, settings.efConstruction, 100);
    // hnswlib-node rejects typed arrays: vectors must be plain number arrays.
    vectors.forEach((v, label) => hnsw.addPoint(Array.from(v), label));
    hnsw.setEf(settings.efSearch);
    return new VectorIndex(hnsw, dimensions);
  }

  static read(file: string, dimensions: number, efSearch = DEFAULT_VECTOR_INDEX.efSearch): VectorIndex {
    const hnsw = new HierarchicalNSW('cosine', dimensions);
    hnsw.readIndexSync(file);
    hnsw.setEf(efSearch);
    return new VectorIndex(hnsw, dimensions);
  }

  write(file: string): void {
    this.hnsw.writeIndexSync(file);
  }

  get size(): number {
    return this.hnsw.getCurrentCount();
  }

  setEf(ef: number): void {
    this.hnsw.setEf(ef);
  }

  /** Nearest chunks by cosine similarity (1 − distance), best first. */
  search(query: Float32Array, k: number, accept?: (label: number) => boolean): Array<{ label: number; similarity: number }> {
    const n = Math.min(k, this.size);
    if (n === 0) return [];
    const result = accept ? this.hnsw.searchKnn(Array.from(query), n, accept) : this.hnsw.searchKnn(Array.from(query), n);
    return result.neighbors.map((label, i) => ({ label, similarity: 1 - result.distances[i] }));
  }
}
