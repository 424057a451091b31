import { shortHash } from '../ingest/hash.js';
import type { IngestedDocument, Sentence } from '../ingest/types.js';
import { CLAUSE_BREAKS } from '../lang/zh/punctuation.js';
import { DEFAULT_CHUNKER, type Chunk, type ChunkerSettings } from './chunk-types.js';
import { countTokens } from './token-count.js';

export { DEFAULT_CHUNKER, type Chunk, type ChunkerSettings };
export { countTokens };

/**
 * Sentence-aligned chunks within one section: consecutive sentences of the same heading path and
 * period until the token budget is reached. A sentence longer than the budget is cut into parts,
 * each a chunk of that one sentence holding a stretch of its text within the budget: the index never
 * holds an over-budget chunk, and a citation still quotes the whole sentence.
 */
export function chunkDocument(doc: IngestedDocument, settings: ChunkerSettings = DEFAULT_CHUNKER): Chunk[] {
  return chunkSpans(doc, settings).map((s) => s.chunk);
}

/**
 * The chunks of a document with the positions of their sentences in `doc.sentences`: every
 * sentence is in a chunk of its own or shared, or — over the budget — in consecutive part chunks
 * (the same `start`, `end` = `start` + 1), and chunk after chunk covers the sentences in order.
 */
export function chunkSpans(
  doc: IngestedDocument,
  settings: ChunkerSettings = DEFAULT_CHUNKER,
): Array<{ chunk: Chunk; start: number; end: number }> {
  const chunks: Array<{ chunk: Chunk; start: number; end: number }> = [];
  let current: Sentence[] = [];
  let start = 0;
  let tokens = 0;
  const chunkOf = (sentences: readonly Sentence[], text: string, count: number, idSuffix: string): Chunk => {
    const first = sentences[0];
    const context = [doc.meta.title, ...first.section].join(' › ');
    const ids = sentences.map((s) => s.id);
    return {
      id: `${doc.meta.id}:c${shortHash(ids.join(',') + idSuffix)}`,
      docId: doc.meta.id,
      sentenceIds: ids,
      section: first.section,
      period: first.period,
      kind: first.kind,
      text,
      indexText: `${context}\n${text}`,
      tokens: count,
    };
  };
  const flush = () => {
    if (!current.length) return;
    chunks.push({ chunk: chunkOf(current, current.map((s) => s.text).join(''), tokens, ''), start, end: start + current.length });
    start += current.length;
    current = [];
    tokens = 0;
  };
  for (const sentence of doc.sentences) {
    const t = countTokens(sentence.text);
    if (t > settings.maxTokens) {
      flush();
      const parts = splitByTokens(sentence.text, settings.maxTokens);
      parts.forEach((part, k) => chunks.push({ chunk: chunkOf([sentence], part.text, part.tokens, `#${k}`), start, end: start + 1 }));
      start += 1;
      continue;
    }
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

const CLAUSE_CODES = new Set([...CLAUSE_BREAKS].map((c) => c.charCodeAt(0)));

/**
 * Text over the budget as consecutive stretches of at most `maxTokens` tokens each, ended after a
 * clause mark (，、：) in a stretch's second half where there is one. A stretch is first tried at
 * `maxTokens` characters (a Chinese character is about one token) and shrunk in proportion until it
 * fits, so each costs a few counts of at most that many characters: linear in the text.
 */
export function splitByTokens(text: string, maxTokens: number): Array<{ text: string; tokens: number }> {
  const parts: Array<{ text: string; tokens: number }> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + maxTokens);
    let tokens = countTokens(text.slice(start, end));
    while (tokens > maxTokens && end - start > 1) {
      end = start + Math.max(1, Math.min(end - start - 1, Math.floor(((end - start) * maxTokens) / tokens)));
      tokens = countTokens(text.slice(start, end));
    }
    if (end < text.length) {
      const clauseEnd = lastClauseEnd(text, start + Math.floor((end - start) / 2), end);
      if (clauseEnd > 0) {
        end = clauseEnd;
        tokens = countTokens(text.slice(start, end));
      }
      // Never between the halves of a surrogate pair.
      if (end - start > 1 && isLowSurrogate(text.charCodeAt(end))) tokens = countTokens(text.slice(start, --end));
    }
    parts.push({ text: text.slice(start, end), tokens });
    start = end;
  }
  return parts;
}

/** The end just after the last clause mark in [from, end), or -1. */
function lastClauseEnd(text: string, from: number, end: number): number {
  for (let i = end - 1; i >= from; i--) if (CLAUSE_CODES.has(text.charCodeAt(i))) return i + 1;
  return -1;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
