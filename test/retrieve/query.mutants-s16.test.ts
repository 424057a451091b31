/**
 * Understanding a question, written for the survivors of session 16's re-run of query.ts lines 397–533
 * (five-year plans named relatively or by "five years" in English, a place asked how it did); no index.
 */
import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const PLACES = knownPlaces(['浙江省', '江苏省']);
const readOn = (q: string, day: string) => understandQuery(q, PLACES, { today: new Date(day) });
const read = (q: string) => readOn(q, '2026-12-01');

describe('a five-year plan named relatively in English', () => {
  it('"the previous five-year plan" is the last plan already over: in 2025 the 13th, the 14th still running', () => {
    expect(readOn('What did Zhejiang plan for GDP in the previous five-year plan?', '2025-06-01').planPeriod).toEqual({
      from: 2016,
      to: 2020,
    });
  });

  it('"the next five-year plan" after the last plan the glossary knows is no plan', () => {
    expect(readOn('What did Zhejiang plan for GDP in the next five-year plan?', '2035-06-01').planPeriod).toBeNull();
  });

  it('a plan named by its number wins over one named relatively', () => {
    expect(read('What GDP did Zhejiang plan in the 14th five-year plan, and in the next five-year plan?').planPeriod).toEqual({
      from: 2021,
      to: 2025,
    });
  });

  it('a plan named in English is a period: its word "plan" asks no target', () => {
    expect(read('How much grain did Zhejiang produce each year of the 14th five-year plan?').intent).toBe('result');
    // Written without hyphens, the plan's name is no term the English lexicon reads: only the plan-name
    // pattern takes its "plan" out.
    expect(read('How much grain did Zhejiang produce each year of the 14th five year plan?').intent).toBe('result');
  });
});

describe('"the past N years" in English', () => {
  it('the past five years read as the plan under review carry no span of years', () => {
    expect(read('Elderly care beds in Zhejiang over the past five years?').yearSpan).toBeNull();
  });

  it('a span that only starts where a plan starts is no plan: the past three years in 2024 are 2021–2023', () => {
    const r = readOn('Elderly care beds in Zhejiang over the past three years?', '2024-06-01');
    expect(r.planPeriod).toBeNull();
    expect(r.yearSpan).toEqual({ from: 2021, to: 2023 });
  });
});

describe('bare "five years" in English', () => {
  it('is read from the day asked: a target in 2021 is the plan starting then', () => {
    expect(readOn('What is the target for elderly care beds in Zhejiang over five years?', '2021-03-01').planPeriod).toEqual({
      from: 2021,
      to: 2025,
    });
  });

  it('is no plan when no plan ended last year', () => {
    expect(readOn('Elderly care beds in Zhejiang over five years?', '2025-03-01').planPeriod).toBeNull();
  });

  it('never replaces a year written or a plan named', () => {
    expect(read('Elderly care beds in Zhejiang in 2024 over five years?').planPeriod).toBeNull();
    expect(read('Elderly care beds in Zhejiang over five years in the 13th five-year plan?').planPeriod).toEqual({ from: 2016, to: 2020 });
  });
});

describe('the year phrases a reading note names', () => {
  it('keep a relative span written in words ("过去五年"), and drop a year written in digits', () => {
    expect(read('浙江过去五年新增养老床位多少').yearNotes.map((n) => n.phrase)).toEqual(['过去五年', '过去五年']);
    expect(read('浙江2024年GDP').yearNotes).toEqual([]);
  });
});

describe('the economy read into a question', () => {
  const names = (q: string) => read(q).indicators.map((i) => i.name);
  it('not for words asking how it went with no place, or only a place the reports do not cover', () => {
    expect(names('去年成绩单')).toEqual([]);
    // 上海 is no place of these reports (PLACES): its 成绩单 is refused, not read as their economy.
    expect(names('上海去年成绩单')).toEqual([]);
    expect(names('浙江去年成绩单')).toEqual(['地区生产总值']);
  });

  it('not for an outline of economic work', () => {
    expect(names('浙江经济工作有哪些重点')).toEqual([]);
  });

  it('not for a question that speaks of the economy but asks no figure of it, nor how it went', () => {
    // Policies are looked up in the reports' words; no GDP is read in.
    expect(names('浙江的经济政策有哪些')).toEqual([]);
  });
});

describe('English words whose Chinese, put together, names an indicator', () => {
  const names = (q: string) => read(q).indicators.map((i) => i.name);
  it('"NEVs on the road" is 新能源汽车 + 保有量, one indicator', () => {
    expect(names('How many NEVs are on the road in Zhejiang?')).toEqual(['新能源汽车保有量']);
    expect(names('How many new energy vehicles are on the road in Zhejiang?')).toEqual(['新能源汽车保有量']);
  });

  it('a word that names an indicator itself names no other inside the words put together', () => {
    expect(names('What was the foreign trade target of Zhejiang?')).toEqual(['进出口总额']);
    expect(names('How much did Zhejiang export last year?')).toEqual(['货物出口']);
  });
});
