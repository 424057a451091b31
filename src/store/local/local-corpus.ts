import type { Chunk } from '../../chunk/chunk-types.js';
import type { IngestWarning, Sentence } from '../../ingest/types.js';
import type { CorpusParts } from '../corpus-parts.js';
import type { CorpusRepository, IndexedDocument } from '../corpus-repository.js';
import { scopeGroupsOf, type ScopeGroups } from '../scope-groups.js';
import { StringIndex } from './string-index.js';

/** The local corpus repository: the columns read from corpus.bin (or any sentences and chunks in memory). */
export class LocalCorpus implements CorpusRepository {
  readonly documents: readonly IndexedDocument[];
  readonly sentences: readonly Sentence[];
  readonly chunks: readonly Chunk[];
  readonly warnings: readonly IngestWarning[];
  readonly chunkSentences: { offsets: Int32Array; list: Int32Array };
  readonly yearMentions: ReadonlyMap<number, Int32Array>;
  private readonly documentById: Map<string, IndexedDocument>;
  private readonly sentencePosition: StringIndex;
  private scopeCache: ScopeGroups | null = null;

  constructor(parts: CorpusParts) {
    this.documents = parts.documents;
    this.sentences = parts.sentences;
    this.chunks = parts.chunks;
    this.warnings = parts.warnings;
    this.chunkSentences = parts.chunkSentences;
    this.yearMentions = parts.yearMentions;
    // The first document of an id wins, as a search of the list would find it.
    this.documentById = new Map();
    for (const d of this.documents) if (!this.documentById.has(d.meta.id)) this.documentById.set(d.meta.id, d);
    this.sentencePosition = new StringIndex(this.sentences.length, (i) => this.sentences[i].id);
  }

  get scopes(): ScopeGroups {
    this.scopeCache ??= scopeGroupsOf(this.sentences, this.chunks, this.chunkSentences, (docId) => this.issuerOf(docId));
    return this.scopeCache;
  }

  document(id: string): IndexedDocument | undefined {
    return this.documentById.get(id);
  }

  sentence(id: string): Sentence | undefined {
    const i = this.sentencePosition.get(id);
    return i === undefined ? undefined : this.sentences[i];
  }

  issuerOf(docId: string): string {
    return this.documentById.get(docId)?.meta.issuer ?? '';
  }

  paragraph(docId: string, paragraph: number): Sentence[] {
    return this.sentences.filter((x) => x.docId === docId && x.paragraph === paragraph);
  }
}
