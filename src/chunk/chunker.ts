import { countTokens as countO200kTokens } from 'gpt-tokenizer';
import { shortHash } from '../ingest/hash.js';
import type { IngestedDocument, Sentence } from '../ingest/types.js';
import { DEFAULT_CHUNKER, type Chunk, type ChunkerSettings } from './chunk-types.js';

export { DEFAULT_CHUNKER, type Chunk, type ChunkerSettings };

/** o200k tokens of the text, counted without building the token array. */
export function countTokens(text: string): number {
  return countO200kTokens(text);
}

/**
 * Sentence-aligned chunks within one section: consecutive sentences of the same heading path and
 * period until the token budget is reached. A sentence longer than the budget is a chunk alone.
 */
export function chunkDocument(doc: IngestedDocument, settings: ChunkerSettings = DEFAULT_CHUNKER): Chunk[] {
  return chunkSpans(doc, settings).map((s) => s.chunk);
}

/**
 * The chunks of a document with the positions of their sentences in `doc.sentences`: every
 * sentence is in exactly one chunk, and chunk after chunk covers the sentences in order.
 */
export function chunkSpans(
  doc: IngestedDocument,
  settings: ChunkerSettings = DEFAULT_CHUNKER,
): Array<{ chunk: Chunk; start: number; end: number }> {
  const chunks: Array<{ chunk: Chunk; start: number; end: number }> = [];
  let current: Sentence[] = [];
  let start = 0;
  let tokens = 0;
  const flush = () => {
    if (!current.length) return;
    const first = current[0];
    const text = current.map((s) => s.text).join('');
    const context = [doc.meta.title, ...first.section].join(' › ');
    const ids = current.map((s) => s.id);
    const chunk: Chunk = {
      id: `${doc.meta.id}:c${shortHash(ids.join(','))}`,
      docId: doc.meta.id,
      sentenceIds: ids,
      section: first.section,
      period: first.period,
      kind: first.kind,
      text,
      indexText: `${context}\n${text}`,
      tokens,
    };
    chunks.push({ chunk, start, end: start + current.length });
    start += current.length;
    current = [];
    tokens = 0;
  };
  for (const sentence of doc.sentences) {
    const t = countTokens(sentence.text);
    const last = current[current.length - 1];
    const sameSection =
      last &&
      last.section.join('\u0000') === sentence.section.join('\u0000') &&
      last.period === sentence.period &&
      last.kind === sentence.kind;
    if (!sameSection || tokens + t > settings.maxTokens) flush();
    current.push(sentence);
    tokens += t;
  }
  flush();
  return chunks;
}
