/**
 * Session 18's retrieval, its conditions one by one (mutation run of session 18, stryker.s18.json): a sentence the
 * figure table reads as one of the asked indicators (src/retrieve/scoring/context.ts) and a running total asked of a
 * year (src/retrieve/period-match.ts), on hand-built sentences and questions.
 */
import { describe, expect, it } from 'vitest';
import { periodScore } from '../../src/retrieve/period-match.js';
import { questionFacts, sentenceFacts } from '../../src/retrieve/scoring/context.js';
import { asked, indicator } from '../support/hand-built-query.js';
import { resultSentenceOf } from '../support/hand-built-sentence.js';

const sentence = (norm: string) => resultSentenceOf(norm);

describe('a sentence the table reads as one of the asked indicators', () => {
  it('names it when any asked indicator is read, not only when all are', () => {
    const query = asked('湖南24年经济和粮食产量多少', {
      indicators: [indicator('地区生产总值'), indicator('粮食产量')],
      wantsQuantity: true,
    });
    const facts = sentenceFacts(questionFacts(query, true), {
      sentence: sentence('顶住经济下行压力，总量达5.3万亿元'),
      lexical: 0.5,
      chunkScore: 0.5,
      age: 0,
      tableIndicators: new Set(['地区生产总值']),
    });
    expect(facts).toMatchObject({ mention: 0.6, givesQuantity: true });
  });

  it('is asked no number of an indicator the question does not name', () => {
    const facts = sentenceFacts(questionFacts(asked('湖南24年怎么样', { wantsQuantity: true }), true), {
      sentence: sentence('顶住经济下行压力，总量达5.3万亿元'),
      lexical: 0.5,
      chunkScore: 0.5,
      age: 0,
      tableIndicators: new Set(['地区生产总值']),
    });
    expect(facts).toMatchObject({ mention: 0, givesQuantity: false });
  });
});

describe('a running total asked of a year', () => {
  const review = (period: string, norm = '累计推出259项制度创新成果') => ({ period, kind: 'result' as const, norm });
  const total = (years: number[], question = '累计推出多少项') => ({
    question,
    years,
    planPeriod: null,
    part: null,
    intent: 'any' as const,
  });

  it('fits a review of the years ending in any asked year', () => {
    expect(periodScore(review('2021-2025'), total([2024, 2025]))).toBe(0.6);
  });

  it('fits it better than a year written in it, no worse', () => {
    expect(periodScore(review('2021-2025', '2025年累计推出259项'), total([2025]))).toBe(0.6);
    expect(periodScore(review('2021-2025', '2024年累计推出259项'), total([2024]))).toBe(0.5);
  });

  it('asks nothing when the question is not known', () => {
    expect(periodScore(review('2021-2025'), { years: [2025], planPeriod: null, part: null, intent: 'any' })).toBe(0);
  });
});
