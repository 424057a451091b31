import { describe, expect, it } from 'vitest';
import { cleanedDocuments, fixedChunks, NaiveBaseline, NAIVE_CHUNK_CHARS } from '../../src/evaluate/naive-baseline.js';

type S = { id: string; docId: string; text: string; paragraph: number };

/** n sentences of exactly `len` characters each, `perParagraph` to a paragraph. */
function sentences(docId: string, n: number, len: number, perParagraph: number, body = (i: number) => `第${i}句`): S[] {
  return Array.from({ length: n }, (_, i) => {
    const head = body(i);
    return {
      id: `${docId}:s${i}`,
      docId,
      text: `${(head + '内'.repeat(Math.max(0, len - head.length - 1))).slice(0, len - 1)}。`,
      paragraph: Math.floor(i / perParagraph),
    };
  });
}

describe('naive baseline chunker', () => {
  it('rebuilds the cleaned text with a newline between paragraphs, keeping sentence offsets', () => {
    const [doc] = cleanedDocuments([
      { id: 'a', docId: 'd', text: '甲句。', paragraph: 0 },
      { id: 'b', docId: 'd', text: '乙句！', paragraph: 0 },
      { id: 'c', docId: 'd', text: '丙句；', paragraph: 2 },
    ]);
    expect(doc.text).toBe('甲句。乙句！\n丙句；');
    for (const s of doc.sentences) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps documents apart', () => {
    const docs = cleanedDocuments([...sentences('x', 2, 10, 5), ...sentences('y', 3, 10, 5)]);
    expect(docs.map((d) => [d.docId, d.sentences.length, d.text.length])).toEqual([
      ['x', 2, 20],
      ['y', 3, 30],
    ]);
  });

  it('cuts fixed 500-character windows regardless of sentences', () => {
    // 60 sentences of 30 characters, 10 to a paragraph: 1800 characters + 5 newlines.
    const [doc] = cleanedDocuments(sentences('d', 60, 30, 10));
    const chunks = fixedChunks(doc);
    expect(doc.text.length).toBe(1805);
    expect(chunks.map((c) => [c.start, c.end])).toEqual([
      [0, 500],
      [500, 1000],
      [1000, 1500],
      [1500, 1805],
    ]);
    expect(chunks.map((c) => c.text).join('')).toBe(doc.text);
    expect(chunks.every((c) => c.text.length <= NAIVE_CHUNK_CHARS)).toBe(true);
  });

  it('gives a chunk every sentence it overlaps, so a cut sentence belongs to both sides', () => {
    const [doc] = cleanedDocuments(sentences('d', 60, 30, 10));
    const [first, second] = fixedChunks(doc);
    // Paragraph 0 is 300 characters and a newline; sentence 16 spans [481, 511).
    expect(first.sentenceIds[0]).toBe('d:s0');
    expect(first.sentenceIds.at(-1)).toBe('d:s16');
    expect(second.sentenceIds[0]).toBe('d:s16');
    for (const c of [first, second]) {
      for (const id of c.sentenceIds) {
        const s = doc.sentences.find((x) => x.id === id)!;
        expect(s.start < c.end && s.end > c.start).toBe(true);
      }
    }
    const all = new Set(fixedChunks(doc).flatMap((c) => c.sentenceIds));
    expect(all.size).toBe(60);
  });

  it('answers with whole sentences from the closest chunks, never refusing', () => {
    const topics = ['钱塘区地区生产总值增长百分之五', '拱墅区新增高新技术企业', '杭州市货物出口总额创新高', '大学生招引与人才公寓建设'];
    const input = topics.flatMap((topic, t) => sentences(`doc${t}`, 20, 40, 5, (i) => `${topic}第${i}项`));
    const naive = NaiveBaseline.build(input);
    expect(naive.chunks.length).toBe(4 * 2);
    const answer = naive.ask('拱墅区新增高新技术企业多少家？');
    expect(answer.notFound).toBe(false);
    expect(answer.citations.length).toBe(5);
    expect(answer.citations[0].docId).toBe('doc1');
    const texts = new Set(input.map((s) => s.text));
    for (const c of answer.citations) expect(texts.has(c.sentence)).toBe(true);
    expect(naive.ask('上城区是否有数据？').notFound).toBe(false);
  });
});
