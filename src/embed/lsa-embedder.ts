import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { Tokenize } from '../lang/zh/tokenize.js';
import type { Embedder } from './embedder.js';
import { seededRandom } from './linear-algebra.js';
import { IntTable } from './int-table.js';
import { randomizedSvd } from './randomized-svd.js';
import type { Csr, SparseRow } from './sparse-matrix.js';

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

/**
 * Σ values[j] · basis[indices[j]] over j in [from, to), L2-normalised. src/store/local/hnsw-worker.mjs
 * repeats these lines for passages projected in a worker thread; keep the two the same.
 */
export function projectSparse(
  basis: Float32Array,
  k: number,
  indices: ArrayLike<number>,
  values: ArrayLike<number>,
  from: number,
  to: number,
): Float32Array {
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

const CJK_FIRST = 0x4e00;
const CJK_SPAN = 0x9fff - CJK_FIRST + 1;

/** A bigram of two CJK characters as a small integer, so projecting needs no bigram strings. */
function bigramCode(a: number, b: number): number {
  return (a - CJK_FIRST) * CJK_SPAN + (b - CJK_FIRST);
}

export class LsaEmbedder implements Embedder {
  readonly reusableAcrossCorpora = false;
  private readonly index: Map<string, number>;
  private readonly bigramIndex: IntTable;

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
    /** The index's search tokenizer: queries are cut as the fitted passages were. */
    private readonly tokenize: Tokenize,
  ) {
    this.index = new Map(vocabulary.map((t, i) => [t, i]));
    this.bigramIndex = new IntTable(vocabulary.length);
    vocabulary.forEach((t, i) => {
      if (t.length === 3 && t[0] === '#' && isCjk(t.charCodeAt(1)) && isCjk(t.charCodeAt(2)))
        this.bigramIndex.set(bigramCode(t.charCodeAt(1), t.charCodeAt(2)), i);
    });
  }

  static fit(texts: readonly string[], tokenize: Tokenize, settings: LsaSettings = DEFAULT_LSA): LsaEmbedder {
    const rows = texts.length > settings.maxFitRows ? sample(texts, settings.maxFitRows, settings.seed) : [...texts];
    return LsaEmbedder.fitRows(
      rows.map((text) => ({ tokens: tokenize(text), text })),
      tokenize,
      settings,
    ).embedder;
  }

  /** Positions of the rows `fit` samples from `count` passages, for callers that tokenise only those. */
  static fitSample(count: number, settings: LsaSettings = DEFAULT_LSA): number[] {
    const all = [...Array(count).keys()];
    return count > settings.maxFitRows ? sample(all, settings.maxFitRows, settings.seed) : all;
  }

  /**
   * Fits on passages already tokenised (all of them: sample with `fitSample` first). Also returns
   * their weighted terms (row for row what `sparseRow` gives) and their vectors (what `embedRow`
   * gives, up to float rounding), so an index build neither weighs nor projects them again.
   */
  static fitRows(
    rows: readonly LsaRow[],
    tokenize: Tokenize,
    settings: LsaSettings = DEFAULT_LSA,
  ): { embedder: LsaEmbedder; weighted: Csr; vectors: Float32Array } {
    const counted = countFeatures(rows);
    const n = rows.length;
    const kept: number[] = [];
    for (let f = 0; f < counted.names.length; f++) if (counted.df[f] >= settings.minDocumentFrequency) kept.push(f);
    const column = new Int32Array(counted.names.length).fill(-1);
    kept.forEach((f, i) => (column[f] = i));
    const vocabulary = kept.map((f) => counted.names[f]);
    const idf = Float64Array.from(kept, (f) => Math.log((1 + n) / (1 + counted.df[f])) + 1);
    const weighted = weighCounted(counted, column, idf);
    const k = Math.max(1, Math.min(settings.dimensions, n - 1, vocabulary.length - 1));
    const svd = randomizedSvd(weighted, vocabulary.length, k, settings.seed);
    const embedder = new LsaEmbedder(`${LSA_VERSION}:${k}`, k, vocabulary, idf, svd.basis, svd.rank, tokenize);
    return { embedder, weighted, vectors: normalizeRows(svd.rowProjections, n, k) };
  }

  static load(jsonFile: string, binFile: string, tokenize: Tokenize): LsaEmbedder {
    const model = LsaModelSchema.parse(JSON.parse(readFileSync(jsonFile, 'utf8')));
    if (model.idf.length !== model.vocabulary.length)
      throw new Error(`LSA model ${jsonFile}: ${model.idf.length} idf values for ${model.vocabulary.length} terms`);
    // Models saved before the basis layout (index schema < 6) are never read: their index is rebuilt.
    if (model.layout !== 'basis') throw new Error(`LSA model ${jsonFile} is of an older layout`);
    const bytes = readFileSync(binFile);
    if (bytes.byteLength !== model.vocabulary.length * model.dimensions * 4) throw new Error(`LSA basis size mismatch in ${binFile}`);
    // A view when the file's buffer is float-aligned (a large read gets a buffer of its own).
    const basis =
      bytes.byteOffset % 4 === 0
        ? new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)
        : new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    return new LsaEmbedder(model.id, model.dimensions, model.vocabulary, Float64Array.from(model.idf), basis, model.rank, tokenize);
  }

  save(jsonFile: string, binFile: string): void {
    writeFileSync(
      jsonFile,
      JSON.stringify({
        id: this.id,
        dimensions: this.dimensions,
        rank: this.rank,
        layout: 'basis',
        vocabulary: this.vocabulary,
        idf: [...this.idf],
      }),
    );
    writeFileSync(binFile, new Uint8Array(this.basis.buffer, this.basis.byteOffset, this.basis.byteLength));
  }

  embedSync(text: string): Float32Array {
    return this.project(this.sparseRow({ tokens: this.tokenize(text), text }));
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
    forEachBigram(row.text, (code) => {
      const i = this.bigramIndex.get(code);
      if (i >= 0) counts.set(i, (counts.get(i) ?? 0) + 1);
    });
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

interface CountedFeatures {
  /** Feature names in order of first sight: words as cut, bigrams as "#" and their two characters. */
  names: string[];
  df: Int32Array;
  /** Row r's features are ids/counts[rowStart[r]] … [rowStart[r + 1] - 1]. */
  rowStart: Int32Array;
  ids: Int32Array;
  counts: Int32Array;
}

/**
 * Every row's words and CJK character bigrams, counted under integer ids: one map lookup a
 * feature, and no bigram strings but one per distinct bigram, where a fit used to build a string
 * for every bigram of the corpus and a set per row.
 */
function countFeatures(rows: readonly LsaRow[]): CountedFeatures {
  const wordIds = new Map<string, number>();
  const bigramIds = new IntTable(1 << 14);
  const names: string[] = [];
  // Per feature: documents holding it, and its count in the row at hand (zeroed after each row).
  let df = new Int32Array(4096);
  let inRow = new Int32Array(4096);
  const touched: number[] = [];
  const rowStart = new Int32Array(rows.length + 1);
  const ids: number[] = [];
  const counts: number[] = [];
  const see = (id: number) => {
    if (inRow[id]++ === 0) touched.push(id);
  };
  const newId = (name: string) => {
    if (names.length === df.length) {
      df = grow(df);
      inRow = grow(inRow);
    }
    names.push(name);
    return names.length - 1;
  };
  rows.forEach((row, r) => {
    for (const t of row.tokens) {
      // A two-character Chinese word is also one of the row's bigrams: counting it twice moved CMRC
      // 2018 dense recall@1 by 0.001 (0.710 → 0.711, hybrid 0.911 both) and cost a sixth of the fit.
      if (t.length === 2 && isCjk(t.charCodeAt(0)) && isCjk(t.charCodeAt(1))) continue;
      let id = wordIds.get(t);
      if (id === undefined) wordIds.set(t, (id = newId(t)));
      see(id);
    }
    forEachBigram(row.text, (code, text, at) => {
      let id = bigramIds.get(code);
      if (id < 0) bigramIds.set(code, (id = newId(`#${text.slice(at, at + 2)}`)));
      see(id);
    });
    for (const id of touched) {
      df[id]++;
      ids.push(id);
      counts.push(inRow[id]);
      inRow[id] = 0;
    }
    touched.length = 0;
    rowStart[r + 1] = ids.length;
  });
  return { names, df, rowStart, ids: Int32Array.from(ids), counts: Int32Array.from(counts) };
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** The counted rows over the kept columns as sublinear TF times IDF, each row L2-normalised. */
function weighCounted(counted: CountedFeatures, column: Int32Array, idf: Float64Array): Csr {
  const rows = counted.rowStart.length - 1;
  const rowStart = new Int32Array(rows + 1);
  const indices = new Int32Array(counted.ids.length);
  const values = new Float64Array(counted.ids.length);
  let at = 0;
  for (let r = 0; r < rows; r++) {
    const start = at;
    let norm = 0;
    for (let j = counted.rowStart[r]; j < counted.rowStart[r + 1]; j++) {
      const col = column[counted.ids[j]];
      if (col < 0) continue;
      const v = (1 + Math.log(counted.counts[j])) * idf[col];
      indices[at] = col;
      values[at++] = v;
      norm += v * v;
    }
    norm = Math.sqrt(norm) || 1;
    for (let j = start; j < at; j++) values[j] /= norm;
    rowStart[r + 1] = at;
  }
  return { rows, rowStart, indices: indices.slice(0, at), values: values.slice(0, at) };
}

/** Each row scaled to unit length (a zero row stays zero), in float32 like every stored vector. */
function normalizeRows(m: Float64Array, rows: number, width: number): Float32Array {
  const out = new Float32Array(rows * width);
  for (let r = 0; r < rows; r++) {
    const o = r * width;
    let norm = 0;
    for (let d = 0; d < width; d++) norm += m[o + d] * m[o + d];
    norm = Math.sqrt(norm);
    if (norm > 0) for (let d = 0; d < width; d++) out[o + d] = m[o + d] / norm;
  }
  return out;
}

/**
 * Each pair of adjacent CJK characters of the NFKC text, as its code and where it stands in that
 * text. Fitting and projecting read bigrams through this one loop.
 */
function forEachBigram(text: string, visit: (code: number, normalized: string, at: number) => void): void {
  const t = text.normalize('NFKC');
  for (let c = 0; c + 1 < t.length; c++) {
    const a = t.charCodeAt(c);
    const b = t.charCodeAt(c + 1);
    if (isCjk(a) && isCjk(b)) visit(bigramCode(a, b), t, c);
  }
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

function sample<T>(items: readonly T[], size: number, seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, size);
}
