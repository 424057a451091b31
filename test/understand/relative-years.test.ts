import { describe, expect, it } from 'vitest';
import { relativeYearInEnglish, resolveYears } from '../../src/lang/zh/relative-years.js';

const today = new Date('2026-03-15T08:00:00Z');
const years = (text: string, reportYear?: number) => resolveYears(text, { today, reportYear }).years;

describe('resolveYears: absolute years', () => {
  it('reads four digits, with or without 年', () => {
    expect(years('杭州市2024年GDP是多少')).toEqual([2024]);
    expect(years('GDP in 2023 and 2024')).toEqual([2023, 2024]);
    expect(years('FY2024 revenue')).toEqual([2024]);
  });

  it('reads Chinese digits', () => {
    expect(resolveYears('二〇二四年经济运行情况', { today })).toMatchObject({
      years: [2024],
      notes: [{ phrase: '二〇二四年', year: 2024 }],
    });
    expect(years('二零二五年目标')).toEqual([2025]);
  });

  it('reads two digits before 年 as a year, but not a count', () => {
    expect(resolveYears('24年GDP增长多少', { today })).toMatchObject({ years: [2024], notes: [{ phrase: '24年', year: 2024 }] });
    expect(years('98年的GDP')).toEqual([1998]);
    expect(years('新增24个项目')).toEqual([]);
    expect(years('24年来持续增长')).toEqual([]);
    expect(years('连续10年增长')).toEqual([]);
  });

  it('does not take amounts for years', () => {
    expect(years('投资2000亿元')).toEqual([]);
    expect(years('新增2024家企业')).toEqual([]);
  });

  it('reads a range of years as a span', () => {
    expect(resolveYears('2020年到2024年GDP变化', { today })).toMatchObject({ years: [2020, 2024], span: { from: 2020, to: 2024 } });
    expect(resolveYears('GDP from 2019 to 2023', { today }).span).toEqual({ from: 2019, to: 2023 });
    expect(resolveYears('2021-2025', { today }).span).toEqual({ from: 2021, to: 2025 });
  });
});

describe('resolveYears: relative to today', () => {
  it.each([
    ['今年GDP目标', 2026],
    ['本年度预算', 2026],
    ['去年GDP', 2025],
    ['上年财政收入', 2025],
    ['前年增速', 2024],
    ['大前年的GDP', 2023],
    ['明年打算', 2027],
    ['后年目标', 2028],
    ['GDP last year', 2025],
    ['plans for next year', 2027],
  ])('%s → %i', (text, year) => {
    expect(years(text)).toEqual([year]);
  });

  it('notes how each phrase was read', () => {
    expect(resolveYears('前年和去年', { today }).notes).toEqual([
      { phrase: '前年', year: 2024 },
      { phrase: '去年', year: 2025 },
    ]);
  });

  it('skips a relative word that is a comparison base', () => {
    expect(years('去年GDP比上年增长多少')).toEqual([2025]);
    expect(years('2024年较上年增长多少')).toEqual([2024]);
    expect(years('与去年同期相比增长多少')).toEqual([]);
    expect(years('2023年和去年对比')).toEqual([2023, 2025]);
  });

  it('reads recent runs of years up to the last complete one', () => {
    expect(resolveYears('近五年GDP变化', { today })).toMatchObject({ years: [2021, 2025], span: { from: 2021, to: 2025 } });
    expect(resolveYears('GDP over the past 3 years', { today }).span).toEqual({ from: 2023, to: 2025 });
    expect(resolveYears('近10年', { today }).span).toEqual({ from: 2016, to: 2025 });
  });
});

describe('resolveYears: relative to a report', () => {
  it('reads the report’s own 上年 and 本年 against its year', () => {
    expect(resolveYears('报告里的上年GDP是多少', { today, reportYear: 2024 })).toMatchObject({ years: [2023], reportYear: 2024 });
    expect(years('报告中本年目标', 2024)).toEqual([2024]);
    expect(years('What did the report say about last year?', 2023)).toEqual([2022]);
  });

  it('takes the year of a report named in the question, not as a year asked about', () => {
    expect(resolveYears('2025年政府工作报告里的去年GDP', { today })).toMatchObject({ years: [2024], reportYear: 2025 });
  });

  it('reads relative words against today when the question does not speak of the report', () => {
    expect(years('去年GDP', 2022)).toEqual([2025]);
  });
});

describe('resolveYears: parts of a year', () => {
  it.each([
    ['一季度GDP', 'Q1'],
    ['第一季度', 'Q1'],
    ['Q1 2025', 'Q1'],
    ['二季度', 'Q2'],
    ['上半年增速', 'H1'],
    ['first half of 2024', 'H1'],
    ['1-6月', 'H1'],
    ['下半年', 'H2'],
    ['前三季度工业增加值', 'Q1-3'],
    ['1-9月', 'Q1-3'],
    ['first three quarters', 'Q1-3'],
    ['三季度', 'Q3'],
    ['全年GDP', 'Q1-Q4'],
    ['四季度', 'Q4'],
  ])('%s → %s', (text, part) => {
    expect(resolveYears(text, { today }).part).toBe(part);
  });

  it('has no part when none is named', () => {
    expect(resolveYears('2024年GDP', { today }).part).toBeUndefined();
  });
});

describe('resolveYears: five-year plans', () => {
  it('reads a plan period', () => {
    expect(resolveYears('十四五期间GDP年均增长多少', { today })).toEqual({ years: [], notes: [], planPeriod: { from: 2021, to: 2025 } });
    expect(resolveYears('“十三五”时期', { today }).planPeriod).toEqual({ from: 2016, to: 2020 });
    expect(resolveYears('the 14th Five-Year Plan', { today }).planPeriod).toEqual({ from: 2021, to: 2025 });
  });

  it.each([
    ['十四五末GDP要达到多少', 2025, 'end'],
    ['“十四五”收官之年', 2025, 'end'],
    ['十四五的最后一年', 2025, 'end'],
    ['十三五期末', 2020, 'end'],
    ['十五五开局之年目标', 2026, 'start'],
    ['“十五五”首年', 2026, 'start'],
    ['the final year of the 14th Five-Year Plan', 2025, 'end'],
    ['the first year of the 15th Five-Year Plan', 2026, 'start'],
  ])('%s → %i (%s)', (text, year, point) => {
    const resolved = resolveYears(text, { today });
    expect(resolved.years).toEqual([year]);
    expect(resolved.planPoint).toBe(point);
  });

  it('does not read "last year of the plan" as last year', () => {
    expect(years('the last year of the 14th five-year plan')).toEqual([2025]);
  });
});

describe('a relative year said in English', () => {
  it('gives the English of a Chinese relative year, for an English answer to a Chinese thread', () => {
    expect(relativeYearInEnglish('去年')).toBe('last year');
    expect(relativeYearInEnglish('今年')).toBe('this year');
    expect(relativeYearInEnglish('前年')).toBe('the year before last');
    expect(relativeYearInEnglish('last year')).toBe('last year');
    expect(relativeYearInEnglish('2025年')).toBeNull();
  });
});
