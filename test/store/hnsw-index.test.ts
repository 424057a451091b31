import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gaussian, seededRandom } from '../../src/embed/linear-algebra.js';
import { DEFAULT_VECTOR_INDEX, VectorIndex, VectorIndexBuilder, vectorIndexSettingsFor } from '../../src/store/local/hnsw-index.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'vector-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function unitVectors(count: number, dims: number, seed: number): Float32Array[] {
  const normal = gaussian(seededRandom(seed));
  return Array.from({ length: count }, () => {
    const v = Float32Array.from({ length: dims }, () => normal());
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  });
}

describe('vectorIndexSettingsFor', () => {
  it('keeps the full graph effort for corpora larger than efSearch', () => {
    expect(vectorIndexSettingsFor(DEFAULT_VECTOR_INDEX.efSearch + 1)).toEqual(DEFAULT_VECTOR_INDEX);
    expect(vectorIndexSettingsFor(100).efConstruction).toBeLessThan(DEFAULT_VECTOR_INDEX.efConstruction);
  });

  it('still finds the exact nearest neighbours of a corpus no larger than efSearch', async () => {
    const dims = 32;
    const vectors = unitVectors(600, dims, 5);
    const settings = vectorIndexSettingsFor(vectors.length);
    const builder = new VectorIndexBuilder(dims, vectors.length, settings, { worker: false });
    builder.add(vectors);
    const file = path.join(dir, 'small.hnsw');
    await builder.finish(file);
    const index = VectorIndex.read(file, dims, settings.efSearch);
    for (const query of unitVectors(40, dims, 6)) {
      const exact = vectors
        .map((v, label) => ({ label, score: v.reduce((s, x, d) => s + x * query[d], 0) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, 10)
        .map((r) => r.label);
      expect(index.search(query, 10).map((r) => r.label)).toEqual(exact);
    }
  });
});

describe('VectorIndexBuilder in a worker thread', () => {
  it('builds the graph and the int8 copy the in-process builder builds', async () => {
    const dims = 16;
    const vectors = unitVectors(300, dims, 7);
    const built = async (worker: boolean) => {
      const builder = new VectorIndexBuilder(dims, vectors.length, vectorIndexSettingsFor(vectors.length), { worker });
      expect(builder.usesWorker).toBe(worker);
      builder.add(vectors.slice(0, 100));
      builder.add(vectors.slice(100));
      const file = path.join(dir, `worker-${worker}.hnsw`);
      const quantized = await builder.finish(file);
      return { quantized, index: VectorIndex.read(file, dims) };
    };
    const inWorker = await built(true);
    const inProcess = await built(false);
    expect(Array.from(inWorker.quantized)).toEqual(Array.from(inProcess.quantized));
    for (const query of unitVectors(10, dims, 8))
      expect(inWorker.index.search(query, 5).map((r) => r.label)).toEqual(inProcess.index.search(query, 5).map((r) => r.label));
  });
});
