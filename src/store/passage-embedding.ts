import type { Chunk } from '../chunk/chunk-types.js';
import type { Embedder } from '../embed/embedder.js';
import { LsaEmbedder, type LsaRow } from '../embed/lsa-embedder.js';
import { type SparseRow, toCsr } from '../embed/sparse-matrix.js';
import type { Tokenize } from '../lang/zh/tokenize.js';
import type { VectorSink } from './index-backend.js';

/**
 * How a build turns its chunks into vectors: the built-in LSA is fitted on the corpus first and
 * hands over sparse term weights (or the vectors its fit already made), a model embeds the texts it
 * has no vectors for yet. The pipeline sends each batch of chunks here and asks nothing else.
 */
export interface PassageEmbedding {
  readonly embedder: Embedder;
  /** The embedder the index keeps to embed queries (the fitted LSA); null for a model loaded at start-up. */
  readonly stored: LsaEmbedder | null;
  /** For sparse rows sent to the vector sink: the projection that turns them into vectors. */
  readonly projection?: Float32Array;
  /** Sends the vectors of chunks first … first + rows.length − 1 (their tokenised rows) to `sink`. */
  embed(first: number, rows: readonly LsaRow[], sink: VectorSink): Promise<void>;
  /** The vectors embedded, in chunk order, for the next build to reuse; null when they are not reusable. */
  readonly reusableVectors: readonly Float32Array[] | null;
}

/**
 * Fits the built-in LSA on a sample of the chunks (their rows cut by `chunkRow`). Where each fitted
 * chunk's weighted terms are in the fit's rows is kept, so they are not weighed twice; when every
 * chunk was fitted, the fit has projected them all already.
 */
export function fittedLsa(chunkCount: number, chunkRow: (chunk: number) => LsaRow, tokenize: Tokenize): PassageEmbedding {
  const fitSample = LsaEmbedder.fitSample(chunkCount);
  const fit = LsaEmbedder.fitRows(fitSample.map(chunkRow), tokenize);
  const lsa = fit.embedder;
  const dims = lsa.dimensions;
  const fitRow = new Int32Array(chunkCount).fill(-1);
  fitSample.forEach((c, r) => (fitRow[c] = r));
  const everyChunkFitted = fitSample.length === chunkCount;
  const weightedRow = (c: number, row: LsaRow): SparseRow => {
    const r = fitRow[c];
    if (r < 0) return lsa.sparseRow(row);
    const { rowStart, indices, values } = fit.weighted;
    return { indices: indices.subarray(rowStart[r], rowStart[r + 1]), values: values.subarray(rowStart[r], rowStart[r + 1]) };
  };
  return {
    embedder: lsa,
    stored: lsa,
    projection: lsa.projection,
    reusableVectors: null,
    async embed(first, rows, sink) {
      if (everyChunkFitted) {
        sink.add(rows.map((_, j) => fit.vectors.subarray(fitRow[first + j] * dims, (fitRow[first + j] + 1) * dims)));
      } else {
        sink.addSparse(toCsr(rows.map((row, j) => weightedRow(first + j, row))));
      }
    },
  };
}

/** A loaded model: embeds the chunks' texts, reusing the vectors an earlier build made of the same chunks. */
export function modelEmbedding(model: Embedder, chunks: readonly Chunk[], reused: Map<string, Float32Array>): PassageEmbedding {
  const vectorsMade: Float32Array[] = [];
  return {
    embedder: model,
    stored: null,
    reusableVectors: vectorsMade,
    async embed(first, rows, sink) {
      const slice = chunks.slice(first, first + rows.length);
      const missing = slice.filter((c) => !reused.has(c.id));
      const fresh = await model.embedPassages(missing.map((c) => c.indexText));
      missing.forEach((c, j) => reused.set(c.id, fresh[j]));
      const vectors = slice.map((c) => reused.get(c.id) as Float32Array);
      vectorsMade.push(...vectors);
      sink.add(vectors);
    },
  };
}
