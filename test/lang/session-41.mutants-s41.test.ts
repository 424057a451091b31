/**
 * Session 41's survivors of its mutation run (stryker.s41.json; docs/mutation-survivors.md "Session 41"): the plan's end
 * asked after the plan, a place inside a phrase read whole, a share's names, attributes read in notes and lists.
 */
import { describe, expect, it } from 'vitest';
import { attributeFigures } from '../../src/figures/attribute-numbers.js';
import { attributesAsked } from '../../src/lang/zh/attribute-words.js';
import { periodScore } from '../../src/retrieve/period-match.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { questionFacts, sentenceFacts } from '../../src/retrieve/scoring/context.js';
import type { Sentence } from '../../src/ingest/types.js';

const PLACES = knownPlaces(['国务院', '福建省', '钱塘区', '拱墅区', '北京市']);
const on = (day: string) => (question: string) => understandQuery(question, PLACES, { today: new Date(day) });

describe('the plan’s last year asked after the plan (period-match)', () => {
  const query = { years: [2025], planPeriod: { from: 2021, to: 2025 }, part: null, intent: 'result' as const };
  it.each([
    ['a plan sentence of that year', { period: '2025', kind: 'plan' as const }, 0],
    ['a result over two years ending in it', { period: '2024-2025', kind: 'result' as const }, 0],
    ['a result of another year within the plan', { period: '2024', kind: 'result' as const }, 0],
    ['the year’s result', { period: '2025', kind: 'result' as const }, 0.8],
  ])('%s scores %s', (_, sentence, score) => {
    expect(periodScore({ ...sentence, norm: '' }, query)).toBe(score);
  });

  it('a year asked beside the plan that is not its last: the earlier year’s result does not fit', () => {
    expect(periodScore({ period: '2024', kind: 'result', norm: '' }, { ...query, years: [2024] })).toBe(0);
  });
});

describe('the plan’s end asked (query)', () => {
  it('in its own last year the plan is not over: no year', () => {
    expect(on('2025-06-01')('福建十四五末文旅经济增加值多少').years).toEqual([]);
  });

  it('beside another year the targets are asked: the end year is not added', () => {
    expect(on('2026-12-06')('钱塘人口规模 十四五末要破多少万 到2035年又是多少万').years).not.toContain(2025);
  });

  it('in English, the plan’s name asks no plan: the end year is kept; a target asked in words is not', () => {
    const ask = on('2026-12-06');
    expect(ask("How big was Fujian's digital economy at the end of the 14th five-year plan?").years).toEqual([2025]);
    expect(ask("What is Fujian's GDP target for the end of the 14th Five-Year Plan?").years).toEqual([]);
  });
});

describe('a place inside a phrase read whole (query)', () => {
  const ask = on('2026-12-06');
  it('is dropped when another place is asked, kept when it is the only one', () => {
    expect(ask('How is Gongshu protecting the Beijing-Hangzhou Grand Canal?').places).toEqual(['拱墅区']);
    expect(ask('What did Beijing say about the Beijing-Hangzhou Grand Canal?').places).toEqual(['北京市']);
  });

  it('a single word read is no phrase: a place named by it stays ("Fujian digital economy")', () => {
    expect(ask('Beijing digital economy growth in 2025').places).toEqual(['北京市']);
  });
});

describe('a share’s names give its quantity only when a share is asked (context)', () => {
  const sentence = { id: 's1', norm: '普惠托位占比提高到68%', kind: 'plan', period: '2026', section: [] } as unknown as Sentence;
  const evidence = { sentence, lexical: 1, chunkScore: 1, age: 0 };
  const ask = on('2026-12-06');
  it('"普惠托位的占比要提到多少": the sentence gives it', () => {
    expect(sentenceFacts(questionFacts(ask('北京今年普惠托位的占比要提到多少'), true), evidence).givesQuantity).toBe(true);
  });

  it('"普惠托位要新增多少": a share is another indicator', () => {
    expect(sentenceFacts(questionFacts(ask('北京今年普惠托位要新增多少'), true), evidence).givesQuantity).toBe(false);
  });

  it('no indicator named: no quantity of it, share asked or not', () => {
    const facts = questionFacts(ask('北京今年那个占比要提到多少'), true);
    expect(facts.indicatorNames).toEqual([]);
    expect(sentenceFacts(facts, evidence).givesQuantity).toBe(false);
  });
});

describe('attributes (attribute-numbers)', () => {
  const input = (sentence: string) =>
    ({ sentence, citationId: 'c1', period: '2024', district: '北京市', kind: 'result', source: 'text' }) as const;
  it('none asked, none read', () => {
    expect(attributeFigures(input('开通3号线一期、12号线'), [])).toEqual([]);
  });

  it('a list item with no name of its own takes its clause’s verb, not one of an earlier clause', () => {
    const read = (s: string) => attributeFigures(input(s), attributesAsked('几号线')).map((f) => [f.indicator, f.value]);
    expect(read('推进枢纽建设，开通3号线一期、12号线')).toEqual([
      ['一期', 3],
      ['开通', 12],
    ]);
    // Its own clause's, not the sentence's last ("推进13号线" after it).
    expect(read('开通3号线一期、12号线，推进13号线')).toEqual([
      ['一期', 3],
      ['开通', 12],
      ['推进', 13],
    ]);
    // A clause with no opening verb names nothing: the item is not read.
    expect(read('推进枢纽建设，其中3号线一期、12号线')).toEqual([['其中', 3]]);
  });
});
