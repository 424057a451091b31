import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Chunk } from '../../chunk/chunk-types.js';
import type { Embedder } from '../../embed/embedder.js';
import { LsaEmbedder } from '../../embed/lsa-embedder.js';
import { searchTokenizerFor } from '../../lang/zh/search-vocabulary.js';
import type { SearchTokenizer } from '../../lang/zh/tokenize.js';
import {
  type BuildContent,
  type FoundIndex,
  type IndexBackend,
  type IndexBuild,
  type Inspection,
  RetryableBuildFailure,
  type TokenSink,
  type VectorSink,
} from '../index-backend.js';
import { issuersOf } from '../corpus-repository.js';
import type { IndexData } from '../index-data.js';
import { type IndexManifest, parseManifest } from '../manifest.js';
import { chunkGroupingOf } from '../scope-groups.js';
import { writeArrays } from './array-file.js';
import { Bm25Builder } from './bm25.js';
import { acquireBuildLock, type HeldLock } from './build-lock.js';
import { QUANTIZED_FILE, readCorpusStore, writeCorpusStore } from './corpus-files.js';
import { VectorIndex, VectorIndexBuilder, vectorIndexSettingsFor } from './hnsw-index.js';
import { HnswVectorStore } from './hnsw-vector-store.js';
import { LocalCorpus } from './local-corpus.js';
import { readFigureRows, writeFigureRows } from './figure-file.js';
import { FigureTable } from '../../figure-table/index.js';

/** The local index: the corpus columns, packed BM25 postings, an HNSW graph and its int8 copy. */
export type LocalIndex = IndexData<HnswVectorStore>;

const CURRENT = 'CURRENT';

/**
 * The local backend: a folder of builds, the one served named by the CURRENT file. A build is
 * written into a hidden staging folder and swapped in with two renames.
 */
export class IndexFolder implements IndexBackend<HnswVectorStore> {
  /** Whether the last build committed here built its HNSW graph in a worker thread. */
  lastBuildInWorker: boolean | null = null;

  constructor(
    readonly indexDir: string,
    /** How many vectors pay for a worker thread (VectorIndexBuilderOptions.workerMinVectors). */
    private readonly workerMinVectors?: number,
  ) {}

  inspect(): Inspection {
    const pointer = path.join(this.indexDir, CURRENT);
    if (!existsSync(pointer)) return { ok: false, reason: 'missing' };
    const dir = path.join(this.indexDir, readFileSync(pointer, 'utf8').trim());
    const manifestFile = path.join(dir, 'manifest.json');
    if (!existsSync(manifestFile)) return { ok: false, reason: `${manifestFile} missing` };
    try {
      return { ok: true, where: dir, manifest: parseManifest(readFileSync(manifestFile, 'utf8')) };
    } catch (error) {
      return { ok: false, reason: `manifest unreadable (${(error as Error).message.slice(0, 120)})` };
    }
  }

  open(found: FoundIndex, model: Embedder | null): LocalIndex {
    return readIndex(found.where, found.manifest, model);
  }

  /** Two builds on one folder (a bot starting while `npm run index` runs) take turns. */
  lockBuild(log: (message: string) => void): Promise<HeldLock> {
    mkdirSync(this.indexDir, { recursive: true });
    return acquireBuildLock(this.indexDir, log);
  }

  beginBuild(mode: 'first' | 'fallback'): IndexBuild<HnswVectorStore> {
    const previous = this.inspect();
    return new FolderBuild(
      this.indexDir,
      previous.ok ? previous.where : null,
      mode === 'fallback' ? false : undefined,
      this.workerMinVectors,
      (inWorker) => {
        this.lastBuildInWorker = inWorker;
      },
    );
  }
}

function readIndex(dir: string, manifest: IndexManifest, model: Embedder | null): LocalIndex {
  // The embedder is checked first (its mismatch is the clearer message); the tokenizer it cuts
  // queries with is the corpus's, known once the corpus is read.
  let tokenizer: SearchTokenizer | null = null;
  const tokenize = (text: string) => (tokenizer as SearchTokenizer).tokenize(text);
  const embedder = model ?? LsaEmbedder.load(path.join(dir, 'embedder.json'), path.join(dir, 'embedder.bin'), tokenize);
  if (embedder.id !== manifest.embedder.id || embedder.dimensions !== manifest.embedder.dimensions) {
    throw new Error(
      `embedder ${embedder.id} (${embedder.dimensions} dims) does not match ${manifest.embedder.id} (${manifest.embedder.dimensions} dims)`,
    );
  }
  const store = readCorpusStore(dir, manifest.counts, manifest.embedder.dimensions);
  tokenizer = searchTokenizerFor(issuersOf(store.documents));
  const graph = VectorIndex.read(path.join(dir, 'vectors.hnsw'), manifest.embedder.dimensions);
  if (graph.size !== store.chunks.length) throw new Error(`vectors.hnsw holds ${graph.size} vectors for ${store.chunks.length} chunks`);
  const corpus = new LocalCorpus({
    documents: store.documents,
    sentences: store.sentences,
    chunks: store.chunks,
    warnings: store.warnings,
    chunkSentences: store.search.chunkSentences,
    yearMentions: store.search.yearMentions,
  });
  return {
    manifest,
    corpus,
    figures: new FigureTable(readFigureRows(dir)),
    vectors: new HnswVectorStore(graph, store.search.quantized, chunkGroupingOf(corpus.scopes)),
    lexical: { chunks: store.search.chunkLexical, sentences: store.search.sentenceLexical },
    embedder,
    tokenizer,
  };
}

/** A build in a hidden staging folder; nothing reads it until `commit` renames it into place. */
class FolderBuild implements IndexBuild<HnswVectorStore> {
  private readonly staging: string;
  private vectorBuilder: VectorIndexBuilder | null = null;
  private readonly chunkLexical = new Bm25Builder();
  private readonly sentenceLexical = new Bm25Builder();
  readonly lexical: { chunks: TokenSink; sentences: TokenSink } = { chunks: this.chunkLexical, sentences: this.sentenceLexical };

  constructor(
    private readonly indexDir: string,
    private readonly previousDir: string | null,
    /** Build the HNSW graph in a worker thread: undefined lets the builder decide, false never. */
    private readonly worker: boolean | undefined,
    private readonly workerMinVectors: number | undefined,
    private readonly onCommitted: (inWorker: boolean) => void,
  ) {
    mkdirSync(indexDir, { recursive: true });
    this.staging = path.join(indexDir, `.build-${Date.now()}-${process.pid}`);
    rmSync(this.staging, { recursive: true, force: true });
    mkdirSync(this.staging);
  }

  previousVectors(embedderId: string): Map<string, Float32Array> {
    return this.previousDir ? readVectorCache(this.previousDir, embedderId) : new Map();
  }

  vectors(dimensions: number, count: number, projection?: Float32Array): VectorSink {
    try {
      this.vectorBuilder = new VectorIndexBuilder(dimensions, count, vectorIndexSettingsFor(count), {
        projection,
        worker: this.worker,
        workerMinVectors: this.workerMinVectors,
      });
    } catch (error) {
      throw new RetryableBuildFailure(`HNSW worker did not start (${(error as Error).message})`);
    }
    return this.vectorBuilder;
  }

  async commit(content: BuildContent): Promise<LocalIndex> {
    const vectorBuilder = this.vectorBuilder;
    if (!vectorBuilder) throw new Error('index build: no vectors were added');
    const { manifest, corpus } = content;
    const staging = this.staging;
    // The worker finishes the HNSW graph while this thread writes the corpus.
    const quantizing = vectorBuilder.finish(path.join(staging, 'vectors.hnsw'));
    quantizing.catch(() => {});
    writeCorpusStore(staging, {
      documents: corpus.documents,
      warnings: corpus.warnings,
      sentences: corpus.sentences,
      chunks: corpus.chunks,
      search: {
        chunkSentences: corpus.chunkSentences,
        chunkLexical: this.chunkLexical.build(),
        sentenceLexical: this.sentenceLexical.build(),
        yearMentions: corpus.yearMentions,
        quantized: null,
      },
    });
    writeFigureRows(staging, content.figures);
    if (content.storedEmbedder) content.storedEmbedder.save(path.join(staging, 'embedder.json'), path.join(staging, 'embedder.bin'));
    if (content.reusableVectors) writeVectorCache(staging, manifest.embedder.id, corpus.chunks, content.reusableVectors);
    content.onWritten?.();
    let quantized: Int8Array;
    try {
      quantized = await quantizing;
    } catch (error) {
      if (vectorBuilder.usesWorker) throw new RetryableBuildFailure((error as Error).message);
      throw error;
    }
    writeArrays(path.join(staging, QUANTIZED_FILE), { quantized });
    writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
    const dir = this.swapIn();
    this.onCommitted(vectorBuilder.usesWorker);
    // Served from what was written, so a fresh build and a later start answer from the same bytes;
    // the fitted embedder is the one just saved, its basis the very array written.
    return readIndex(dir, manifest, content.embedder);
  }

  async abort(): Promise<void> {
    await this.vectorBuilder?.abort();
    rmSync(this.staging, { recursive: true, force: true });
  }

  /**
   * Renames the staging folder into place, then swaps the CURRENT pointer with a rename: a crash at
   * any point leaves the previous index serving. Returns the live folder.
   */
  private swapIn(): string {
    const indexDir = this.indexDir;
    const name = path.basename(this.staging).slice(1);
    const live = path.join(indexDir, name);
    renameSync(this.staging, live);
    const pointerTmp = path.join(indexDir, `.${CURRENT}.${process.pid}`);
    writeFileSync(pointerTmp, name);
    renameSync(pointerTmp, path.join(indexDir, CURRENT));
    for (const entry of readdirSync(indexDir)) {
      const stale = (entry.startsWith('build-') && entry !== name) || (entry.startsWith('.build-') && !entry.endsWith(`-${process.pid}`));
      if (!stale) continue;
      try {
        rmSync(path.join(indexDir, entry), { recursive: true, force: true });
      } catch {
        // Still open in another process (Windows keeps such files): the next build removes it.
      }
    }
    return live;
  }
}

function writeVectorCache(dir: string, embedderId: string, chunks: readonly Chunk[], vectors: readonly Float32Array[]): void {
  const dims = vectors[0]?.length ?? 0;
  const all = new Float32Array(vectors.length * dims);
  vectors.forEach((v, i) => all.set(v, i * dims));
  writeFileSync(path.join(dir, 'vector-cache.json'), JSON.stringify({ embedderId, dims, ids: chunks.map((c) => c.id) }));
  writeFileSync(path.join(dir, 'vector-cache.bin'), Buffer.from(all.buffer));
}

/** Vectors of an earlier build by chunk id, so a changed corpus re-embeds only what changed. */
function readVectorCache(dir: string, embedderId: string): Map<string, Float32Array> {
  const cache = new Map<string, Float32Array>();
  try {
    const meta = z
      .object({ embedderId: z.string(), dims: z.number().int(), ids: z.array(z.string()) })
      .parse(JSON.parse(readFileSync(path.join(dir, 'vector-cache.json'), 'utf8')));
    if (meta.embedderId !== embedderId) return cache;
    const bytes = readFileSync(path.join(dir, 'vector-cache.bin'));
    const all = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    meta.ids.forEach((id, i) => cache.set(id, all.slice(i * meta.dims, (i + 1) * meta.dims)));
  } catch {
    // No usable cache: everything is embedded afresh.
  }
  return cache;
}
