/**
 * Understanding a question, written from query.ts's code for the survivors of session 13's run of its
 * last lines (the acronym typo mender); no index. Mutation run of session 15.
 */
import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const PLACES = knownPlaces(['浙江省', '江苏省']);
const today = new Date('2026-12-01');
const read = (q: string) => understandQuery(q, PLACES, { today });

describe('an acronym typed with a typo', () => {
  it('is mended in a Chinese question written in lower case too: only an English question keeps its lower-case words', () => {
    expect(read('浙江gpd增长多少').question).toBe('浙江GDP增长多少');
    expect(read('浙江gpd增长多少').indicators.map((i) => i.name)).toEqual(['地区生产总值']);
  });

  it('is mended only to an acronym of its own length: a letter more is another word', () => {
    expect(read('浙江GDPP增长多少').question).toBe('浙江GDPP增长多少');
  });
});

/** Lines 389–412 (session 13's 301–390, never run before): five years in an English question. */
describe('five years in an English question, asked at the end of 2026', () => {
  const plan = (q: string) => read(q).planPeriod;
  it('"the past five years" is the plan under review, its ends no years of their own', () => {
    const r = read('How many elderly care beds were added over the past five years in Zhejiang?');
    expect(r.planPeriod).toEqual({ from: 2021, to: 2025 });
    expect(r.years).toEqual([]);
  });

  it('"the past five years" with years written is those years, no plan', () => {
    expect(plan('How many elderly care beds were added over the past five years (2018-2022) in Zhejiang?')).toBeNull();
    expect(read('How many elderly care beds were added over the past five years (2018-2022) in Zhejiang?').years).toContain(2018);
  });

  it('a Chinese question of the past five years keeps its years (the English rule is English only)', () => {
    const r = read('浙江过去五年新增养老床位多少');
    expect(r.planPeriod).toBeNull();
    expect(r.years).toEqual([2021, 2025]);
  });

  it('bare "five years" is the plan under review for a result, the plan starting this year for a target', () => {
    expect(plan('How many elderly care beds were added in Zhejiang over five years?')).toEqual({ from: 2021, to: 2025 });
    expect(plan('What is the target for elderly care beds in Zhejiang over five years?')).toEqual({ from: 2026, to: 2030 });
    expect(read('How many elderly care beds were added in Zhejiang over five years?').intent).toBe('result');
    expect(read('What is the target for elderly care beds in Zhejiang over five years?').intent).toBe('plan');
    // With neither a result nor a plan word, the plan under review asks what it achieved.
    expect(read('Elderly care beds in Zhejiang over five years?').intent).toBe('result');
    expect(read('Elderly care beds in Zhejiang over five years?').yearSpan).toBeNull();
  });
});

/** Lines 455–466: a place and words asking how it did read as its economy; an outline does not. */
describe('a place asked how it did', () => {
  const names = (q: string) => read(q).indicators.map((i) => i.name);
  it('asks about its economy as a whole', () => {
    expect(names('浙江去年成绩单')).toEqual(['地区生产总值']);
  });
  it('not when its outline is asked', () => {
    expect(names('浙江有哪些重点工作')).toEqual([]);
  });
  it('"which grew fastest" across places asks the economy’s growth', () => {
    expect(names('Which province grew fastest?')).toEqual(['地区生产总值']);
  });
});

/** Lines 469–478: a longer indicator holding a shorter one wins, unless the shorter is written on its own. */
describe('a longer indicator over the shorter inside it', () => {
  const names = (q: string) => read(q).indicators.map((i) => i.name);
  it('人均GDP is only 人均生产总值', () => {
    expect(names('浙江人均GDP多少')).toEqual(['人均生产总值']);
    expect(names('浙江人均地区生产总值多少')).toEqual(['人均生产总值']);
  });
  it('GDP written on its own as well keeps both', () => {
    expect(names('浙江GDP和人均GDP分别多少')).toEqual(['地区生产总值', '人均生产总值']);
  });
});
