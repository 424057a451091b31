import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { charBigrams, tokenize } from '../text/tokenize.js';
import type { Embedder } from './embedder.js';
import { gaussian, orthonormalizeColumns, seededRandom, symmetricEigen } from './linear-algebra.js';

/**
 * The built-in embedder: TF-IDF over jieba words and character bigrams, reduced by a randomized
 * truncated SVD (latent semantic analysis) fitted on the corpus at index time. It needs no model
 * and no network, is deterministic (seeded), and is stored with the index.
 */
export const LSA_VERSION = 'lsa-v1';

export interface LsaSettings {
  dimensions: number;
  /** Rows the SVD is fitted on at most; the rest are projected. Keeps large builds linear. */
  maxFitRows: number;
  minDocumentFrequency: number;
  seed: number;
}

export const DEFAULT_LSA: LsaSettings = { dimensions: 128, maxFitRows: 6000, minDocumentFrequency: 2, seed: 20250619 };

const LsaModelSchema = z.object({ id: z.string(), dimensions: z.number().int().positive(), rank: z.number().int().positive(), vocabulary: z.array(z.string()), idf: z.array(z.number()) });

type SparseRow = { indices: number[]; values: number[] };

function features(text: string): string[] {
  return [...tokenize(text), ...charBigrams(text).map((b) => `#${b}`)];
}

export class LsaEmbedder implements Embedder {
  readonly reusableAcrossCorpora = false;
  private readonly index: Map<string, number>;

  private constructor(
    readonly id: string,
    readonly dimensions: number,
    private readonly vocabulary: string[],
    private readonly idf: Float64Array,
    /**
     * The right singular vectors are kept factored as Aᵀ Q (V×l) times U S⁻¹ (l×k): projecting a
     * sparse row costs nnz·l + l·k instead of materialising the V×k basis at fit time.
     */
    private readonly termFactors: Float32Array,
    private readonly mix: Float32Array,
    private readonly rank: number,
  ) {
    this.index = new Map(vocabulary.map((t, i) => [t, i]));
  }

  static fit(texts: readonly string[], settings: LsaSettings = DEFAULT_LSA): LsaEmbedder {
    const rows = texts.length > settings.maxFitRows ? sample(texts, settings.maxFitRows, settings.seed) : [...texts];
    const df = new Map<string, number>();
    const tokenized = rows.map((t) => features(t));
    for (const tokens of tokenized) for (const t of new Set(tokens)) df.set(t, (df.get(t) ?? 0) + 1);
    const vocabulary = [...df.entries()].filter(([, n]) => n >= settings.minDocumentFrequency).map(([t]) => t).sort();
    const index = new Map(vocabulary.map((t, i) => [t, i]));
    const n = rows.length;
    const idf = Float64Array.from(vocabulary, (t) => Math.log((1 + n) / (1 + (df.get(t) ?? 0))) + 1);
    const matrix = tokenized.map((tokens) => weigh(tokens, index, idf));
    const k = Math.max(1, Math.min(settings.dimensions, n - 1, vocabulary.length - 1));
    const { termFactors, mix, rank } = randomizedSvdFactors(matrix, vocabulary.length, k, settings.seed);
    return new LsaEmbedder(`${LSA_VERSION}:${k}`, k, vocabulary, idf, termFactors, mix, rank);
  }

  static load(jsonFile: string, binFile: string): LsaEmbedder {
    const model = LsaModelSchema.parse(JSON.parse(readFileSync(jsonFile, 'utf8')));
    const bytes = readFileSync(binFile);
    const all = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const termSize = model.vocabulary.length * model.rank;
    if (all.length !== termSize + model.rank * model.dimensions) throw new Error(`LSA factors size mismatch in ${binFile}`);
    return new LsaEmbedder(model.id, model.dimensions, model.vocabulary, Float64Array.from(model.idf), all.slice(0, termSize), all.slice(termSize), model.rank);
  }

  save(jsonFile: string, binFile: string): void {
    writeFileSync(jsonFile, JSON.stringify({ id: this.id, dimensions: this.dimensions, rank: this.rank, vocabulary: this.vocabulary, idf: [...this.idf] }));
    const all = new Float32Array(this.termFactors.length + this.mix.length);
    all.set(this.termFactors);
    all.set(this.mix, this.termFactors.length);
    writeFileSync(binFile, Buffer.from(all.buffer));
  }

  embedSync(text: string): Float32Array {
    const row = weigh(features(text), this.index, this.idf);
    const k = this.dimensions;
    const l = this.rank;
    const reduced = new Float64Array(l);
    for (let j = 0; j < row.indices.length; j++) {
      const base = row.indices[j] * l;
      const w = row.values[j];
      for (let i = 0; i < l; i++) reduced[i] += w * this.termFactors[base + i];
    }
    const out = new Float32Array(k);
    for (let i = 0; i < l; i++) {
      const r = reduced[i];
      if (r === 0) continue;
      for (let d = 0; d < k; d++) out[d] += r * this.mix[i * k + d];
    }
    let norm = 0;
    for (let d = 0; d < k; d++) norm += out[d] * out[d];
    norm = Math.sqrt(norm);
    if (norm > 0) for (let d = 0; d < k; d++) out[d] /= norm;
    return out;
  }

  async embedPassages(texts: readonly string[]): Promise<Float32Array[]> {
    return texts.map((t) => this.embedSync(t));
  }

  async embedQuery(text: string): Promise<Float32Array> {
    return this.embedSync(text);
  }
}

/** Sublinear TF times IDF, L2-normalised. */
function weigh(tokens: readonly string[], index: ReadonlyMap<string, number>, idf: Float64Array): SparseRow {
  const counts = new Map<number, number>();
  for (const t of tokens) {
    const i = index.get(t);
    if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  const indices = [...counts.keys()];
  const values = indices.map((i) => (1 + Math.log(counts.get(i)!)) * idf[i]);
  const norm = Math.sqrt(values.reduce((s, v) => s + v * v, 0)) || 1;
  return { indices, values: values.map((v) => v / norm) };
}

/**
 * Halko–Martinsson–Tropp randomized SVD with one power iteration. Returns Aᵀ Q and U S⁻¹ so that
 * V = (Aᵀ Q)(U S⁻¹) never has to be formed.
 */
function randomizedSvdFactors(rows: readonly SparseRow[], cols: number, k: number, seed: number): { termFactors: Float32Array; mix: Float32Array; rank: number } {
  const n = rows.length;
  const l = Math.min(k + 10, n);
  const normal = gaussian(seededRandom(seed));
  const omega = new Float64Array(cols * l);
  for (let i = 0; i < omega.length; i++) omega[i] = normal();
  let y = multiplySparseDense(rows, omega, l);
  orthonormalizeColumns(y, n, l);
  // One power iteration sharpens the spectrum: Y = A (Aᵀ Q).
  y = multiplySparseDense(rows, multiplyTransposeSparse(rows, y, cols, l), l);
  orthonormalizeColumns(y, n, l);
  const bt = multiplyTransposeSparse(rows, y, cols, l);
  // B Bᵀ = Qᵀ A Aᵀ Q, computed as Qᵀ (A bt): sparse work instead of a V×l×l product.
  const abt = multiplySparseDense(rows, bt, l);
  const gram = new Float64Array(l * l);
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < l; i++) {
      const q = y[r * l + i];
      if (q === 0) continue;
      for (let j = 0; j < l; j++) gram[i * l + j] += q * abt[r * l + j];
    }
  }
  for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) gram[i * l + j] = gram[j * l + i] = (gram[i * l + j] + gram[j * l + i]) / 2;
  const { values, vectors } = symmetricEigen(gram, l);
  const mix = new Float32Array(l * k);
  for (let d = 0; d < k; d++) {
    const s = Math.sqrt(Math.max(values[d], 1e-12));
    for (let i = 0; i < l; i++) mix[i * k + d] = vectors[i * l + d] / s;
  }
  return { termFactors: Float32Array.from(bt), mix, rank: l };
}

function multiplySparseDense(rows: readonly SparseRow[], dense: Float64Array, l: number): Float64Array {
  const out = new Float64Array(rows.length * l);
  rows.forEach((row, r) => {
    for (let j = 0; j < row.indices.length; j++) {
      const base = row.indices[j] * l;
      const w = row.values[j];
      for (let d = 0; d < l; d++) out[r * l + d] += w * dense[base + d];
    }
  });
  return out;
}

/** Aᵀ M for an n×l dense M: cols×l. */
function multiplyTransposeSparse(rows: readonly SparseRow[], m: Float64Array, cols: number, l: number): Float64Array {
  const out = new Float64Array(cols * l);
  rows.forEach((row, r) => {
    for (let j = 0; j < row.indices.length; j++) {
      const base = row.indices[j] * l;
      const w = row.values[j];
      for (let d = 0; d < l; d++) out[base + d] += w * m[r * l + d];
    }
  });
  return out;
}

function sample<T>(items: readonly T[], size: number, seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, size);
}
