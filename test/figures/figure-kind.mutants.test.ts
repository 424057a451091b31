/**
 * Target or result: a figure's kind from the section, the clause's own words and a target heading
 * earlier in the sentence (issue 15: "完成预期目标的102%" read as a target went unnoticed).
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/answer/schema.js';
import { extractFigures, type FigureInput } from '../../src/figures/index.js';

function figures(sentence: string, over: Partial<FigureInput> = {}): Figure[] {
  return extractFigures({ sentence, citationId: 'c1', period: '2024', district: '钱塘区', kind: 'result', source: 'text', ...over });
}
const kinds = (sentence: string, over: Partial<FigureInput> = {}) => figures(sentence, over).map((f) => [f.indicator, f.value, f.kind]);

describe('figure kind', () => {
  it('reads a share of the target reached as a result, though it names the target', () => {
    expect(kinds('一般公共预算收入完成预期目标的102%')).toEqual([['一般公共预算收入完成预期目标', 102, 'actual']]);
    expect(kinds('全年地区生产总值增长6.5%，完成预期目标的102%。')).toEqual([
      ['地区生产总值', 6.5, 'actual'],
      ['预期目标', 102, 'actual'],
    ]);
  });

  it('reads a figure after a target heading, or with a target word, as a target', () => {
    expect(kinds('预期目标：地区生产总值增长6%左右。')).toEqual([['地区生产总值', 6, 'target']]);
    expect(kinds('力争地区生产总值增长6%')).toEqual([['地区生产总值', 6, 'target']]);
  });

  it('reads a figure before the target heading as a result', () => {
    expect(kinds('地区生产总值增长5.5%，预期目标：增长6%左右。').map(([, , kind]) => kind)).toEqual(['actual', 'target']);
  });

  it('reads every figure of a plan section as a target, achieved words or not', () => {
    expect(kinds('一般公共预算收入完成预期目标的102%', { kind: 'plan' })).toEqual([['一般公共预算收入完成预期目标', 102, 'target']]);
    expect(kinds('地区生产总值增长5.5%', { kind: 'plan' })).toEqual([['地区生产总值', 5.5, 'target']]);
  });

  it('reads a plain figure of a results section as a result', () => {
    expect(kinds('地区生产总值增长5.5%，超额完成年度目标。')).toEqual([['地区生产总值', 5.5, 'actual']]);
  });
});
