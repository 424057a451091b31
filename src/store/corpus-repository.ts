import type { Chunk } from '../chunk/chunk-types.js';
import type { DocumentMeta, Heading, IngestWarning, Sentence } from '../ingest/types.js';
import type { ScopeGroups } from './scope-groups.js';

export interface IndexedDocument {
  meta: DocumentMeta;
  headings: Heading[];
}

/**
 * The stored corpus: its documents, sentences (by position, as the lexical sentence index counts
 * them), chunks (by position, as the vector store and the lexical chunk index count them) and
 * paragraphs.
 */
export interface CorpusRepository {
  readonly documents: readonly IndexedDocument[];
  readonly sentences: readonly Sentence[];
  readonly chunks: readonly Chunk[];
  /** What ingesting the corpus reported (files skipped, manifest problems). */
  readonly warnings: readonly IngestWarning[];
  /** Chunk i is made of sentences list[offsets[i]] … list[offsets[i + 1] - 1] (positions). */
  readonly chunkSentences: { offsets: Int32Array; list: Int32Array };
  /** Positions of the sentences whose normalised text names a year ("2019年"), by year, ascending. */
  readonly yearMentions: ReadonlyMap<number, Int32Array>;
  /** The corpus split into groups of one issuer, period and kind (see ScopeGroups). */
  readonly scopes: ScopeGroups;
  document(id: string): IndexedDocument | undefined;
  sentence(id: string): Sentence | undefined;
  /** The issuer of a document ("" for an unknown one). */
  issuerOf(docId: string): string;
  /** The sentences of one paragraph of a document, in order. */
  paragraph(docId: string, paragraph: number): Sentence[];
}

/** The issuers of a corpus's documents, each once, in order of first appearance. */
export function issuersOf(documents: readonly IndexedDocument[]): string[] {
  return [...new Set(documents.map((d) => d.meta.issuer))];
}
