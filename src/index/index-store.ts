import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_CHUNKER, type Chunk, type ChunkerSettings } from '../chunk/chunk-types.js';
import { prepareSearchVocabulary } from '../text/search-vocabulary.js';
import { tokenize } from '../text/tokenize.js';
import type { Embedder } from '../embed/embedder.js';
import { LsaEmbedder, LSA_VERSION } from '../embed/lsa-embedder.js';
import { contentHash } from '../ingest/hash.js';
import { listCorpusFiles, loadCorpus } from '../ingest/load-corpus.js';
import type { DocumentMeta, Heading, IngestWarning, Sentence } from '../ingest/types.js';
import { VectorIndex } from './vector-index.js';

export const INDEX_SCHEMA_VERSION = 4;

const ManifestSchema = z.object({
  schemaVersion: z.number().int(),
  createdAt: z.string(),
  corpus: z.object({ files: z.array(z.object({ file: z.string(), hash: z.string() })), manifestHash: z.string() }),
  chunker: z.object({ maxTokens: z.number().int() }),
  embedder: z.object({ id: z.string(), dimensions: z.number().int() }),
  counts: z.object({ documents: z.number().int(), sentences: z.number().int(), chunks: z.number().int() }),
});
export type IndexManifest = z.infer<typeof ManifestSchema>;

export interface IndexedDocument {
  meta: DocumentMeta;
  headings: Heading[];
}

/** Everything the retriever reads, as persisted. */
export interface IndexData {
  manifest: IndexManifest;
  documents: IndexedDocument[];
  sentences: Sentence[];
  chunks: Chunk[];
  embedder: Embedder;
  vectors: VectorIndex;
  /** Search tokens cut at build time, so opening an index does not re-segment the corpus. */
  lexical?: { chunkTokens: string[][]; sentenceTokens: string[][] };
  warnings: IngestWarning[];
}

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
}

const CURRENT = 'CURRENT';

/** Opens the index of a corpus: loads it when fresh, rebuilds it (atomically) when stale or broken. */
export async function openIndex(options: OpenOptions): Promise<{ index: IndexData; built: boolean }> {
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const choice = options.embedder ?? BUILTIN_EMBEDDER;
  const chunker = options.chunker ?? DEFAULT_CHUNKER;
  const fingerprint = corpusFingerprint(options.corpusDir);
  if (!options.rebuild) {
    const state = inspectIndex(options.indexDir);
    if (state.ok) {
      const why = staleness(state.manifest, fingerprint, chunker, choice);
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
  const index = await buildIndex(options, fingerprint, chunker, choice, previous.ok ? previous.dir : null);
  return { index, built: true };
}

function corpusFingerprint(corpusDir: string): IndexManifest['corpus'] {
  const listed = listCorpusFiles(corpusDir);
  return { files: listed.files.map((f) => ({ file: f.file, hash: f.hash })), manifestHash: contentHash(listed.manifestRaw) };
}

function staleness(manifest: IndexManifest, corpus: IndexManifest['corpus'], chunker: ChunkerSettings, choice: EmbedderChoice): string | null {
  if (manifest.schemaVersion !== INDEX_SCHEMA_VERSION) return `schema ${manifest.schemaVersion} ≠ ${INDEX_SCHEMA_VERSION}`;
  if (manifest.chunker.maxTokens !== chunker.maxTokens) return 'chunker settings changed';
  const sameEmbedder = choice.expectedId === LSA_VERSION ? manifest.embedder.id.startsWith(`${LSA_VERSION}:`) : manifest.embedder.id === choice.expectedId;
  if (!sameEmbedder) return `embedder ${manifest.embedder.id} ≠ ${choice.expectedId}`;
  if (manifest.corpus.manifestHash !== corpus.manifestHash) return 'corpus manifest changed';
  const before = new Map(manifest.corpus.files.map((f) => [f.file, f.hash]));
  const changed = corpus.files.filter((f) => before.get(f.file) !== f.hash).map((f) => f.file);
  const removed = manifest.corpus.files.filter((f) => !corpus.files.some((g) => g.file === f.file)).map((f) => f.file);
  if (changed.length || removed.length) return `changed: ${[...changed, ...removed].join(', ')}`;
  return null;
}

type Inspection = { ok: true; dir: string; manifest: IndexManifest } | { ok: false; reason: string };

function inspectIndex(indexDir: string): Inspection {
  const pointer = path.join(indexDir, CURRENT);
  if (!existsSync(pointer)) return { ok: false, reason: 'missing' };
  const dir = path.join(indexDir, readFileSync(pointer, 'utf8').trim());
  const manifestFile = path.join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) return { ok: false, reason: `${manifestFile} missing` };
  try {
    return { ok: true, dir, manifest: ManifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8'))) };
  } catch (error) {
    return { ok: false, reason: `manifest unreadable (${(error as Error).message.slice(0, 120)})` };
  }
}

const StoredCorpusSchema = z.object({
  documents: z.array(z.object({ meta: z.record(z.string(), z.unknown()), headings: z.array(z.record(z.string(), z.unknown())) })),
  sentences: z.array(z.record(z.string(), z.unknown())),
  chunks: z.array(z.record(z.string(), z.unknown())),
  lexical: z.object({ chunkTokens: z.array(z.array(z.string())), sentenceTokens: z.array(z.array(z.string())) }),
  warnings: z.array(z.object({ file: z.string(), reason: z.string() })),
});

function readIndex(dir: string, manifest: IndexManifest, model: Embedder | null): IndexData {
  const stored = StoredCorpusSchema.parse(JSON.parse(readFileSync(path.join(dir, 'corpus.json'), 'utf8')));
  const chunks = stored.chunks as unknown as Chunk[];
  if (chunks.length !== manifest.counts.chunks || stored.sentences.length !== manifest.counts.sentences) throw new Error('corpus.json does not match its manifest');
  const embedder = model ?? LsaEmbedder.load(path.join(dir, 'embedder.json'), path.join(dir, 'embedder.bin'));
  if (embedder.id !== manifest.embedder.id || embedder.dimensions !== manifest.embedder.dimensions) throw new Error(`embedder ${embedder.id} does not match ${manifest.embedder.id}`);
  const vectors = VectorIndex.read(path.join(dir, 'vectors.hnsw'), manifest.embedder.dimensions);
  if (vectors.size !== chunks.length) throw new Error(`vectors.hnsw holds ${vectors.size} vectors for ${chunks.length} chunks`);
  return {
    manifest,
    documents: stored.documents as unknown as IndexedDocument[],
    sentences: stored.sentences as unknown as Sentence[],
    chunks,
    embedder,
    vectors,
    lexical: stored.lexical,
    warnings: stored.warnings,
  };
}

async function buildIndex(options: OpenOptions, fingerprint: IndexManifest['corpus'], chunker: ChunkerSettings, choice: EmbedderChoice, previousDir: string | null): Promise<IndexData> {
  const progress = options.onProgress ?? (() => {});
  const corpus = loadCorpus(options.corpusDir);
  for (const w of corpus.warnings) (options.log ?? ((m: string) => process.stderr.write(`${m}\n`)))(`corpus: ${w.file}: ${w.reason}`);
  // The tokenizer model is loaded only when building, keeping it out of every start-up.
  const { chunkDocument } = await import('../chunk/chunker.js');
  const chunks = corpus.documents.flatMap((d) => chunkDocument(d, chunker));
  const sentences = corpus.documents.flatMap((d) => d.sentences);
  progress(0, chunks.length, 'embedding');
  const model = await choice.load();
  const embedder = model ?? LsaEmbedder.fit(chunks.map((c) => c.indexText));
  const reused = model && previousDir ? readVectorCache(previousDir, model.id) : new Map<string, Float32Array>();
  const vectors: Float32Array[] = new Array(chunks.length);
  const batch = 64;
  for (let i = 0; i < chunks.length; i += batch) {
    const slice = chunks.slice(i, i + batch);
    const missing = slice.filter((c) => !reused.has(c.id));
    const fresh = await embedder.embedPassages(missing.map((c) => c.indexText));
    missing.forEach((c, j) => reused.set(c.id, fresh[j]));
    slice.forEach((c, j) => (vectors[i + j] = reused.get(c.id)!));
    progress(Math.min(chunks.length, i + batch), chunks.length, 'embedding');
  }
  const vectorIndex = VectorIndex.build(vectors, embedder.dimensions);
  const manifest: IndexManifest = {
    schemaVersion: INDEX_SCHEMA_VERSION,
    createdAt: new Date().toISOString(),
    corpus: fingerprint,
    chunker,
    embedder: { id: embedder.id, dimensions: embedder.dimensions },
    counts: { documents: corpus.documents.length, sentences: sentences.length, chunks: chunks.length },
  };
  const documents = corpus.documents.map((d) => ({ meta: d.meta, headings: d.headings }));
  prepareSearchVocabulary([...new Set(documents.map((d) => d.meta.issuer))]);
  const lexical = { chunkTokens: chunks.map((c) => tokenize(c.indexText)), sentenceTokens: sentences.map((s) => tokenize(s.text)) };
  writeAtomically(options.indexDir, (dir) => {
    writeFileSync(path.join(dir, 'corpus.json'), JSON.stringify({ documents, sentences, chunks, lexical, warnings: corpus.warnings }));
    if (embedder instanceof LsaEmbedder) embedder.save(path.join(dir, 'embedder.json'), path.join(dir, 'embedder.bin'));
    else writeVectorCache(dir, embedder.id, chunks, vectors);
    vectorIndex.write(path.join(dir, 'vectors.hnsw'));
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  });
  return { manifest, documents, sentences, chunks, embedder, vectors: vectorIndex, lexical, warnings: corpus.warnings };
}

/**
 * Builds into a hidden folder, renames it into place, then swaps the CURRENT pointer with a rename:
 * a crash at any point leaves the previous index serving.
 */
function writeAtomically(indexDir: string, write: (dir: string) => void): void {
  mkdirSync(indexDir, { recursive: true });
  const name = `build-${Date.now()}-${process.pid}`;
  const staging = path.join(indexDir, `.${name}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  write(staging);
  renameSync(staging, path.join(indexDir, name));
  const pointerTmp = path.join(indexDir, `.${CURRENT}.${process.pid}`);
  writeFileSync(pointerTmp, name);
  renameSync(pointerTmp, path.join(indexDir, CURRENT));
  for (const entry of readdirSync(indexDir)) {
    const stale = (entry.startsWith('build-') && entry !== name) || (entry.startsWith('.build-') && !entry.endsWith(`-${process.pid}`));
    if (stale) rmSync(path.join(indexDir, entry), { recursive: true, force: true });
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
    const meta = z.object({ embedderId: z.string(), dims: z.number().int(), ids: z.array(z.string()) }).parse(JSON.parse(readFileSync(path.join(dir, 'vector-cache.json'), 'utf8')));
    if (meta.embedderId !== embedderId) return cache;
    const bytes = readFileSync(path.join(dir, 'vector-cache.bin'));
    const all = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    meta.ids.forEach((id, i) => cache.set(id, all.slice(i * meta.dims, (i + 1) * meta.dims)));
  } catch {
    // No usable cache: everything is embedded afresh.
  }
  return cache;
}
