import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { chunkDocument, splitByTokens } from '../../src/chunk/chunker.js';
import { DEFAULT_CHUNKER } from '../../src/chunk/chunk-types.js';
import { countTokens } from '../../src/chunk/token-count.js';
import { boundSentence, MAX_SENTENCE_CHARS } from '../../src/ingest/bounded-sentences.js';
import { ingestDocument } from '../../src/ingest/ingest-document.js';
import { fromSource } from '../../src/ingest/mapped-text.js';
import { splitSentences } from '../../src/ingest/sentences.js';
import type { DocumentMeta } from '../../src/ingest/types.js';
import { REPO_ROOT, realCorpus } from '../ingest/helpers.js';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import path from 'node:path';
import { longLinesReport } from '../../bench/long-lines-report.js';

const META: DocumentMeta = {
  id: 'long-lines',
  file: 'long-lines.txt',
  title: '2025年国务院政府工作报告',
  issuer: '国务院',
  level: 'national',
  kind: 'government-work-report',
  publishedDate: null,
  docYear: 2025,
  reportsOn: 2024,
  plansFor: 2025,
};

describe('a sentence has a maximum length', () => {
  it('cuts an over-long sentence after its last clause mark within the cap, keeping every character and its source offset', () => {
    const clause = `${'甲'.repeat(90)}，`;
    const text = `${clause.repeat(8)}完。`;
    const pieces = splitSentences(fromSource(text));
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      p.offsets.forEach((o, i) => expect(text[o]).toBe(p.text[i]));
    }
    expect(pieces[0].text.endsWith('，')).toBe(true);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('cuts text without clause marks at the cap, never inside a number near the cut', () => {
    const text = `${'乙'.repeat(MAX_SENTENCE_CHARS - 3)}12.5%增长${'丙'.repeat(300)}`;
    const pieces = boundSentence(fromSource(text));
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces[0].text.endsWith('乙')).toBe(true);
    expect(pieces[1].text.startsWith('12.5%')).toBe(true);
  });

  it('leaves every sentence of the real reports whole (the longest is 501 characters)', () => {
    const govDir = path.join(REPO_ROOT, 'test/fixtures/gov-reports');
    const corpora = [realCorpus(), ...['national', 'provincial-2025', 'provincial-2026'].map((d) => loadCorpus(path.join(govDir, d)))];
    const longest = Math.max(...corpora.flatMap((c) => c.documents.flatMap((d) => d.sentences.map((s) => s.text.length))));
    expect(longest).toBe(501);
    expect(longest).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });
});

describe('a chunk respects its token budget', () => {
  it('indexes an over-budget real sentence as parts within the budget that together hold it', () => {
    const doc = realCorpus().documents.find((d) => d.sentences.some((s) => countTokens(s.text) > DEFAULT_CHUNKER.maxTokens));
    expect(doc, 'the seed corpus holds a sentence over 256 tokens').toBeDefined();
    if (!doc) return;
    const chunks = chunkDocument(doc);
    for (const c of chunks) expect(c.tokens).toBeLessThanOrEqual(DEFAULT_CHUNKER.maxTokens);
    const long = doc.sentences.find((s) => countTokens(s.text) > DEFAULT_CHUNKER.maxTokens);
    const parts = chunks.filter((c) => c.sentenceIds.length === 1 && c.sentenceIds[0] === long?.id);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((p) => p.text).join('')).toBe(long?.text);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(chunks.length);
  });

  it('splits any text into stretches within the budget, rare characters included', () => {
    const text = `${'𠀀𪚥'.repeat(200)}${'经济增长'.repeat(100)}`;
    const parts = splitByTokens(text, 64);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    for (const p of parts) {
      expect(p.tokens).toBeLessThanOrEqual(64);
      expect(countTokens(p.text)).toBe(p.tokens);
    }
  });
});

describe('a 5 MB report with no sentence punctuation, broken every 30 characters', () => {
  it('is ingested and chunked with bounded sentences and chunks, every sentence traced to the source', () => {
    const source = longLinesReport(1_700_000);
    expect(Buffer.byteLength(source)).toBeGreaterThan(5_000_000);
    const doc = ingestDocument(META, source, 'h');
    expect(doc.sentences.length).toBeGreaterThan(3000);
    expect(Math.max(...doc.sentences.map((s) => s.text.length))).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    for (const s of doc.sentences.filter((_, i) => i % 97 === 0)) {
      expect(source.slice(s.span.start, s.span.end).replace(/\n/g, '')).toBe(s.text);
    }
    const chunks = chunkDocument(doc);
    expect(Math.max(...chunks.map((c) => c.tokens))).toBeLessThanOrEqual(DEFAULT_CHUNKER.maxTokens);
  }, 120_000);

  it('reads the figures of a 160 000-character sentence (quadratic before: 2.2 s)', () => {
    const sentence = longLinesReport(160_000).replace(/\n/g, '');
    const figures = extractFigures({ sentence, citationId: 'c', period: '2024', district: '国务院', kind: 'result', source: 'text' });
    expect(figures.length).toBeGreaterThan(50);
  }, 120_000);
});
