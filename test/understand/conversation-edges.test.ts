import { describe, expect, it } from 'vitest';
import { resultsBeforeTheYearsPlan } from '../../src/answer/kinds/results-first.js';
import type { Sentence } from '../../src/ingest/types.js';
import { expandPlaceAbbreviations } from '../../src/lang/zh/place-abbreviations.js';
import type { ScoredSentence } from '../../src/retrieve/retriever.js';
import { CONFIDENT, knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { readInConversation } from '../../src/understand/conversation.js';

/** Edges of the conversation rules that mutation testing found untested. */
const PLACES = knownPlaces(['浙江省', '江苏省', '广东省']);
const read = (q: string): UnderstoodQuery => understandQuery(q, PLACES, { today: new Date('2026-12-01') });
const follow = (q: UnderstoodQuery, earlier: string) => readInConversation(q, read(earlier));

describe('readInConversation edges', () => {
  it('a help or out-of-scope reading at exactly the confidence bar stands alone', () => {
    const help: UnderstoodQuery = { ...read('你能做什么'), ask: 'help', askConfidence: CONFIDENT };
    expect(follow(help, '浙江2025年GDP是多少')).toBe(help);
    const off: UnderstoodQuery = { ...read('今天天气怎么样'), ask: 'out-of-scope', askConfidence: CONFIDENT };
    expect(follow(off, '浙江2025年GDP是多少')).toBe(off);
  });

  it('"那去年实际呢？" after a target question searches without the earlier target words', () => {
    const out = follow(read('那去年实际呢？'), '浙江2026年GDP增长目标是多少');
    expect(out.intent).toBe('result');
    expect(out.searchText).not.toContain('目标');
    expect(out.years).toEqual([2025]);
  });

  it('a follow-up keeps asking why when the earlier question did', () => {
    const earlier = read('浙江2025年GDP为什么增长放缓');
    expect(earlier.wantsReason).toBe(true);
    expect(readInConversation(read('那江苏呢'), earlier).wantsReason).toBe(true);
    expect(readInConversation(read('那江苏呢'), read('浙江2025年GDP是多少')).wantsReason).toBe(false);
  });

  it('"和江苏比呢" is a follow-up even though it names a place; a complete question naming one stands alone', () => {
    expect(follow(read('和江苏比呢'), '浙江2025年GDP增长多少').places).toEqual(['浙江省', '江苏省']);
    const complete = follow(read('江苏2024年财政收入是多少'), '浙江2025年GDP增长多少');
    expect(complete.places).toEqual(['江苏省']);
    expect(complete.years).toEqual([2024]);
    expect(complete.indicators.map((i) => i.name)).not.toContain('地区生产总值');
  });
});

describe('place abbreviations edges', () => {
  it('keeps two regions written in abbreviations, in their order', () => {
    expect(expandPlaceAbbreviations('京津冀和长三角2025年GDP')).toBe('京津冀和长三角2025年GDP');
    expect(expandPlaceAbbreviations('长三角和京津冀，沪呢')).toBe('长三角和京津冀，上海呢');
  });
});

describe('resultsBeforeTheYearsPlan edges', () => {
  const sentence = (id: string, kind: Sentence['kind'], period: string): ScoredSentence =>
    ({ sentence: { id, text: '地区生产总值增长5%', kind, period } as Sentence, score: 1 }) as ScoredSentence;
  const query = understandQuery('广东2025年地区生产总值增长多少', knownPlaces(['广东省']));

  it('keeps the order when the top sentence is already a result', () => {
    const order = resultsBeforeTheYearsPlan(
      query,
      [sentence('r24', 'result', '2024'), sentence('p', 'plan', '2025'), sentence('r', 'result', '2025')],
      () => true,
    );
    expect(order.map((s) => s.sentence.id)).toEqual(['r24', 'p', 'r']);
  });

  it('keeps the order when the top plan is a five-year plan ending in the year, not the year’s own', () => {
    const order = resultsBeforeTheYearsPlan(query, [sentence('p5', 'plan', '2021-2025'), sentence('r', 'result', '2025')], () => true);
    expect(order.map((s) => s.sentence.id)).toEqual(['p5', 'r']);
  });

  it('keeps the order for an empty list', () => {
    expect(resultsBeforeTheYearsPlan(query, [], () => true)).toEqual([]);
  });
});

describe('a follow-up after a place the reports do not cover', () => {
  const SEED_ONLY = knownPlaces(['钱塘区', '拱墅区', '杭州市']);
  const readSeed = (q: string) => understandQuery(q, SEED_ONLY, { today: new Date('2026-12-01') });

  it('stays about that place, so it is refused again instead of answered for every place', () => {
    const out = readInConversation(readSeed('那前年呢'), readSeed('沪去年GDP增长多少'));
    expect(out.places).toEqual([]);
    expect(out.unknownPlaces).toContain('上海市');
    // Naming another uncovered place by its abbreviation: about that one, refused too.
    expect(readInConversation(readSeed('和苏比呢'), readSeed('沪去年GDP增长多少')).unknownPlaces).toContain('江苏省');
  });

  it('reads an abbreviation before 比 as its place', () => {
    expect(expandPlaceAbbreviations('和苏比呢')).toBe('和江苏比呢');
  });
});

describe('a complete question after a place the reports do not cover', () => {
  it('does not inherit that place', () => {
    const SEED_ONLY = knownPlaces(['钱塘区', '拱墅区', '杭州市']);
    const readSeed = (q: string) => understandQuery(q, SEED_ONLY, { today: new Date('2026-12-01') });
    expect(readInConversation(readSeed('火星GDP多少'), readSeed('湖南2025年GDP')).unknownPlaces).not.toContain('湖南省');
  });
});

describe('a question opening with an unknown name before its indicator', () => {
  it('is about that name, not every place', () => {
    const q = understandQuery('火星的GDP多少', knownPlaces(['钱塘区', '国务院']), { today: new Date('2026-12-01') });
    expect(q.places).toEqual([]);
    expect(q.unknownPlaces).toEqual(['火星']);
    expect(understandQuery('全国GDP多少', knownPlaces(['钱塘区', '国务院'])).unknownPlaces).toEqual([]);
  });
});
