import type { Chunk } from '../chunk/chunk-types.js';
import type { IngestWarning, Sentence } from '../ingest/types.js';
import type { IndexedDocument } from './corpus-repository.js';

/** A corpus as the build pipeline hands it to a backend, and as the local one reads it back. */
export interface CorpusParts {
  documents: readonly IndexedDocument[];
  sentences: readonly Sentence[];
  chunks: readonly Chunk[];
  warnings: readonly IngestWarning[];
  /** Chunk i is made of sentences list[offsets[i]] … list[offsets[i + 1] - 1] (positions). */
  chunkSentences: { offsets: Int32Array; list: Int32Array };
  /** Positions of the sentences whose normalised text names a year ("2019年"), by year, ascending. */
  yearMentions: ReadonlyMap<number, Int32Array>;
}
