import type { Embedder } from '../embed/embedder.js';
import type { FigureRow } from '../figure-table/index.js';
import type { LsaEmbedder } from '../embed/lsa-embedder.js';
import type { Csr } from '../embed/sparse-matrix.js';
import type { CorpusParts } from './corpus-parts.js';
import type { IndexData } from './index-data.js';
import type { IndexManifest } from './manifest.js';
import type { VectorStore } from './vector-store.js';

/**
 * Where an index lives: how the served one is found and opened, and how a new one is built beside
 * it and swapped in. The build pipeline (build-index.ts) and the freshness check (open-index.ts)
 * talk only to this; the local folder of files is one implementation, a database could be another.
 */
export interface IndexBackend<Vectors extends VectorStore = VectorStore> {
  /** The manifest of the index being served, or why none can be ("missing" when there is none yet). */
  inspect(): Inspection;
  /**
   * Opens the index `inspect` found; throws when it is damaged. `model`: a loaded embedding model,
   * or null for the embedder the index stores (the fitted LSA).
   */
  open(found: FoundIndex, model: Embedder | null): IndexData<Vectors>;
  /** Starts a build nothing reads until it commits; `fallback` for the attempt after a RetryableBuildFailure. */
  beginBuild(mode: 'first' | 'fallback'): IndexBuild<Vectors>;
  /**
   * Holds off other builds of the same index until `release` (a backend shared by processes needs
   * it; one in memory does not). `waited`: another build ran first, and may have made what is wanted.
   */
  lockBuild?(log: (message: string) => void): Promise<{ waited: boolean; release(): void }>;
}

/** An index a backend serves: where it is (for messages and for opening it) and its manifest. */
export interface FoundIndex {
  where: string;
  manifest: IndexManifest;
}

export type Inspection = ({ ok: true } & FoundIndex) | { ok: false; reason: string };

/** One build in progress. */
export interface IndexBuild<Vectors extends VectorStore = VectorStore> {
  /** Passage vectors of the index being served, by chunk id, when `embedderId` made them. */
  previousVectors(embedderId: string): Map<string, Float32Array>;
  /**
   * Where the chunk vectors go, in chunk order. `projection` (V×dimensions, term-major) turns the
   * sparse rows of `addSparse` into vectors.
   */
  vectors(dimensions: number, count: number, projection?: Float32Array): VectorSink;
  /** Where the search tokens of the chunks and of the sentences go, each in order. */
  readonly lexical: { chunks: TokenSink; sentences: TokenSink };
  /** Stores everything else, then makes the build the index served; returns it as served. */
  commit(content: BuildContent): Promise<IndexData<Vectors>>;
  /** Gives the build up, leaving the index served as it was. */
  abort(): Promise<void>;
}

export interface VectorSink {
  add(vectors: readonly Float32Array[]): void;
  addSparse(rows: Csr): void;
}

export interface TokenSink {
  add(tokens: readonly string[]): void;
}

export interface BuildContent {
  manifest: IndexManifest;
  corpus: CorpusParts;
  /** The corpus's figure table, stored with the index and served with it. */
  figures: readonly FigureRow[];
  /** The embedder that made the vectors; it embeds the queries of the index as served. */
  embedder: Embedder;
  /** The embedder the index must keep to embed queries (the fitted LSA); null for a loaded model. */
  storedEmbedder: LsaEmbedder | null;
  /** A model's passage vectors in chunk order, kept for the next build to reuse; null when not reusable. */
  reusableVectors: readonly Float32Array[] | null;
  /** Called once the build's own writing is done and only the vector store remains to finish. */
  onWritten?: () => void;
}

/** A backend failure that one more attempt, in the backend's fallback mode, may avoid. */
export class RetryableBuildFailure extends Error {}
