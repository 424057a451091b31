/**
 * What the scoring reads of a question and a sentence (context.ts), how a score is summed and
 * explained (score-sentence.ts, explain.ts), and the graded parts of the rules (recency, spans,
 * other years), on hand-built questions and sentences.
 */
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/ingest/types.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { kindScore, qualifiedNames, questionFacts, sentenceFacts } from '../../src/retrieve/scoring/context.js';
import { formatExplanation, ScoringRecorder, type ScoringSource } from '../../src/retrieve/scoring/explain.js';
import { SCORING_RULES } from '../../src/retrieve/scoring/rules.js';
import { outsideAskedPlan, type ScoredSentence, scoreSentence } from '../../src/retrieve/scoring/score-sentence.js';
import { resultSentenceOf } from '../support/hand-built-sentence.js';

const PLACES = knownPlaces(['钱塘区', '浙江省']);
const facts = (question: string, filtering = true) => questionFacts(understandQuery(question, PLACES), filtering);

const sentence = resultSentenceOf;

const evidence = (norm: string, over: Partial<Sentence> = {}, age = 0) => ({
  sentence: sentence(norm, over),
  lexical: 0.5,
  chunkScore: 0.5,
  age,
});
const contributions = (question: string, norm: string, over: Partial<Sentence> = {}, age = 0) =>
  scoreSentence(facts(question), evidence(norm, over, age), true)?.contributions ?? {};

describe('question facts', () => {
  it('reads the indicator names lower-cased, whether growth and tables are asked, and the qualified name', () => {
    const rural = facts('钱塘区2024年农村居民人均可支配收入是多少');
    expect(rural.indicatorNames).toContain('人均可支配收入');
    expect(rural.qualified).toEqual(['农村居民人均可支配收入']);
    expect(rural.wantsGrowth).toBe(false);
    expect(rural.tablesAsked).toBe(false);
    expect(rural.filtering).toBe(true);
    const gdp = facts('钱塘区2024年GDP增速多少', false);
    expect(gdp.indicatorNames).toContain('gdp');
    expect(gdp.indicatorNames).not.toContain('GDP');
    expect(gdp.wantsGrowth).toBe(true);
    expect(gdp.filtering).toBe(false);
    expect(facts('钱塘区2024年GDP目标完成情况').tablesAsked).toBe(true);
  });

  it('qualifies a name by the two Chinese characters before it, not by a year, a particle or a longer name', () => {
    expect(qualifiedNames('农村居民人均可支配收入', ['人均可支配收入', '居民人均可支配收入'])).toEqual(['农村居民人均可支配收入']);
    expect(qualifiedNames('2024年人均可支配收入', ['人均可支配收入'])).toEqual([]);
    expect(qualifiedNames('的人均可支配收入', ['人均可支配收入'])).toEqual([]);
    expect(qualifiedNames('村人均可支配收入', ['人均可支配收入'])).toEqual([]);
    expect(qualifiedNames('城镇居民收入', ['居民收入', '收入'])).toEqual(['城镇居民收入']);
    expect(qualifiedNames('居民收入', ['居民收入'])).toEqual([]);
    expect(qualifiedNames('ab人均可支配收入', ['人均可支配收入'])).toEqual([]);
  });

  it('scores a sentence’s kind against the asked intent', () => {
    expect(kindScore({ kind: 'plan' }, { intent: 'plan' })).toBe(1);
    expect(kindScore({ kind: 'result' }, { intent: 'plan' })).toBe(0);
    expect(kindScore({ kind: 'result' }, { intent: 'any' })).toBe(0.5);
    expect(kindScore({ kind: 'plan' }, { intent: 'any' })).toBe(0.5);
    expect(kindScore({ kind: 'other' }, { intent: 'any' })).toBe(0);
  });
});

describe('sentence facts', () => {
  it('carries the evidence and reads mention, quantity, period and kind', () => {
    const question = facts('钱塘区2024年GDP是多少');
    const s = sentenceFacts(question, { sentence: sentence('全区实现地区生产总值1416亿元'), lexical: 0.3, chunkScore: 0.7, age: 2 });
    expect(s).toMatchObject({
      lexical: 0.3,
      chunkScore: 0.7,
      age: 2,
      norm: '全区实现地区生产总值1416亿元',
      mention: 1,
      givesQuantity: true,
      period: 1,
      kind: 1,
    });
    const upper = sentenceFacts(question, { sentence: sentence('全区GDP达1416亿元'), lexical: 0, chunkScore: 0, age: 0 });
    expect(upper.lowerNorm).toBe('全区gdp达1416亿元');
    expect(upper.givesQuantity).toBe(true);
    const older = sentenceFacts(question, {
      sentence: sentence('全区实现地区生产总值1416亿元', { period: '2019' }),
      lexical: 0,
      chunkScore: 0,
      age: 0,
    });
    expect(older.period).toBe(0);
    expect(sentenceFacts(facts('钱塘区2024年GDP是多少', false), older).period).toBe(1);
  });

  it('gives no quantity when the question asks for none', () => {
    const overview = facts('钱塘区2024年GDP方面说了什么');
    expect(overview.query.wantsQuantity).toBe(false);
    const e = { sentence: sentence('全区实现地区生产总值1416亿元'), lexical: 0, chunkScore: 0, age: 0 };
    expect(sentenceFacts(overview, e).givesQuantity).toBe(false);
    expect(sentenceFacts(overview, e).mention).toBe(1);
  });

  it('gives no quantity when no indicator is asked', () => {
    const noIndicator = facts('钱塘区2024年有多少');
    const e = { sentence: sentence('全区实现地区生产总值1416亿元'), lexical: 0, chunkScore: 0, age: 0 };
    expect(noIndicator.indicatorNames).toEqual([]);
    expect(sentenceFacts(noIndicator, e).givesQuantity).toBe(false);
  });
});

describe('graded rules', () => {
  it('weighs the latest year by recency, falling by a third a year', () => {
    const question = '钱塘区规上工业总产值是多少';
    const text = '全区实现规上工业总产值2500亿元';
    expect(contributions(question, text, {}, 0)['latest-year']).toBeCloseTo(0.6, 12);
    expect(contributions(question, text, {}, 1)['latest-year']).toBeCloseTo(0.4, 12);
    expect(contributions(question, text, {}, 2)['latest-year']).toBeCloseTo(0.2, 12);
    expect(contributions(question, text, {}, 3)['latest-year']).toBeUndefined();
    expect(contributions(question, text, {}, 5)['latest-year']).toBeUndefined();
    // A year asked: no recency at all.
    expect(contributions('钱塘区2024年规上工业总产值是多少', text)['latest-year']).toBeUndefined();
  });

  it('counts a plan span for half, and a one-year plan as a year', () => {
    const question = '钱塘区GDP目标';
    const span = contributions(question, '到2025年，地区生产总值达到2000亿元', { kind: 'plan', period: '2021-2025' });
    expect(span['latest-plan-span']).toBeCloseTo(0.3, 12);
    expect(span['latest-year']).toBeUndefined();
    const year = contributions(question, '地区生产总值增长6%左右', { kind: 'plan', period: '2025' });
    expect(year['latest-year']).toBeCloseTo(0.6, 12);
    expect(year['latest-plan-span']).toBeUndefined();
  });

  it('penalises a sentence stating only other years, not one stating the asked year or none', () => {
    const question = '浙江省2024年GDP是多少';
    const other = scoreSentence(facts(question), evidence('2023年全省地区生产总值达到13.09万亿元'), true);
    const asked = scoreSentence(facts(question), evidence('2024年全省地区生产总值达到13.5万亿元'), true);
    const none = scoreSentence(facts(question), evidence('全省地区生产总值达到13.5万亿元'), true);
    expect(other?.contributions?.['other-years-only']).toBeCloseTo(-0.3, 12);
    expect(asked?.contributions).not.toHaveProperty('other-years-only');
    expect(none?.contributions).not.toHaveProperty('other-years-only');
    expect(other?.score ?? 0).toBeLessThan(none?.score ?? 0);
    // Filters off (the naive baseline): no penalty.
    expect(
      scoreSentence(facts(question, false), evidence('2023年全省地区生产总值达到13.09万亿元'), true)?.contributions,
    ).not.toHaveProperty('other-years-only');
  });

  it('fits the asked kind only when a kind is asked', () => {
    const overview = contributions('钱塘区2024年GDP方面说了什么', '全区实现地区生产总值1416亿元');
    expect(overview['kind-fits-any']).toBeCloseTo(0.45 * 0.5, 12);
    expect(overview).not.toHaveProperty('kind-fits-asked');
    const naive = scoreSentence(facts('钱塘区2024年GDP是多少', false), evidence('全区实现地区生产总值1416亿元'), true)?.contributions;
    expect(naive).not.toHaveProperty('kind-fits-asked');
  });

  it('rewards a sentence stating any one of the asked years', () => {
    const two = contributions('浙江省2023年和2024年GDP是多少', '初步统计，2024年全省地区生产总值增长5.5%', { period: '2024' });
    expect(two['states-asked-year']).toBeCloseTo(0.15, 12);
    expect(contributions('浙江省2024年GDP是多少', '初步统计，全省地区生产总值增长5.5%')).not.toHaveProperty('states-asked-year');
  });

  it('does not penalise a sentence that states the asked year beside a base year', () => {
    const both = contributions('浙江省2024年GDP是多少', '2024年全省地区生产总值比2023年增长5.5%');
    expect(both).not.toHaveProperty('other-years-only');
  });

  it('weighs the latest figures of a sentence whose period is not a year', () => {
    const undated = contributions('钱塘区规上工业总产值是多少', '全区实现规上工业总产值2500亿元', { period: '' });
    expect(undated).not.toHaveProperty('latest-plan-span');
  });

  it('holds a yearly average against one asked year’s growth, not against two years', () => {
    const average = '五年来全区经济年均增长6.2%';
    expect(contributions('钱塘区2024年GDP增长多少', average)['yearly-average']).toBeCloseTo(-0.2, 12);
    expect(contributions('钱塘区2023年和2024年GDP增长多少', average)).not.toHaveProperty('yearly-average');
    expect(contributions('钱塘区2024年GDP是多少', average)).not.toHaveProperty('yearly-average');
  });

  it('holds a several-year figure against one asked year, not against two', () => {
    const multi = '五年来城镇累计新增就业超700万人';
    expect(contributions('钱塘区2024年城镇新增就业多少人', multi)['multi-year-figure']).toBeCloseTo(-0.3, 12);
    expect(contributions('钱塘区2023年和2024年城镇新增就业多少人', multi)['multi-year-figure']).toBeUndefined();
  });
});

describe('scoreSentence', () => {
  it('passes over only sentences outside an asked plan', () => {
    const plan = facts('钱塘区“十四五”时期GDP目标');
    const year = facts('钱塘区2024年GDP是多少');
    const s = evidence('全区实现地区生产总值1416亿元', { period: '2019' });
    expect(outsideAskedPlan(plan, sentenceFacts(plan, s))).toBe(true);
    expect(outsideAskedPlan(year, sentenceFacts(year, s))).toBe(false);
  });

  it('sums only the rules given, and reports whether the sentence names and quantifies the indicator', () => {
    const question = facts('钱塘区2024年GDP是多少');
    const e = evidence('全区实现地区生产总值1416亿元');
    const lexicalOnly = scoreSentence(
      question,
      e,
      false,
      SCORING_RULES.filter((r) => r.id === 'lexical'),
    );
    expect(lexicalOnly?.score).toBeCloseTo(0.5, 12);
    expect(lexicalOnly?.namesIndicator).toBe(true);
    expect(lexicalOnly?.givesQuantity).toBe(true);
    expect(lexicalOnly?.sentence).toBe(e.sentence);
    const vague = scoreSentence(question, evidence('全区经济稳中向好'), false);
    expect(vague?.namesIndicator).toBe(false);
    expect(vague?.givesQuantity).toBe(false);
  });
});

describe('explanations', () => {
  const scored = (id: string, score: number, contributions?: Record<string, number>): ScoredSentence => ({
    sentence: sentence('全区实现地区生产总值1416亿元', { id }),
    score,
    namesIndicator: true,
    givesQuantity: true,
    ...(contributions ? { contributions } : {}),
  });

  it('records each sentence once per question, the first seen kept, until taken', () => {
    const source: ScoringSource = { onScored: null };
    const recorder = new ScoringRecorder(source);
    source.onScored?.([scored('a', 1), scored('b', 2)]);
    source.onScored?.([scored('a', 9)]);
    const first = recorder.take();
    expect([...first.keys()]).toEqual(['a', 'b']);
    expect(first.get('a')?.score).toBe(1);
    expect(recorder.take().size).toBe(0);
    source.onScored?.([scored('c', 3)]);
    expect([...recorder.take().keys()]).toEqual(['c']);
  });

  it('lists each cited sentence with its score and each rule with its sign, amount and reason', () => {
    const text = formatExplanation(
      [
        { id: 'a', sentence: '全区实现地区生产总值1416亿元' },
        { id: 'b', sentence: '一'.repeat(61) },
        { id: 'c', sentence: '一'.repeat(60) },
      ],
      new Map([
        ['a', scored('a', 1.23456, { lexical: 1, 'other-years-only': -0.3 })],
        ['b', scored('b', 2)],
      ]),
    );
    const lines = text.split('\n');
    const width = Math.max(...SCORING_RULES.map((r) => r.id.length));
    const why = (id: string) => SCORING_RULES.find((r) => r.id === id)?.why;
    expect(lines).toEqual([
      '为何引用 / Why these sentences (ask --explain):',
      '  [1] score 1.2346  全区实现地区生产总值1416亿元',
      `      ${'lexical'.padEnd(width)} +1.0000  ${why('lexical')}`,
      `      ${'other-years-only'.padEnd(width)} -0.3000  ${why('other-years-only')}`,
      `  [2] ${'一'.repeat(60)}…`,
      '      (not chosen by sentence scoring: a list or a heading the answer reads directly)',
      `  [3] ${'一'.repeat(60)}`,
      '      (not chosen by sentence scoring: a list or a heading the answer reads directly)',
    ]);
  });

  it('says so when nothing is cited, and leaves the reason empty for an unknown rule', () => {
    expect(formatExplanation([], new Map())).toBe('为何引用 / Why these sentences (ask --explain):\n  (no sentence cited)');
    const line = formatExplanation([{ id: 'a', sentence: 'x' }], new Map([['a', scored('a', 0, { unknown: 0 })]])).split('\n')[2];
    expect(line.endsWith('+0.0000  ')).toBe(true);
  });
});
