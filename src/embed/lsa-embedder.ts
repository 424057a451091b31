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

/**
 * 128 dimensions: 64 loses a tenth of dense recall@1 on CMRC 2018 dev (0.67 → 0.60). 3 000 fit rows:
 * on the 10 000-chunk bench corpus a fit on 3 000 rows agrees with one on 6 000 as well as two
 * 6 000-row fits with different seeds agree with each other (top-10 overlap 0.56 against 0.55), at
 * less than half the fit time, which is the fixed cost of every large build.
 */
export const DEFAULT_LSA: LsaSettings = { dimensions: 128, maxFitRows: 3000, minDocumentFrequency: 2, seed: 20250619 };

const LsaModelSchema = z.object({
  id: z.string(),
  dimensions: z.number().int().positive(),
  rank: z.number().int().positive(),
  /** "basis": embedder.bin holds the V×k basis (term-major); absent in models of older indexes. */
  layout: z.literal('basis').optional(),
  vocabulary: z.array(z.string()),
  idf: z.array(z.number()),
});

export type SparseRow = { indices: number[]; values: number[] };

/**
 * Σ values[j] · basis[indices[j]] over j in [from, to), L2-normalised. src/index/hnsw-worker.mjs
 * repeats these lines for passages projected in a worker thread; keep the two the same.
 */
export function projectSparse(basis: Float32Array, k: number, indices: ArrayLike<number>, values: ArrayLike<number>, from: number, to: number): Float32Array {
  const sum = new Float64Array(k);
  for (let j = from; j < to; j++) {
    const base = indices[j] * k;
    const w = values[j];
    for (let d = 0; d < k; d++) sum[d] += w * basis[base + d];
  }
  let norm = 0;
  for (let d = 0; d < k; d++) norm += sum[d] * sum[d];
  norm = Math.sqrt(norm);
  const out = new Float32Array(k);
  if (norm > 0) for (let d = 0; d < k; d++) out[d] = sum[d] / norm;
  return out;
}

/** A passage already cut into search tokens, with its text for the character bigrams. */
export interface LsaRow {
  tokens: readonly string[];
  text: string;
}

function features(text: string): string[] {
  return rowFeatures({ tokens: tokenize(text), text });
}

function rowFeatures(row: LsaRow): string[] {
  return [...row.tokens, ...charBigrams(row.text).map((b) => `#${b}`)];
}

const CJK_FIRST = 0x4e00;
const CJK_SPAN = 0x9fff - CJK_FIRST + 1;

/** A bigram of two CJK characters as a small integer, so projecting needs no bigram strings. */
function bigramCode(a: number, b: number): number {
  return (a - CJK_FIRST) * CJK_SPAN + (b - CJK_FIRST);
}

export class LsaEmbedder implements Embedder {
  readonly reusableAcrossCorpora = false;
  private readonly index: Map<string, number>;
  private readonly bigramIndex: Map<number, number>;

  private constructor(
    readonly id: string,
    readonly dimensions: number,
    private readonly vocabulary: string[],
    private readonly idf: Float64Array,
    /**
     * The projection V×k (term-major), multiplied out once at fit time from the SVD's factors:
     * embedding a passage is then nnz·k multiply-adds, which is most of an index build.
     */
    private readonly basis: Float32Array,
    private readonly rank: number,
  ) {
    this.index = new Map(vocabulary.map((t, i) => [t, i]));
    this.bigramIndex = new Map();
    vocabulary.forEach((t, i) => {
      if (t.length === 3 && t[0] === '#' && isCjk(t.charCodeAt(1)) && isCjk(t.charCodeAt(2))) this.bigramIndex.set(bigramCode(t.charCodeAt(1), t.charCodeAt(2)), i);
    });
  }

  static fit(texts: readonly string[], settings: LsaSettings = DEFAULT_LSA): LsaEmbedder {
    const rows = texts.length > settings.maxFitRows ? sample(texts, settings.maxFitRows, settings.seed) : [...texts];
    return LsaEmbedder.fitFeatures(rows.map((t) => features(t)), settings);
  }

  /** Positions of the rows `fit` samples from `count` passages, for callers that tokenise only those. */
  static fitSample(count: number, settings: LsaSettings = DEFAULT_LSA): number[] {
    const all = [...Array(count).keys()];
    return count > settings.maxFitRows ? sample(all, settings.maxFitRows, settings.seed) : all;
  }

  /** Fits on passages already tokenised (all of them: sample with `fitSample` first). */
  static fitRows(rows: readonly LsaRow[], settings: LsaSettings = DEFAULT_LSA): LsaEmbedder {
    return LsaEmbedder.fitFeatures(rows.map((r) => rowFeatures(r)), settings);
  }

  private static fitFeatures(tokenized: readonly string[][], settings: LsaSettings): LsaEmbedder {
    const df = new Map<string, number>();
    for (const tokens of tokenized) for (const t of new Set(tokens)) df.set(t, (df.get(t) ?? 0) + 1);
    const vocabulary = [...df.entries()].filter(([, n]) => n >= settings.minDocumentFrequency).map(([t]) => t).sort();
    const index = new Map(vocabulary.map((t, i) => [t, i]));
    const n = tokenized.length;
    const idf = Float64Array.from(vocabulary, (t) => Math.log((1 + n) / (1 + (df.get(t) ?? 0))) + 1);
    const matrix = tokenized.map((tokens) => weigh(tokens, index, idf));
    const k = Math.max(1, Math.min(settings.dimensions, n - 1, vocabulary.length - 1));
    const { basis, rank } = randomizedSvdBasis(toCsr(matrix), vocabulary.length, k, settings.seed);
    return new LsaEmbedder(`${LSA_VERSION}:${k}`, k, vocabulary, idf, basis, rank);
  }

  static load(jsonFile: string, binFile: string): LsaEmbedder {
    const model = LsaModelSchema.parse(JSON.parse(readFileSync(jsonFile, 'utf8')));
    if (model.idf.length !== model.vocabulary.length) throw new Error(`LSA model ${jsonFile}: ${model.idf.length} idf values for ${model.vocabulary.length} terms`);
    // Models saved before the basis layout (index schema < 6) are never read: their index is rebuilt.
    if (model.layout !== 'basis') throw new Error(`LSA model ${jsonFile} is of an older layout`);
    const bytes = readFileSync(binFile);
    if (bytes.byteLength !== model.vocabulary.length * model.dimensions * 4) throw new Error(`LSA basis size mismatch in ${binFile}`);
    // A view when the file's buffer is float-aligned (a large read gets a buffer of its own).
    const basis = bytes.byteOffset % 4 === 0 ? new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4) : new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    return new LsaEmbedder(model.id, model.dimensions, model.vocabulary, Float64Array.from(model.idf), basis, model.rank);
  }

  save(jsonFile: string, binFile: string): void {
    writeFileSync(jsonFile, JSON.stringify({ id: this.id, dimensions: this.dimensions, rank: this.rank, layout: 'basis', vocabulary: this.vocabulary, idf: [...this.idf] }));
    writeFileSync(binFile, new Uint8Array(this.basis.buffer, this.basis.byteOffset, this.basis.byteLength));
  }

  embedSync(text: string): Float32Array {
    return this.project(weigh(features(text), this.index, this.idf));
  }

  /** The vector of a passage already tokenised; the same as `embedSync` of a text cut into those tokens. */
  embedRow(row: LsaRow): Float32Array {
    return this.project(this.sparseRow(row));
  }

  /**
   * A passage's weighted terms before projection: what `embedRow` multiplies by the basis. An
   * index build sends these to a worker thread that projects them (see VectorIndexBuilder).
   */
  sparseRow(row: LsaRow): SparseRow {
    const counts = new Map<number, number>();
    for (const t of row.tokens) {
      const i = this.index.get(t);
      if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    for (const run of row.text.normalize('NFKC').match(/[\u4e00-\u9fff]+/g) ?? []) {
      for (let c = 0; c + 1 < run.length; c++) {
        const i = this.bigramIndex.get(bigramCode(run.charCodeAt(c), run.charCodeAt(c + 1)));
        if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
      }
    }
    return weighCounts(counts, this.idf);
  }

  /** The V×k projection (term-major), shared with a build's projecting worker; do not modify. */
  get projection(): Float32Array {
    return this.basis;
  }

  private project(row: SparseRow): Float32Array {
    return projectSparse(this.basis, this.dimensions, row.indices, row.values, 0, row.indices.length);
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
  return weighCounts(counts, idf);
}

function isCjk(code: number): boolean {
  return code >= CJK_FIRST && code <= 0x9fff;
}

function weighCounts(counts: ReadonlyMap<number, number>, idf: Float64Array): SparseRow {
  const indices = [...counts.keys()];
  const values = indices.map((i) => (1 + Math.log(counts.get(i)!)) * idf[i]);
  const norm = Math.sqrt(values.reduce((s, v) => s + v * v, 0)) || 1;
  return { indices, values: values.map((v) => v / norm) };
}

/** Rows in compressed sparse row form: typed arrays the multiply loops read straight through. */
/** Sparse rows packed compressed-row style: one transferable batch, one multiply loop. */
export interface Csr {
  rows: number;
  rowStart: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export function toCsr(rows: readonly SparseRow[]): Csr {
  const rowStart = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => (rowStart[i + 1] = rowStart[i] + r.indices.length));
  const indices = new Int32Array(rowStart[rows.length]);
  const values = new Float64Array(rowStart[rows.length]);
  rows.forEach((r, i) => {
    indices.set(r.indices, rowStart[i]);
    values.set(r.values, rowStart[i]);
  });
  return { rows: rows.length, rowStart, indices, values };
}

/**
 * Halko–Martinsson–Tropp randomized SVD. Returns the basis Aᵀ Q U S⁻¹
 * (V×k, term-major) of the right singular vectors, formed as Aᵀ (Q U S⁻¹): a sparse product,
 * cheaper than multiplying the V×l factor Aᵀ Q by U S⁻¹.
 */
function randomizedSvdBasis(a: Csr, cols: number, k: number, seed: number): { basis: Float32Array; rank: number } {
  const n = a.rows;
  const l = Math.min(k + 10, n);
  const normal = gaussian(seededRandom(seed));
  // The dense operands of the sparse products are float32: the products are memory-bound, and
  // the sums are kept in float64.
  const omega = new Float32Array(cols * l);
  for (let i = 0; i < omega.length; i++) omega[i] = normal();
  // No power iteration: on CMRC 2018 dev the subspace without it retrieves better (dense recall@1
  // 0.71 against 0.67 with one iteration, hybrid unchanged) and costs two sparse products less.
  const y = multiplySparseDense(a, omega, l);
  orthonormalizeColumns(y, n, l);
  const bt = Float32Array.from(multiplyTransposeSparse(a, y, cols, l));
  // B Bᵀ = Qᵀ A Aᵀ Q, computed as Qᵀ (A bt): sparse work instead of a V×l×l product.
  const abt = multiplySparseDense(a, bt, l);
  const gram = new Float64Array(l * l);
  for (let r = 0; r < n; r++) {
    const ro = r * l;
    for (let i = 0; i < l; i++) {
      const q = y[ro + i];
      if (q === 0) continue;
      const go = i * l;
      for (let j = 0; j < l; j++) gram[go + j] += q * abt[ro + j];
    }
  }
  for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) gram[i * l + j] = gram[j * l + i] = (gram[i * l + j] + gram[j * l + i]) / 2;
  const { values, vectors } = symmetricEigen(gram, l);
  // Z = Q U S⁻¹ (n×k), then the basis is Aᵀ Z.
  const mix = new Float64Array(l * k);
  for (let d = 0; d < k; d++) {
    const s = Math.sqrt(Math.max(values[d], 1e-12));
    for (let i = 0; i < l; i++) mix[i * k + d] = vectors[i * l + d] / s;
  }
  const z = new Float64Array(n * k);
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < l; i++) {
      const q = y[r * l + i];
      if (q === 0) continue;
      for (let d = 0; d < k; d++) z[r * k + d] += q * mix[i * k + d];
    }
  }
  return { basis: Float32Array.from(multiplyTransposeSparse(a, z, cols, k)), rank: l };
}

function multiplySparseDense(a: Csr, dense: Float32Array | Float64Array, l: number): Float64Array {
  const out = new Float64Array(a.rows * l);
  const { rowStart, indices, values } = a;
  for (let r = 0; r < a.rows; r++) {
    const ro = r * l;
    for (let j = rowStart[r]; j < rowStart[r + 1]; j++) {
      const base = indices[j] * l;
      const w = values[j];
      for (let d = 0; d < l; d++) out[ro + d] += w * dense[base + d];
    }
  }
  return out;
}

/** Aᵀ M for an n×l dense M: cols×l. */
function multiplyTransposeSparse(a: Csr, m: Float64Array, cols: number, l: number): Float64Array {
  const out = new Float64Array(cols * l);
  const { rowStart, indices, values } = a;
  for (let r = 0; r < a.rows; r++) {
    const ro = r * l;
    for (let j = rowStart[r]; j < rowStart[r + 1]; j++) {
      const base = indices[j] * l;
      const w = values[j];
      for (let d = 0; d < l; d++) out[base + d] += w * m[ro + d];
    }
  }
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
