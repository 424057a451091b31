import hnswlib from 'hnswlib-node';
import { Worker } from 'node:worker_threads';
import { projectSparse } from '../../embed/lsa-embedder.js';
import type { Csr } from '../../embed/sparse-matrix.js';
import type { VectorSink } from '../index-backend.js';
import { quantize } from '../search-data.js';

const { HierarchicalNSW } = hnswlib;
type Hnsw = InstanceType<typeof HierarchicalNSW>;

export interface VectorIndexSettings {
  m: number;
  efConstruction: number;
  efSearch: number;
}

/**
 * Measured on the 100 000-chunk bench corpus (bench/PERFORMANCE.md), whose reports repeat each
 * other's formulaic sentences, so a query has many near-equal neighbours: efSearch 256 finds 94 %
 * of the exact top 10, 512 finds 96 %, 768 finds 98 % in about half a millisecond (the exact scan
 * takes 22 ms). With efConstruction 100 recall stopped near 93 % however large efSearch was; 200
 * costs twice the graph time, which a worker thread hides behind tokenising.
 */
export const DEFAULT_VECTOR_INDEX: VectorIndexSettings = { m: 16, efConstruction: 200, efSearch: 768 };

/**
 * The settings for an index of `count` vectors. With no more vectors than efSearch a search never
 * fills its candidate list, so it visits every node the graph reaches: the graph's quality
 * (efConstruction) then no longer bounds recall, only the build time, and half the candidates
 * build a seed-sized graph a fifth faster.
 */
export function vectorIndexSettingsFor(count: number, settings: VectorIndexSettings = DEFAULT_VECTOR_INDEX): VectorIndexSettings {
  return count <= settings.efSearch ? { ...settings, efConstruction: Math.min(settings.efConstruction, 100) } : settings;
}

/** hnswlib's own default seed, kept so builds stay reproducible. */
const RANDOM_SEED = 100;

/** Cosine HNSW over chunk vectors; labels are chunk positions in the index's chunk list. */
export class VectorIndex {
  private constructor(
    private readonly hnsw: Hnsw,
    readonly dimensions: number,
  ) {}

  static build(vectors: readonly Float32Array[], dimensions: number, settings: VectorIndexSettings = DEFAULT_VECTOR_INDEX): VectorIndex {
    const hnsw = new HierarchicalNSW('cosine', dimensions);
    hnsw.initIndex(Math.max(1, vectors.length), settings.m, settings.efConstruction, RANDOM_SEED);
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

  get ef(): number {
    return this.hnsw.getEf();
  }

  /** The stored vector of a label (unit length: the cosine space normalises on insert). */
  vector(label: number): Float32Array {
    return Float32Array.from(this.hnsw.getPoint(label));
  }

  /** Nearest chunks by cosine similarity (1 − distance), best first. */
  search(query: Float32Array, k: number, accept?: (label: number) => boolean): Array<{ label: number; similarity: number }> {
    const n = Math.min(k, this.size);
    if (n === 0) return [];
    const result = accept ? this.hnsw.searchKnn(Array.from(query), n, accept) : this.hnsw.searchKnn(Array.from(query), n);
    return result.neighbors.map((label, i) => ({ label, similarity: 1 - result.distances[i] }));
  }
}

/** Below this many vectors a worker thread costs more to start than it saves. */
export const WORKER_MIN_VECTORS = 4000;

export interface VectorIndexBuilderOptions {
  /** Projection (V×dimensions, term-major) for rows given by `addSparse`. */
  projection?: Float32Array;
  /** Build in a worker thread; default: when there are at least `workerMinVectors` vectors. */
  worker?: boolean;
  /** How many vectors pay for a worker thread; default WORKER_MIN_VECTORS (a test lowers it to use the worker on a small corpus). */
  workerMinVectors?: number;
}

/**
 * Builds the HNSW file and the int8 copy of the vectors while the caller goes on tokenising. With
 * a worker thread (this machine has two cores; hnswlib-node builds on one) the caller hands over
 * dense vectors or, for the built-in LSA, sparse term weights that the worker projects itself, so
 * projecting and indexing both leave the main thread. Without one, the same happens in-process.
 */
export class VectorIndexBuilder implements VectorSink {
  private readonly quantized: Int8Array;
  private readonly hnsw: Hnsw | null = null;
  private readonly worker: Worker | null = null;
  private failure: Error | null = null;
  private added = 0;

  constructor(
    readonly dimensions: number,
    private readonly capacity: number,
    private readonly settings: VectorIndexSettings = DEFAULT_VECTOR_INDEX,
    private readonly options: VectorIndexBuilderOptions = {},
  ) {
    this.quantized = new Int8Array(capacity * dimensions);
    if (options.worker ?? capacity >= (options.workerMinVectors ?? WORKER_MIN_VECTORS)) {
      this.worker = new Worker(new URL('./hnsw-worker.mjs', import.meta.url), {
        workerData: {
          dimensions,
          capacity: Math.max(1, capacity),
          m: settings.m,
          efConstruction: settings.efConstruction,
          seed: RANDOM_SEED,
          projection: options.projection ?? null,
        },
        // The worker is plain JavaScript: it needs no TypeScript loader.
        execArgv: [],
      });
      this.worker.on('error', (error) => (this.failure ??= error));
    } else {
      this.hnsw = new HierarchicalNSW('cosine', dimensions);
      this.hnsw.initIndex(Math.max(1, capacity), settings.m, settings.efConstruction, RANDOM_SEED);
    }
  }

  /** Vectors for the next labels, in order. */
  add(vectors: readonly Float32Array[]): void {
    if (!vectors.length) return;
    if (this.worker) {
      const batch = new Float32Array(vectors.length * this.dimensions);
      vectors.forEach((v, i) => batch.set(v, i * this.dimensions));
      this.worker.postMessage({ type: 'add', first: this.added, vectors: batch }, [batch.buffer as ArrayBuffer]);
    } else {
      vectors.forEach((v, i) => this.insert(v, this.added + i));
    }
    this.added += vectors.length;
  }

  /** Sparse rows for the next labels, projected by `options.projection`. */
  addSparse(rows: Csr): void {
    const projection = this.options.projection;
    if (!projection) throw new Error('VectorIndexBuilder: addSparse needs a projection');
    const count = rows.rowStart.length - 1;
    if (count <= 0) return;
    if (this.worker) {
      this.worker.postMessage({ type: 'addSparse', first: this.added, ...rows }, [
        rows.rowStart.buffer as ArrayBuffer,
        rows.indices.buffer as ArrayBuffer,
        rows.values.buffer as ArrayBuffer,
      ]);
    } else {
      for (let r = 0; r < count; r++)
        this.insert(
          projectSparse(projection, this.dimensions, rows.indices, rows.values, rows.rowStart[r], rows.rowStart[r + 1]),
          this.added + r,
        );
    }
    this.added += count;
  }

  private insert(vector: Float32Array, label: number): void {
    quantize(vector, this.quantized, label * this.dimensions);
    // hnswlib-node rejects typed arrays: vectors must be plain number arrays.
    this.hnsw!.addPoint(Array.from(vector), label);
  }

  get count(): number {
    return this.added;
  }

  /** Writes the index to `file`; returns the vectors as int8 (×127), row-major. */
  async finish(file: string): Promise<Int8Array> {
    if (this.added !== this.capacity) throw new Error(`VectorIndexBuilder: ${this.added} vectors added, ${this.capacity} expected`);
    if (!this.worker) {
      this.hnsw!.setEf(this.settings.efSearch);
      this.hnsw!.writeIndexSync(file);
      return this.quantized;
    }
    if (this.failure) throw this.failure;
    const worker = this.worker;
    try {
      return await new Promise<Int8Array>((resolve, reject) => {
        worker.on('message', (message: { type: string; count?: number; quantized?: Int8Array; message?: string }) => {
          if (message.type === 'error') reject(new Error(`HNSW worker: ${message.message}`));
          else if (message.type !== 'done') return;
          else if (message.count !== this.capacity || message.quantized?.length !== this.quantized.length)
            reject(new Error(`HNSW worker indexed ${message.count} of ${this.capacity} vectors`));
          else resolve(message.quantized);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(new Error(`HNSW worker exited (${code})`)));
        worker.postMessage({ type: 'finish', file, efSearch: this.settings.efSearch });
      });
    } finally {
      await worker.terminate();
    }
  }

  /** Whether the vectors go to a worker thread. */
  get usesWorker(): boolean {
    return this.worker !== null;
  }

  /** Stops the worker of a build that is given up. */
  async abort(): Promise<void> {
    await this.worker?.terminate().catch(() => 0);
  }
}
