import type { Sentence } from '../ingest/types.js';

export interface ChunkerSettings {
  /** Token budget of a chunk's quoted text, counted with gpt-tokenizer (o200k_base). */
  maxTokens: number;
}

export const DEFAULT_CHUNKER: ChunkerSettings = { maxTokens: 256 };

export interface Chunk {
  id: string;
  docId: string;
  sentenceIds: string[];
  section: string[];
  period: string;
  kind: Sentence['kind'];
  /** The sentences as quoted. */
  text: string;
  /** Title and heading path before the text: what is indexed, never what is quoted. */
  indexText: string;
  tokens: number;
}
