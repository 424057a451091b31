import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_CHUNKER, type Chunk, type ChunkerSettings } from '../chunk/chunk-types.js';
import type { Embedder } from '../embed/embedder.js';
import { LsaEmbedder, LSA_VERSION, type LsaRow } from '../embed/lsa-embedder.js';
import { toCsr, type SparseRow } from '../embed/sparse-matrix.js';
import { loadCorpus } from '../ingest/load-corpus.js';
import type { Sentence } from '../ingest/types.js';
import { searchTokenizerFor } from '../lang/zh/search-vocabulary.js';
import type { SearchTokenizer } from '../lang/zh/tokenize.js';
import type { IndexedDocument } from './corpus-repository.js';
import type { IndexData } from './index-data.js';
import { writeArrays } from './local/array-file.js';
import { Bm25Builder } from './local/bm25.js';
import { QUANTIZED_FILE, readCorpusStore, writeCorpusStore } from './local/corpus-files.js';
import { VectorIndex, VectorIndexBuilder, vectorIndexSettingsFor } from './local/hnsw-index.js';
import { HnswVectorStore } from './local/hnsw-vector-store.js';
import { LocalCorpus } from './local/local-corpus.js';
import {
  corpusFingerprint,
  type Expected,
  INDEX_FORMAT_VERSION,
  type IndexManifest,
  parseManifest,
  rulesFingerprint,
  staleness,
} from './manifest.js';
import { chunkGroupingOf } from './scope-groups.js';
import { flatten, yearMentions, type SearchData } from './search-data.js';

export type { IndexData } from './index-data.js';
export type { IndexedDocument } from './corpus-repository.js';
export type { IndexManifest } from './manifest.js';

/** The local index: the corpus columns, packed BM25 postings, an HNSW graph and its int8 copy. */
export type LocalIndex = IndexData<HnswVectorStore>;

/** How the caller wants passages embedded: the built-in LSA, or a loaded model. */
export interface EmbedderChoice {
  /** Id the index must have been built with; "lsa" accepts any LSA fit. */
  expectedId: string;
  /** A model embedder, or null to fit the built-in one on the corpus. */
  load: () => Promise<Embedder | null>;
}

export const BUILTIN_EMBEDDER: EmbedderChoice = { expectedId: LSA_VERSION, load: async () => null };

export interface OpenOptions {
  corpusDir: string;
  indexDir: string;
  embedder?: EmbedderChoice;
  chunker?: ChunkerSettings;
  /** Receives progress of a build (done, total, stage) for progress bars. */
  onProgress?: (done: number, total: number, stage: string) => void;
  log?: (message: string) => void;
  /** Build even when the index looks fresh. */
  rebuild?: boolean;
  /** The rules fingerprint to build with and expect; default: `rulesFingerprint()` of the source tree. */
  rules?: string;
}

const CURRENT = 'CURRENT';

/** Opens the index of a corpus: loads it when fresh, rebuilds it (atomically) when stale or broken. */
export async function openIndex(options: OpenOptions): Promise<{ index: LocalIndex; built: boolean }> {
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const choice = options.embedder ?? BUILTIN_EMBEDDER;
  const chunker = options.chunker ?? DEFAULT_CHUNKER;
  const fingerprint: Fingerprint = {
    corpus: corpusFingerprint(options.corpusDir),
    rules: options.rules ?? rulesFingerprint(),
    chunker,
    embedderId: choice.expectedId,
  };
  if (!options.rebuild) {
    const state = inspectIndex(options.indexDir);
    if (state.ok) {
      const why = staleness(state.manifest, fingerprint);
      if (!why) {
        try {
          const loadedModel = await choice.load();
          return { index: readIndex(state.dir, state.manifest, loadedModel), built: false };
        } catch (error) {
          log(`index: ${state.dir} is corrupt (${(error as Error).message}); rebuilding`);
        }
      } else {
        log(`index: stale (${why}); rebuilding`);
      }
    } else if (state.reason !== 'missing') {
      log(`index: ${state.reason}; rebuilding`);
    } else {
      log('index: none yet; building');
    }
  }
  const previous = inspectIndex(options.indexDir);
  const index = await buildIndex(options, fingerprint, choice, previous.ok ? previous.dir : null);
  return { index, built: true };
}

/** What a build is made from, as its manifest records it. */
type Fingerprint = Expected;

type Inspection = { ok: true; dir: string; manifest: IndexManifest } | { ok: false; reason: string };

function inspectIndex(indexDir: string): Inspection {
  const pointer = path.join(indexDir, CURRENT);
  if (!existsSync(pointer)) return { ok: false, reason: 'missing' };
  const dir = path.join(indexDir, readFileSync(pointer, 'utf8').trim());
  const manifestFile = path.join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) return { ok: false, reason: `${manifestFile} missing` };
  try {
    return { ok: true, dir, manifest: parseManifest(readFileSync(manifestFile, 'utf8')) };
  } catch (error) {
    return { ok: false, reason: `manifest unreadable (${(error as Error).message.slice(0, 120)})` };
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
    vectors: new HnswVectorStore(graph, store.search.quantized, chunkGroupingOf(corpus.scopes)),
    lexical: { chunks: store.search.chunkLexical, sentences: store.search.sentenceLexical },
    embedder,
    tokenizer,
  };
}

function issuersOf(documents: readonly IndexedDocument[]): string[] {
  return [...new Set(documents.map((d) => d.meta.issuer))];
}

/** Chunks embedded and handed to the HNSW builder at a time. */
const EMBED_BATCH = 256;

class WorkerFailure extends Error {}

async function buildIndex(
  options: OpenOptions,
  fingerprint: Fingerprint,
  choice: EmbedderChoice,
  previousDir: string | null,
): Promise<LocalIndex> {
  try {
    return await buildOnce(options, fingerprint, choice, previousDir, undefined);
  } catch (error) {
    if (!(error instanceof WorkerFailure)) throw error;
    (options.log ?? ((m: string) => process.stderr.write(`${m}\n`)))(`index: ${error.message}; building again without a worker thread`);
    return buildOnce(options, fingerprint, choice, previousDir, false);
  }
}

async function buildOnce(
  options: OpenOptions,
  fingerprint: Fingerprint,
  choice: EmbedderChoice,
  previousDir: string | null,
  useWorker: boolean | undefined,
): Promise<LocalIndex> {
  const chunker = fingerprint.chunker;
  const progress = options.onProgress ?? (() => {});
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const t0 = performance.now();
  const corpus = loadCorpus(options.corpusDir);
  for (const w of corpus.warnings) log(`corpus: ${w.file}: ${w.reason}`);
  const documents = corpus.documents.map((d) => ({ meta: d.meta, headings: d.headings }));
  // Chunks, sentences, the LSA fit and later the queries are all cut by the corpus's own tokenizer,
  // with its place names kept whole.
  const { tokenize } = searchTokenizerFor(issuersOf(documents));
  const tLoaded = performance.now();
  // The tokenizer model is loaded only when building, keeping it out of every start-up.
  const { chunkSpans } = await import('../chunk/chunker.js');
  const sentences: Sentence[] = [];
  const chunks: Chunk[] = [];
  const members: number[][] = [];
  for (const doc of corpus.documents) {
    const base = sentences.length;
    for (const { chunk, start, end } of chunkSpans(doc, chunker)) {
      chunks.push(chunk);
      members.push(Array.from({ length: end - start }, (_, i) => base + start + i));
    }
    for (const s of doc.sentences) sentences.push(s);
  }
  const chunkSentences = flatten(members);
  const tChunked = performance.now();
  const staging = beginBuild(options.indexDir);
  let vectorBuilder: VectorIndexBuilder | null = null;
  try {
    const model = await choice.load();
    // Each sentence is cut once: its tokens feed the sentence index and, joined with the chunk's
    // title and headings (cut once per distinct heading path), the chunk index and the LSA.
    const contextTokens = new Map<string, string[]>();
    const sentenceTokens: string[][] = new Array(sentences.length);
    const chunkRow = (i: number): LsaRow => {
      const c = chunks[i];
      const context = c.indexText.slice(0, c.indexText.length - c.text.length - 1);
      let tokens = contextTokens.get(context);
      if (!tokens) contextTokens.set(context, (tokens = tokenize(context)));
      const all = tokens.slice();
      for (let j = chunkSentences.offsets[i]; j < chunkSentences.offsets[i + 1]; j++) {
        const s = chunkSentences.list[j];
        sentenceTokens[s] ??= tokenize(sentences[s].text);
        for (const t of sentenceTokens[s]) all.push(t);
      }
      return { tokens: all, text: c.indexText };
    };
    progress(0, chunks.length, 'embedding');
    const fitSample = model ? [] : LsaEmbedder.fitSample(chunks.length);
    const fit = model ? null : LsaEmbedder.fitRows(fitSample.map(chunkRow), tokenize);
    const lsa = fit?.embedder ?? null;
    // Where each fitted chunk's weighted terms are in the fit's rows, so they are not weighed twice.
    const fitRow = new Int32Array(chunks.length).fill(-1);
    fitSample.forEach((c, r) => (fitRow[c] = r));
    // Then the fit has projected them all already.
    const everyChunkFitted = fitSample.length === chunks.length;
    const weightedRow = (c: number, row: LsaRow): SparseRow => {
      const r = fitRow[c];
      if (r < 0 || !fit) return lsa!.sparseRow(row);
      const { rowStart, indices, values } = fit.weighted;
      return { indices: indices.subarray(rowStart[r], rowStart[r + 1]), values: values.subarray(rowStart[r], rowStart[r + 1]) };
    };
    const tFitted = performance.now();
    const embedder: Embedder = model ?? lsa!;
    const dims = embedder.dimensions;
    try {
      vectorBuilder = new VectorIndexBuilder(dims, chunks.length, vectorIndexSettingsFor(chunks.length), {
        projection: lsa?.projection,
        worker: useWorker,
      });
    } catch (error) {
      throw new WorkerFailure(`HNSW worker did not start (${(error as Error).message})`);
    }
    const reused = model && previousDir ? readVectorCache(previousDir, model.id) : new Map<string, Float32Array>();
    const modelVectors: Float32Array[] = [];
    const chunkLexical = new Bm25Builder();
    const sentenceLexical = new Bm25Builder();
    let nextSentence = 0;
    for (let i = 0; i < chunks.length; i += EMBED_BATCH) {
      const end = Math.min(chunks.length, i + EMBED_BATCH);
      const rows: SparseRow[] = [];
      for (let c = i; c < end; c++) {
        const row = chunkRow(c);
        if (lsa && !everyChunkFitted) rows.push(weightedRow(c, row));
        chunkLexical.add(row.tokens);
        // Chunks cover the sentences in order, so the sentence index is filled in order too.
        for (; nextSentence < chunkSentences.offsets[c + 1]; nextSentence++) {
          const s = chunkSentences.list[nextSentence];
          if (s !== nextSentence) throw new Error(`chunker left sentence ${nextSentence} out of order`);
          sentenceLexical.add(sentenceTokens[s]);
          sentenceTokens[s] = [];
        }
      }
      if (fit && everyChunkFitted) {
        vectorBuilder.add(
          Array.from({ length: end - i }, (_, j) => fit.vectors.subarray(fitRow[i + j] * dims, (fitRow[i + j] + 1) * dims)),
        );
      } else if (lsa) {
        vectorBuilder.addSparse(toCsr(rows));
      } else {
        const slice = chunks.slice(i, end);
        const missing = slice.filter((c) => !reused.has(c.id));
        const fresh = await embedder.embedPassages(missing.map((c) => c.indexText));
        missing.forEach((c, j) => reused.set(c.id, fresh[j]));
        const vectors = slice.map((c) => reused.get(c.id)!);
        modelVectors.push(...vectors);
        vectorBuilder.add(vectors);
      }
      progress(end, chunks.length, 'embedding');
    }
    if (nextSentence !== sentences.length) throw new Error(`chunker left ${sentences.length - nextSentence} sentences out`);
    const tEmbedded = performance.now();
    // The worker finishes the HNSW graph while this thread writes the corpus.
    const quantizing = vectorBuilder.finish(path.join(staging, 'vectors.hnsw'));
    quantizing.catch(() => {});
    const search: SearchData = {
      chunkSentences,
      chunkLexical: chunkLexical.build(),
      sentenceLexical: sentenceLexical.build(),
      yearMentions: yearMentions(sentences.map((s) => s.norm)),
      quantized: null,
    };
    const manifest: IndexManifest = {
      schemaVersion: INDEX_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      corpus: fingerprint.corpus,
      rules: fingerprint.rules,
      chunker,
      embedder: { id: embedder.id, dimensions: dims },
      counts: { documents: corpus.documents.length, sentences: sentences.length, chunks: chunks.length },
    };
    progress(chunks.length, chunks.length, 'writing');
    writeCorpusStore(staging, { documents, warnings: corpus.warnings, sentences, chunks, search });
    if (lsa) lsa.save(path.join(staging, 'embedder.json'), path.join(staging, 'embedder.bin'));
    else writeVectorCache(staging, embedder.id, chunks, modelVectors);
    const tWritten = performance.now();
    let quantized: Int8Array;
    try {
      quantized = await quantizing;
    } catch (error) {
      if (vectorBuilder.usesWorker) throw new WorkerFailure((error as Error).message);
      throw error;
    }
    writeArrays(path.join(staging, QUANTIZED_FILE), { quantized });
    writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
    const dir = commitBuild(options.indexDir, staging);
    const tCommitted = performance.now();
    const ms = (a: number, b: number) => Math.round(b - a);
    log(
      `index: built ${chunks.length} chunks in ${ms(t0, tCommitted)} ms (ingest ${ms(t0, tLoaded)}, chunk ${ms(tLoaded, tChunked)}, fit ${ms(tChunked, tFitted)}, ` +
        `tokenise+embed ${ms(tFitted, tEmbedded)}, write ${ms(tEmbedded, tWritten)}, vector index wait ${ms(tWritten, tCommitted)})`,
    );
    // Served from what was written, so a fresh build and a later start answer from the same bytes;
    // the fitted embedder is the one just saved, its basis the very array written.
    return readIndex(dir, manifest, model ?? lsa);
  } catch (error) {
    await vectorBuilder?.abort();
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/** A hidden staging folder for a build; nothing reads it until `commitBuild` renames it. */
function beginBuild(indexDir: string): string {
  mkdirSync(indexDir, { recursive: true });
  const staging = path.join(indexDir, `.build-${Date.now()}-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  return staging;
}

/**
 * Renames the staging folder into place, then swaps the CURRENT pointer with a rename: a crash at
 * any point leaves the previous index serving. Returns the live folder.
 */
function commitBuild(indexDir: string, staging: string): string {
  const name = path.basename(staging).slice(1);
  const live = path.join(indexDir, name);
  renameSync(staging, live);
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
