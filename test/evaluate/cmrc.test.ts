import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateRetrieval, squadRetrievalSet } from '../../src/evaluate/cmrc.js';

const fixture = JSON.parse(
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/squad-tiny.json'), 'utf8'),
) as unknown;

describe('CMRC / SQuAD loader', () => {
  it('makes each distinct context one paragraph and points questions at it', () => {
    const set = squadRetrievalSet(fixture);
    expect(set.paragraphs.map((p) => p.id)).toEqual(['A1-P1', 'A1-P2', 'A2-P1']);
    expect(set.questions.map((q) => [q.id, q.gold])).toEqual([
      ['A1-Q1', 0],
      ['A1-Q2', 0],
      ['A1-Q3', 1],
      ['A2-Q1', 2],
      ['A2-Q2', 2],
      // Asked on a verbatim repeat of A2-P1: its gold is the one kept.
      ['A2-Q3', 2],
    ]);
  });

  it('rejects a file that is not SQuAD-shaped', () => {
    expect(() => squadRetrievalSet({ data: [{ paragraphs: [{ qas: [] }] }] })).toThrow();
  });

  it('retrieves each question’s paragraph with BM25, dense and hybrid', () => {
    const report = evaluateRetrieval(squadRetrievalSet(fixture));
    expect(report.paragraphs).toBe(3);
    expect(report.questions).toBe(6);
    expect(report.depth).toBe(3);
    expect(report.bm25.recallAt1).toBe(1);
    for (const m of [report.hybrid, report.bm25, report.dense]) {
      expect(m.questions).toBe(6);
      expect(m.recallAt5).toBeGreaterThanOrEqual(m.recallAt1);
      expect(m.mrr).toBeGreaterThanOrEqual(m.recallAt1);
      expect(m.mrr).toBeLessThanOrEqual(1);
    }
    expect(evaluateRetrieval(squadRetrievalSet(fixture), { limit: 2 }).questions).toBe(2);
  });
});
