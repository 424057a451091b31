import { describe, expect, it } from 'vitest';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { extractFigures } from '../../src/figures/index.js';
import { resultSentence } from '../support/hand-built-figures.js';

const read = (sentence: string) =>
  extractFigures(resultSentence(sentence)).map((f) => [f.indicator, f.value, f.unit, f.change ? f.change.unit : '']);

describe('a change in points, then the level reached', () => {
  it('reads "、达62.1%" after "提升0.9个百分点" as the level, no growth', () => {
    expect(read('城镇化率提升0.9个百分点、达62.1%。')).toEqual([
      ['城镇化率', 0.9, '个百分点', '个百分点'],
      ['城镇化率', 62.1, '%', ''],
    ]);
    // A rate with its own growth verb after a growth is still a growth.
    expect(read('工业增加值增长6%、增长7%')[1]).toEqual(['工业增加值', 7, '%', '%']);
  });

  it('leads with the level unless a change is asked', () => {
    const figures = [
      { indicator: '城镇化率', value: 0.9, unit: '个百分点', qualifier: undefined },
      { indicator: '城镇化率', value: 62.1, unit: '%', qualifier: undefined },
    ];
    expect(preferAskedShape('湖南24年常住人口城镇化率', figures).map((f) => f.value)).toEqual([62.1]);
    for (const q of ['城镇化率提高了多少', '城镇化率提升几个点', '城镇化率增长多少'])
      expect(preferAskedShape(q, figures).map((f) => f.value)).toContain(0.9);
  });
});
