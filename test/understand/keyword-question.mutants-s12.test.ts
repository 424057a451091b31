/**
 * Names-only questions (src/understand/keyword-question.ts) read without an index: its first mutation
 * run (session 12) found no test of the mutation set reaching the file (its only test asks through a
 * built engine, which the mutation run leaves to `npm test`). The questions are read by
 * understandQuery over a hand-built place list; the edges (the length bound, a typo's suggestion,
 * the year's shape, the latest result) are set on the query read.
 */
import { describe, expect, it } from 'vitest';
import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { isKeywordQuestion, withKeywordQuantity } from '../../src/understand/keyword-question.js';

const PLACES = knownPlaces(['浙江省', '江苏省', '山东省', '拱墅区', '杭州市']);
const read = (q: string): UnderstoodQuery => understandQuery(q, PLACES, { today: new Date('2026-12-01') });

describe('a question of names only (session-12 mutation run)', () => {
  it('is one in English: places, their initials, indicators, years and joining words, in any case', () => {
    for (const q of ['zj gdp 2024', 'ZJ GDP 2024', 'gdp of zhejiang in 2024', 'gdp 2024 zhejiang', 'zhejiang gdp 1999']) {
      expect(isKeywordQuestion(read(q)), q).toBe(true);
    }
  });

  it('is not one in English with another word, or a number that is no year', () => {
    for (const q of ['why did zhejiang gdp slow in 2024', 'gdp 2024.5', 'gdp 20245']) {
      expect(isKeywordQuestion(read(q)), q).toBe(false);
    }
  });

  it('is one in Chinese with spaces, a short year, 的 or the place written with its suffix', () => {
    for (const q of ['浙江 GDP 2024', '山东24年进出口总额', '浙江的GDP', '浙江省GDP', '浙江省地区生产总值', '拱墅区2025年一季度GDP']) {
      expect(isKeywordQuestion(read(q)), q).toBe(true);
    }
    expect(isKeywordQuestion(read('浙江GDP为什么放缓'))).toBe(false);
  });

  it('removes a name whole before the shorter names inside it (longest first)', () => {
    // Shorter first, "gdp" would leave "per capita", "地区生产总值" would leave "人均", "研发经费" "支出".
    for (const q of ['zhejiang gdp per capita 2024', '浙江人均地区生产总值', '浙江研发经费支出']) {
      expect(isKeywordQuestion(read(q)), q).toBe(true);
    }
  });

  it('counts a place name read past a typo as a name, in either script and case', () => {
    expect(isKeywordQuestion(read('江书2025年GDP'))).toBe(true);
    expect(isKeywordQuestion(read('Zhejaing GDP 2024'))).toBe(true);
    // A query read elsewhere may carry no suggestions at all.
    const { language, question, indicators } = read('江苏GDP');
    expect(isKeywordQuestion({ language, question, indicators })).toBe(true);
  });

  it('is none naming no indicator, and none longer than 120 characters', () => {
    expect(isKeywordQuestion(read('zhejiang 2024'))).toBe(false);
    const gdp = read('gdp');
    const question = 'gdp '.repeat(30);
    expect(question.length).toBe(120);
    expect(isKeywordQuestion({ ...gdp, question })).toBe(true);
    expect(isKeywordQuestion({ ...gdp, question: `${question} ` })).toBe(false);
  });
});

describe('the query a names-only question is answered as (session-12 mutation run)', () => {
  it('asks the quantity; with no year and no plan, the latest result', () => {
    const latest = withKeywordQuantity(read('江苏GDP'));
    expect([latest.wantsQuantity, latest.intent]).toEqual([true, 'result']);
    const ofYear = withKeywordQuantity(read('江苏2026年GDP'));
    expect([ofYear.wantsQuantity, ofYear.intent]).toEqual([true, 'any']);
  });

  it('keeps an intent of its own, and a plan period names no latest result', () => {
    expect(withKeywordQuantity({ ...read('江苏GDP'), intent: 'plan' }).intent).toBe('plan');
    expect(withKeywordQuantity({ ...read('江苏GDP'), planPeriod: { from: 2026, to: 2030 } }).intent).toBe('any');
  });

  it('leaves alone a question that is no names-only one, or that already asks a quantity or priorities', () => {
    const other = read('浙江GDP为什么放缓');
    expect(withKeywordQuantity(other)).toBe(other);
    const priorities = { ...read('江苏GDP'), wantsPriorities: true };
    expect(withKeywordQuantity(priorities)).toBe(priorities);
    const quantity = { ...read('江苏GDP'), wantsQuantity: true };
    expect(withKeywordQuantity(quantity)).toBe(quantity);
  });
});
