import { describe, expect, it } from 'vitest';
import { resolveYears } from '../../src/lang/zh/relative-years.js';

const TODAY = { today: new Date('2026-12-01') };

describe('a run of recent years written with an English number word', () => {
  it('is the years up to the last complete one, as "last 3 years" and 近三年 are', () => {
    expect(resolveYears("Zhejiang's GDP growth in the last three years", TODAY).span).toEqual({ from: 2023, to: 2025 });
    expect(resolveYears('trade growth over the past five years', TODAY).span).toEqual({ from: 2021, to: 2025 });
    expect(resolveYears('fiscal revenue in the past two years', TODAY).span).toEqual({ from: 2024, to: 2025 });
    expect(resolveYears('gdp in the last 3 years', TODAY).span).toEqual({ from: 2023, to: 2025 });
    expect(resolveYears('近三年GDP', TODAY).span).toEqual({ from: 2023, to: 2025 });
  });

  it('needs a count: "last year" and "the last five-year plan" are no run', () => {
    expect(resolveYears('gdp growth last year', TODAY).span).toBeUndefined();
    expect(resolveYears('targets of the last five-year plan', TODAY).span).toBeUndefined();
  });
});
