import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { withoutNameShapes } from '../../src/lang/zh/attribute-words.js';

/** Session 55's mutation survivors of the growth written after its rate and of the blanked name shapes, on hand-built input. */
const figures = (sentence: string) =>
  extractFigures({ sentence, citationId: 'c1', period: '2025', district: '某省', kind: 'result', source: 'text' }).map((f) => ({
    name: f.indicator,
    value: f.value,
    change: f.change ?? null,
    range: f.range ?? null,
  }));

describe('a growth word after a rate', () => {
  it('leaves a change verb written before the rate its own: "下降3%的增长" falls', () => {
    expect(figures('单位能耗下降3%的增长。')).toEqual([
      { name: '单位能耗', value: 3, change: { direction: 'down', value: 3, unit: '%' }, range: null },
    ]);
  });

  it('makes a range of rates before it that growth ("保持5%—6%的增长", as "增长5%—6%")', () => {
    const range = { low: 5, high: 6 };
    expect(figures('全市生产总值保持5%—6%的增长。')).toEqual([
      { name: '生产总值', value: 5, change: { direction: 'up', value: 5, unit: '%' }, range },
    ]);
    expect(figures('全市生产总值保持5%—6%的增长。')).toEqual(figures('全市生产总值增长5%—6%。'));
  });
});

describe('the name shapes blanked from an English question', () => {
  it('blanks every shape, not the first alone, each to its own length', () => {
    expect(withoutNameShapes('the “几+1” and the “1+几” plans')).toBe(`the${' '.repeat(7)}and the${' '.repeat(7)}plans`);
  });
});
