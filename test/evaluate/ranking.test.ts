import { describe, expect, it } from 'vitest';
import { subsample } from '../../src/evaluate/cmrc.js';
import { parseBaselines } from '../../src/evaluate/questions-eval.js';
import { fuseRrf, percentile, rankOf, retrievalMetrics } from '../../src/evaluate/ranking.js';

describe('ranking metrics', () => {
  it('ranks are 1-based and null when absent', () => {
    expect(rankOf([7, 3, 9], 7)).toBe(1);
    expect(rankOf([7, 3, 9], 9)).toBe(3);
    expect(rankOf([7, 3, 9], 4)).toBeNull();
  });

  it('recall@1, recall@5 and MRR over gold ranks', () => {
    const m = retrievalMetrics([1, 2, 5, 6, null]);
    expect(m.questions).toBe(5);
    expect(m.recallAt1).toBeCloseTo(1 / 5);
    expect(m.recallAt5).toBeCloseTo(3 / 5);
    expect(m.mrr).toBeCloseTo((1 + 1 / 2 + 1 / 5 + 1 / 6) / 5);
    expect(retrievalMetrics([])).toEqual({ questions: 0, recallAt1: 0, recallAt5: 0, mrr: 0 });
  });

  it('fuses by reciprocal rank with k = 60', () => {
    // 2: 1/61 + 1/60; 1: 1/60 + 1/62; 3: 1/62 + 1/61; 4: 1/63.
    expect(
      fuseRrf([
        [1, 2, 3],
        [2, 3, 1, 4],
      ]),
    ).toEqual([2, 1, 3, 4]);
    // An item found by both beats one ranked first by a single list.
    expect(
      fuseRrf([
        [5, 6],
        [6, 7],
      ]),
    ).toEqual([6, 5, 7]);
    // Equal scores break on the smaller id.
    expect(fuseRrf([[9], [8]])).toEqual([8, 9]);
  });

  it('nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile([3], 95)).toBe(3);
    expect(percentile([], 50)).toBeNaN();
  });

  it('subsamples evenly and deterministically', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(subsample(items, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(subsample(items, undefined)).toEqual(items);
    expect(subsample(items, 20)).toEqual(items);
  });

  it('parses --baseline', () => {
    expect(parseBaselines('all')).toEqual(['naive', 'bm25']);
    expect(parseBaselines('bm25')).toEqual(['bm25']);
    expect(parseBaselines(undefined)).toEqual([]);
    expect(() => parseBaselines('dense')).toThrow(/unknown baseline/);
  });
});
