import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { questionFacts } from '../../src/retrieve/scoring/context.js';

/**
 * Session 51: the words qualifying an indicator's name, read past the time and the place written between them
 * (src/retrieve/scoring/context.ts, `qualified`: the rule `qualified-indicator`).
 */
const today = new Date('2026-12-07');
const places = knownPlaces(['广东省', '浙江省', '全国']);
const qualifiedOf = (question: string) => questionFacts(understandQuery(question, places, { today }), true).qualified;

describe('an indicator qualified before the time asked', () => {
  it('"南沙港前年集装箱吞吐量": 南沙 qualifies the throughput, past 前年', () => {
    expect(qualifiedOf('南沙港前年集装箱吞吐量破了多少万标箱')).toEqual(['南沙港集装箱吞吐量']);
  });

  it('past a year written in full, and in capitals as written (lower-cased)', () => {
    expect(qualifiedOf('南沙港2024年集装箱吞吐量多少')).toEqual(['南沙港集装箱吞吐量']);
  });

  it('a place is no qualifier, nor a longer time phrase read before its shorter part ("前年" inside "大前年")', () => {
    expect(qualifiedOf('浙江2024年财政收入多少')).toEqual([]);
    expect(qualifiedOf('全国2023年财政收入目标是多少')).toEqual([]);
    expect(qualifiedOf('南沙港大前年集装箱吞吐量多少')).toEqual(['南沙港集装箱吞吐量']);
  });
});
