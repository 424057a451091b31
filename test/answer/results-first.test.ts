import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/ingest/types.js';
import { glossary } from '../../src/lang/zh/glossary.js';
import { resultsBeforeTheYearsPlan } from '../../src/answer/kinds/results-first.js';
import type { ScoredSentence } from '../../src/retrieve/retriever.js';
import { type KnownPlace, understandQuery } from '../../src/retrieve/query.js';

const PLACES: KnownPlace[] = [{ issuer: '广东省', aliases: ['广东'] }];

const sentence = (id: string, text: string, kind: Sentence['kind'], period: string): ScoredSentence =>
  ({ sentence: { id, text, kind, period } as Sentence, score: 1 }) as ScoredSentence;

const plan = sentence('plan', '今年经济社会发展的主要预期目标是：地区生产总值增长5%左右', 'plan', '2025');
const quarter = sentence('q1', '一季度，地区生产总值增长4.6%', 'result', '2025Q1');
const year = sentence('year', '地区生产总值增长3.9%、总量连续37年居全国首位', 'result', '2025');
const gdpStated = (s: ScoredSentence) => /生产总值增长\d/.test(s.sentence.text);

describe('resultsBeforeTheYearsPlan', () => {
  const query = understandQuery('广东2025年地区生产总值增长多少', PLACES);

  it('puts the year’s result stating the asked figure before the year’s plan', () => {
    expect(query.indicators[0]?.name).toBe(glossary().indicators.find((i) => i.name === '地区生产总值')?.name);
    const order = resultsBeforeTheYearsPlan(query, [plan, quarter, year], gdpStated).map((s) => s.sentence.id);
    expect(order).toEqual(['year', 'plan', 'q1']);
  });

  it('never takes a quarter’s result for the year’s', () => {
    expect(resultsBeforeTheYearsPlan(query, [plan, quarter], gdpStated).map((s) => s.sentence.id)).toEqual(['plan', 'q1']);
  });

  it('keeps the order when the result found does not state the figure', () => {
    expect(resultsBeforeTheYearsPlan(query, [plan, year], () => false).map((s) => s.sentence.id)).toEqual(['plan', 'year']);
  });

  it('keeps the order for a target question', () => {
    const target = understandQuery('广东2025年地区生产总值增长目标是多少', PLACES);
    expect(resultsBeforeTheYearsPlan(target, [plan, year], gdpStated).map((s) => s.sentence.id)).toEqual(['plan', 'year']);
  });
});
