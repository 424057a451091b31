import { encode } from 'gpt-tokenizer';
import { createHash } from 'node:crypto';
import type { IngestedDocument, Sentence } from '../ingest/types.js';
import { DEFAULT_CHUNKER, type Chunk, type ChunkerSettings } from './chunk-types.js';

export { DEFAULT_CHUNKER, type Chunk, type ChunkerSettings };

export function countTokens(text: string): number {
  return encode(text).length;
}

/**
 * Sentence-aligned chunks within one section: consecutive sentences of the same heading path and
 * period until the token budget is reached. A sentence longer than the budget is a chunk alone.
 */
export function chunkDocument(doc: IngestedDocument, settings: ChunkerSettings = DEFAULT_CHUNKER): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Sentence[] = [];
  let tokens = 0;
  const flush = () => {
    if (!current.length) return;
    const first = current[0];
    const text = current.map((s) => s.text).join('');
    const context = [doc.meta.title, ...first.section].join(' › ');
    const ids = current.map((s) => s.id);
    chunks.push({
      id: `${doc.meta.id}:c${createHash('sha1').update(ids.join(',')).digest('hex').slice(0, 10)}`,
      docId: doc.meta.id,
      sentenceIds: ids,
      section: first.section,
      period: first.period,
      kind: first.kind,
      text,
      indexText: `${context}\n${text}`,
      tokens,
    });
    current = [];
    tokens = 0;
  };
  for (const sentence of doc.sentences) {
    const t = countTokens(sentence.text);
    const last = current[current.length - 1];
    const sameSection = last && last.section.join('\u0000') === sentence.section.join('\u0000') && last.period === sentence.period && last.kind === sentence.kind;
    if (!sameSection || tokens + t > settings.maxTokens) flush();
    current.push(sentence);
    tokens += t;
  }
  flush();
  return chunks;
}
