import { LsaEmbedder } from '../embed/lsa-embedder.js';
import { SearchTokenizer, type Tokenize } from '../lang/zh/tokenize.js';
import { VectorIndex } from '../store/local/hnsw-index.js';
import type { Sentence } from '../ingest/types.js';

export const NAIVE_CHUNK_CHARS = 500;
/** Chunks whose sentences are offered for citation. */
export const NAIVE_TOP_CHUNKS = 3;
export const NAIVE_MAX_CITATIONS = 5;

/** A sentence placed in its document's cleaned text. */
export interface PlacedSentence {
  id: string;
  docId: string;
  text: string;
  start: number;
  end: number;
}

export interface CleanedDocument {
  docId: string;
  text: string;
  sentences: PlacedSentence[];
}

export interface NaiveChunk {
  id: string;
  docId: string;
  start: number;
  end: number;
  text: string;
  /** Sentences overlapping [start, end): a fixed window cuts sentences, so edges count for both sides. */
  sentenceIds: string[];
}

/**
 * The cleaned text of each document as ingestion left it (spam and page chrome removed): its
 * sentences in order, paragraphs separated by a newline. Input order is kept per document.
 */
export function cleanedDocuments(sentences: readonly Pick<Sentence, 'id' | 'docId' | 'text' | 'paragraph'>[]): CleanedDocument[] {
  const docs = new Map<string, { parts: string[]; length: number; sentences: PlacedSentence[]; lastParagraph: number }>();
  for (const s of sentences) {
    let doc = docs.get(s.docId);
    if (!doc) docs.set(s.docId, (doc = { parts: [], length: 0, sentences: [], lastParagraph: s.paragraph }));
    if (doc.sentences.length && s.paragraph !== doc.lastParagraph) {
      doc.parts.push('\n');
      doc.length += 1;
    }
    doc.lastParagraph = s.paragraph;
    doc.sentences.push({ id: s.id, docId: s.docId, text: s.text, start: doc.length, end: doc.length + s.text.length });
    doc.parts.push(s.text);
    doc.length += s.text.length;
  }
  return [...docs.entries()].map(([docId, d]) => ({ docId, text: d.parts.join(''), sentences: d.sentences }));
}

/** Fixed windows of `size` characters (code units) with no overlap and no regard for sentences. */
export function fixedChunks(doc: CleanedDocument, size = NAIVE_CHUNK_CHARS): NaiveChunk[] {
  if (size <= 0) throw new Error('chunk size must be positive');
  const chunks: NaiveChunk[] = [];
  for (let start = 0; start < doc.text.length; start += size) {
    const end = Math.min(doc.text.length, start + size);
    chunks.push({
      id: `${doc.docId}:n${chunks.length}`,
      docId: doc.docId,
      start,
      end,
      text: doc.text.slice(start, end),
      sentenceIds: doc.sentences.filter((s) => s.start < end && s.end > start).map((s) => s.id),
    });
  }
  return chunks;
}

/** What the naive baseline answers: enough of an Answer for the scorer and the spam check. */
export interface NaiveAnswer {
  question: string;
  notFound: boolean;
  text: string;
  citations: Array<{ id: string; docId: string; sentence: string; score: number }>;
  figures: never[];
  priorities: never[];
}

/**
 * The "naive RAG" baseline of issue 3: fixed 500-character chunks, dense retrieval only with the
 * built-in LSA fitted on those chunks, no place/year filters and so no refusals. The cited
 * sentences are the sentences inside the top chunks, ranked by their own LSA similarity to the
 * question: citing the chunk's first sentences instead would measure position, not retrieval.
 */
export class NaiveBaseline {
  private readonly sentenceById: Map<string, PlacedSentence>;
  private readonly sentenceVectors = new Map<string, Float32Array>();

  private constructor(
    readonly chunks: readonly NaiveChunk[],
    private readonly embedder: LsaEmbedder,
    private readonly vectors: VectorIndex,
    documents: readonly CleanedDocument[],
    private readonly topChunks: number,
  ) {
    this.sentenceById = new Map(documents.flatMap((d) => d.sentences.map((s) => [s.id, s] as const)));
  }

  static build(
    sentences: readonly Pick<Sentence, 'id' | 'docId' | 'text' | 'paragraph'>[],
    options: { chunkChars?: number; topChunks?: number; tokenize?: Tokenize } = {},
  ): NaiveBaseline {
    const documents = cleanedDocuments(sentences);
    const chunks = documents.flatMap((d) => fixedChunks(d, options.chunkChars ?? NAIVE_CHUNK_CHARS));
    if (!chunks.length) throw new Error('naive baseline: the corpus has no text');
    const embedder = LsaEmbedder.fit(
      chunks.map((c) => c.text),
      options.tokenize ?? SearchTokenizer.withWords([]).tokenize,
    );
    const vectors = VectorIndex.build(
      chunks.map((c) => embedder.embedSync(c.text)),
      embedder.dimensions,
    );
    return new NaiveBaseline(chunks, embedder, vectors, documents, options.topChunks ?? NAIVE_TOP_CHUNKS);
  }

  ask(question: string): NaiveAnswer {
    const query = this.embedder.embedSync(question);
    const top = this.vectors.search(query, this.topChunks);
    const seen = new Set<string>();
    const scored: Array<{ sentence: PlacedSentence; score: number; rank: number }> = [];
    top.forEach((hit, rank) => {
      for (const id of this.chunks[hit.label].sentenceIds) {
        if (seen.has(id)) continue;
        seen.add(id);
        const sentence = this.sentenceById.get(id)!;
        scored.push({ sentence, score: cosine(query, this.sentenceVector(sentence)), rank });
      }
    });
    scored.sort((a, b) => b.score - a.score || a.rank - b.rank || a.sentence.start - b.sentence.start);
    const citations = scored
      .slice(0, NAIVE_MAX_CITATIONS)
      .map((s) => ({ id: s.sentence.id, docId: s.sentence.docId, sentence: s.sentence.text, score: Math.round(s.score * 1000) / 1000 }));
    return {
      question,
      notFound: citations.length === 0,
      text: citations.map((c) => c.sentence).join(''),
      citations,
      figures: [],
      priorities: [],
    };
  }

  private sentenceVector(s: PlacedSentence): Float32Array {
    let v = this.sentenceVectors.get(s.id);
    if (!v) this.sentenceVectors.set(s.id, (v = this.embedder.embedSync(s.text)));
    return v;
  }
}

/** Both vectors come out of LsaEmbedder L2-normalised, so the dot product is the cosine. */
function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i] * b[i];
  return dot;
}
