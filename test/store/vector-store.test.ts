import { ExactVectorStore } from '../../src/store/local/exact-vector-store.js';
import { VectorIndex } from '../../src/store/local/hnsw-index.js';
import { HnswVectorStore } from '../../src/store/local/hnsw-vector-store.js';
import { groupChunksByMetadata } from '../../src/store/scope-groups.js';
import { quantize } from '../../src/store/search-data.js';
import type { ChunkGroup } from '../../src/store/vector-store.js';
import { vectorStoreContract } from './vector-store.contract.js';

function hnswStore(quantized: boolean, policy?: { share: number; min: number }) {
  return (vectors: readonly Float32Array[], dimensions: number, chunks: readonly ChunkGroup[]) => {
    const index = VectorIndex.build(vectors, dimensions);
    const int8 = new Int8Array(vectors.length * dimensions);
    for (let c = 0; c < vectors.length; c++) quantize(index.vector(c), int8, c * dimensions);
    return new HnswVectorStore(index, quantized ? int8 : null, groupChunksByMetadata(chunks), policy);
  };
}

vectorStoreContract(
  'exact scan',
  (vectors, dimensions, chunks) => new ExactVectorStore(vectors, dimensions, groupChunksByMetadata(chunks)),
);
// A small scope is scanned exactly over the int8 copy …
vectorStoreContract('HNSW, small scopes scanned over int8', hnswStore(true));
// … a large one is over-fetched from the graph and filtered, falling back to the filtered search.
vectorStoreContract('HNSW, scopes over-fetched from the graph', hnswStore(true, { share: 0, min: 0 }));
vectorStoreContract('HNSW without an int8 copy', hnswStore(false));
