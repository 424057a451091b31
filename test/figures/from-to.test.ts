import { describe, expect, it } from 'vitest';
import { extractFigures, type FigureInput } from '../../src/figures/index.js';
import { fromToPairs } from '../../src/figures/from-to.js';
import type { Figure } from '../../src/answer/schema.js';

const input = (sentence: string): FigureInput => ({
  sentence,
  citationId: 'c1',
  period: '2024',
  district: '钱塘区',
  kind: 'result',
  source: 'text',
});
const figure = (indicator: string, value: number, unit = '%'): Figure => ({
  indicator,
  value,
  unit,
  kind: 'actual',
  period: '2024',
  district: '钱塘区',
  citationId: 'c1',
});

describe('from–to pairs (从A提高到B)', () => {
  it('keeps the value reached under the indicator’s own name; a start without its year is marked by its 从', () => {
    const out = extractFigures(input('研发投入强度从2.77%提高到3.3%。'));
    expect(out.map((f) => [f.indicator, f.value, f.period, f.qualifier])).toEqual([
      ['研发投入强度', 3.3, '2024', undefined],
      ['研发投入强度', 2.77, '2024', '从'],
    ]);
  });

  it('keeps both values with the years the sentence gives them, the value reached first', () => {
    const out = extractFigures(input('研发投入强度从2020年的2.77%提高到2024年的3.3%。'));
    expect(out.map((f) => [f.indicator, f.value, f.period])).toEqual([
      ['研发投入强度', 3.3, '2024'],
      ['研发投入强度', 2.77, '2020'],
    ]);
  });

  it('pairs hand-built figures and takes the year of the value reached', () => {
    const out = fromToPairs([figure('城镇化率从2020年', 70), figure('提高到2025年', 75)]);
    expect(out.map((f) => [f.indicator, f.value, f.period])).toEqual([
      ['城镇化率', 75, '2025'],
      ['城镇化率', 70, '2020'],
    ]);
  });

  it('without a second value of the same unit, the name loses only its dangling 从', () => {
    expect(fromToPairs([figure('单位GDP能耗从', 0.5, '吨标准煤')]).map((f) => f.indicator)).toEqual(['单位GDP能耗']);
    expect(fromToPairs([figure('能耗从', 0.5, '吨'), figure('降低到', 0.4, '%')]).map((f) => f.indicator)).toEqual(['能耗', '降低到']);
  });
});
