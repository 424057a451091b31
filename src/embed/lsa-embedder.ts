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

export const DEFAULT_LSA: LsaSettings = { dimensions: 256, maxFitRows: 6000, minDocumentFrequency: 2, seed: 20250619 };

const LsaModelSchema = z.object({ id: z.string(), dimensions: z.number().int().positive(), vocabulary: z.array(z.string()), idf: z.array(z.number()) });

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
    /** V×k right singular vectors, row-major. */
    private readonly basis: Float32Array,
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
    const basis = randomizedRightSingularVectors(matrix, vocabulary.length, k, settings.seed);
    return new LsaEmbedder(`${LSA_VERSION}:${k}`, k, vocabulary, idf, basis);
  }

  static load(jsonFile: string, binFile: string): LsaEmbedder {
    const model = LsaModelSchema.parse(JSON.parse(readFileSync(jsonFile, 'utf8')));
    const bytes = readFileSync(binFile);
    const basis = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    if (basis.length !== model.vocabulary.length * model.dimensions) throw new Error(`LSA basis size mismatch in ${binFile}`);
    return new LsaEmbedder(model.id, model.dimensions, model.vocabulary, Float64Array.from(model.idf), basis);
  }

  save(jsonFile: string, binFile: string): void {
    writeFileSync(jsonFile, JSON.stringify({ id: this.id, dimensions: this.dimensions, vocabulary: this.vocabulary, idf: [...this.idf] }));
    writeFileSync(binFile, Buffer.from(this.basis.buffer, this.basis.byteOffset, this.basis.byteLength));
  }

  embedSync(text: string): Float32Array {
    const row = weigh(features(text), this.index, this.idf);
    const k = this.dimensions;
    const out = new Float32Array(k);
    for (let j = 0; j < row.indices.length; j++) {
      const base = row.indices[j] * k;
      const w = row.values[j];
      for (let d = 0; d < k; d++) out[d] += w * this.basis[base + d];
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

/** Halko–Martinsson–Tropp randomized SVD with one power iteration; returns V (cols×k). */
function randomizedRightSingularVectors(rows: readonly SparseRow[], cols: number, k: number, seed: number): Float32Array {
  const n = rows.length;
  const l = Math.min(k + 10, n);
  const normal = gaussian(seededRandom(seed));
  const omega = new Float64Array(cols * l);
  for (let i = 0; i < omega.length; i++) omega[i] = normal();
  // Y = A Ω
  let y = multiplySparseDense(rows, omega, l);
  orthonormalizeColumns(y, n, l);
  // One power iteration sharpens the spectrum: Y = A (Aᵀ Q).
  const z = multiplyTransposeSparse(rows, y, cols, l);
  y = multiplySparseDense(rows, z, l);
  orthonormalizeColumns(y, n, l);
  // B = Qᵀ A (l×cols), then eigen of B Bᵀ.
  const bt = multiplyTransposeSparse(rows, y, cols, l);
  const gram = new Float64Array(l * l);
  for (let c = 0; c < cols; c++) {
    const base = c * l;
    for (let i = 0; i < l; i++) {
      const bi = bt[base + i];
      if (bi === 0) continue;
      for (let j = i; j < l; j++) gram[i * l + j] += bi * bt[base + j];
    }
  }
  for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) gram[i * l + j] = gram[j * l + i];
  const { values, vectors } = symmetricEigen(gram, l);
  // V = Bᵀ U S⁻¹, keeping the top k.
  const basis = new Float32Array(cols * k);
  for (let c = 0; c < cols; c++) {
    for (let d = 0; d < k; d++) {
      const s = Math.sqrt(Math.max(values[d], 1e-12));
      let sum = 0;
      for (let i = 0; i < l; i++) sum += bt[c * l + i] * vectors[i * l + d];
      basis[c * k + d] = sum / s;
    }
  }
  return basis;
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
