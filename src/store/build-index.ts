import type { Chunk, ChunkerSettings } from '../chunk/chunk-types.js';
import type { Embedder } from '../embed/embedder.js';
import type { LsaRow } from '../embed/lsa-embedder.js';
import { buildFigureRows } from '../figure-table/index.js';
import { loadCorpusAsync } from '../ingest/load-corpus.js';
import type { Sentence } from '../ingest/types.js';
import { searchTokenizerFor } from '../lang/zh/search-vocabulary.js';
import type { Tokenize } from '../lang/zh/tokenize.js';
import { issuersOf } from './corpus-repository.js';
import { type IndexBackend, RetryableBuildFailure } from './index-backend.js';
import type { IndexData } from './index-data.js';
import { type Expected, INDEX_FORMAT_VERSION, type IndexManifest, staleness } from './manifest.js';
import { fittedLsa, modelEmbedding, type PassageEmbedding } from './passage-embedding.js';
import { flatten, yearMentions } from './search-data.js';
import type { VectorStore } from './vector-store.js';

/** Chunks embedded and handed to the vector sink at a time. */
const EMBED_BATCH = 256;

/**
 * Search tokens of texts cut by earlier builds in this process, per tokenizer. A rebuild in a
 * running process (the bot's corpus changed, or a rebuild asked for) cuts mostly the same sentences
 * and headings again: jieba's cut was about a twentieth of a seed rebuild. Bounded: emptied when
 * full (a recut), texts over 1 024 characters (never a sentence) not kept. Callers only read the
 * arrays (the sentence and chunk sinks take them as read-only).
 */
const cutBefore = new WeakMap<Tokenize, Map<string, readonly string[]>>();
const CUT_LIMIT = 20_000;
const CUT_LONGEST = 1024;

function rememberingCuts(tokenize: Tokenize): (text: string) => readonly string[] {
  let cuts = cutBefore.get(tokenize);
  if (!cuts) cutBefore.set(tokenize, (cuts = new Map()));
  const known = cuts;
  return (text) => {
    if (text.length > CUT_LONGEST) return tokenize(text);
    let tokens = known.get(text);
    if (tokens === undefined) {
      tokens = tokenize(text);
      if (known.size >= CUT_LIMIT) known.clear();
      known.set(text, tokens);
    }
    return tokens;
  };
}

export interface BuildOptions {
  corpusDir: string;
  /** What the build is made from, as its manifest will record it. */
  fingerprint: Expected;
  /** A model embedder, or null to fit the built-in LSA on the corpus. */
  loadModel: () => Promise<Embedder | null>;
  onProgress?: (done: number, total: number, stage: string) => void;
  log: (message: string) => void;
}

/** Builds the index of a corpus into `backend` and returns it as served; one more try in the backend's fallback mode when it asks. */
export async function buildIndex<V extends VectorStore>(backend: IndexBackend<V>, options: BuildOptions): Promise<IndexData<V>> {
  const lock = await backend.lockBuild?.(options.log);
  try {
    // Another build ran while this one waited: when it made what this one would, it is served as is.
    const reused = lock?.waited ? await freshIndex(backend, options) : null;
    if (reused) {
      options.log('index: another build just made it; using that one');
      return reused;
    }
    try {
      return await buildOnce(backend, options, 'first');
    } catch (error) {
      if (!(error instanceof RetryableBuildFailure)) throw error;
      options.log(`index: ${error.message}; building again without a worker thread`);
      return buildOnce(backend, options, 'fallback');
    }
  } finally {
    lock?.release();
  }
}

/** The index the backend serves when it matches the fingerprint and opens; null otherwise. */
async function freshIndex<V extends VectorStore>(backend: IndexBackend<V>, options: BuildOptions): Promise<IndexData<V> | null> {
  const state = backend.inspect();
  if (!state.ok || staleness(state.manifest, options.fingerprint)) return null;
  try {
    return backend.open(state, await options.loadModel());
  } catch {
    return null;
  }
}

async function buildOnce<V extends VectorStore>(
  backend: IndexBackend<V>,
  options: BuildOptions,
  mode: 'first' | 'fallback',
): Promise<IndexData<V>> {
  const { fingerprint, log } = options;
  const chunker: ChunkerSettings = fingerprint.chunker;
  const progress = options.onProgress ?? (() => {});
  const t0 = performance.now();
  const corpus = await loadCorpusAsync(options.corpusDir);
  for (const w of corpus.warnings) log(`corpus: ${w.file}: ${w.reason}`);
  const documents = corpus.documents.map((d) => ({ meta: d.meta, headings: d.headings }));
  // Chunks, sentences, the LSA fit and later the queries are all cut by the corpus's own tokenizer,
  // with its place names kept whole.
  const { tokenize } = searchTokenizerFor(issuersOf(documents));
  const cut = rememberingCuts(tokenize);
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
  const build = backend.beginBuild(mode);
  try {
    const model = await options.loadModel();
    // Each sentence is cut once: its tokens feed the sentence index and, joined with the chunk's
    // title and headings (cut once per distinct heading path), the chunk index and the LSA.
    const contextTokens = new Map<string, readonly string[]>();
    /** A chunk of one sentence holding only a stretch of it: that sentence was over the token budget. */
    const isPart = (i: number): boolean =>
      chunkSentences.offsets[i + 1] - chunkSentences.offsets[i] === 1 &&
      chunks[i].text !== sentences[chunkSentences.list[chunkSentences.offsets[i]]].text;
    const sentenceTokens: Array<readonly string[]> = new Array(sentences.length);
    const chunkRow = (i: number): LsaRow => {
      const c = chunks[i];
      const context = c.indexText.slice(0, c.indexText.length - c.text.length - 1);
      let tokens = contextTokens.get(context);
      if (!tokens) contextTokens.set(context, (tokens = cut(context)));
      const all = tokens.slice();
      if (isPart(i)) {
        // A part of an over-budget sentence indexes its own stretch of the text.
        for (const t of cut(c.text)) all.push(t);
        return { tokens: all, text: c.indexText };
      }
      for (let j = chunkSentences.offsets[i]; j < chunkSentences.offsets[i + 1]; j++) {
        const s = chunkSentences.list[j];
        sentenceTokens[s] ??= cut(sentences[s].text);
        for (const t of sentenceTokens[s]) all.push(t);
      }
      return { tokens: all, text: c.indexText };
    };
    progress(0, chunks.length, 'embedding');
    const embedding: PassageEmbedding = model
      ? modelEmbedding(model, chunks, build.previousVectors(model.id))
      : fittedLsa(chunks.length, chunkRow, tokenize);
    const tFitted = performance.now();
    const dims = embedding.embedder.dimensions;
    const vectors = build.vectors(dims, chunks.length, embedding.projection);
    let nextSentence = 0;
    for (let i = 0; i < chunks.length; i += EMBED_BATCH) {
      const end = Math.min(chunks.length, i + EMBED_BATCH);
      const rows: LsaRow[] = [];
      for (let c = i; c < end; c++) {
        const row = chunkRow(c);
        rows.push(row);
        build.lexical.chunks.add(row.tokens);
        // Chunks cover the sentences in order, so the sentence index is filled in order too; the
        // parts of an over-budget sentence add it once, with its first part.
        for (let j = chunkSentences.offsets[c]; j < chunkSentences.offsets[c + 1]; j++) {
          const s = chunkSentences.list[j];
          if (s === nextSentence - 1 && isPart(c)) continue;
          if (s !== nextSentence) throw new Error(`chunker left sentence ${nextSentence} out of order`);
          build.lexical.sentences.add(sentenceTokens[s] ?? cut(sentences[s].text));
          sentenceTokens[s] = [];
          nextSentence++;
        }
      }
      await embedding.embed(i, rows, vectors);
      progress(end, chunks.length, 'embedding');
    }
    if (nextSentence !== sentences.length) throw new Error(`chunker left ${sentences.length - nextSentence} sentences out`);
    const tEmbedded = performance.now();
    const figures = buildFigureRows({ documents, sentences });
    const tFigures = performance.now();
    const manifest: IndexManifest = {
      schemaVersion: INDEX_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      corpus: fingerprint.corpus,
      rules: fingerprint.rules,
      chunker,
      embedder: { id: embedding.embedder.id, dimensions: dims },
      counts: { documents: corpus.documents.length, sentences: sentences.length, chunks: chunks.length },
    };
    progress(chunks.length, chunks.length, 'writing');
    let tWritten = tEmbedded;
    const index = await build.commit({
      manifest,
      corpus: {
        documents,
        warnings: corpus.warnings,
        sentences,
        chunks,
        chunkSentences,
        yearMentions: yearMentions(sentences.map((s) => s.norm)),
      },
      embedder: embedding.embedder,
      figures,
      storedEmbedder: embedding.stored,
      reusableVectors: embedding.reusableVectors,
      onWritten: () => (tWritten = performance.now()),
    });
    const tCommitted = performance.now();
    const ms = (a: number, b: number) => Math.round(b - a);
    log(
      `index: built ${chunks.length} chunks in ${ms(t0, tCommitted)} ms (ingest ${ms(t0, tLoaded)}, chunk ${ms(tLoaded, tChunked)}, fit ${ms(tChunked, tFitted)}, ` +
        `tokenise+embed ${ms(tFitted, tEmbedded)}, figures ${ms(tEmbedded, tFigures)}, write ${ms(tFigures, tWritten)}, vector index wait ${ms(tWritten, tCommitted)})`,
    );
    return index;
  } catch (error) {
    await build.abort();
    throw error;
  }
}
