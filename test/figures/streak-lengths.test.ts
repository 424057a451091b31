import { describe, expect, it } from 'vitest';
import { extractFigures, type FigureInput } from '../../src/figures/index.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { valueText } from '../../src/answer/figure-format.js';
import { rankFiguresForQuestion } from '../../src/figures/ranking.js';

const input = (sentence: string, district = '某省'): FigureInput => ({
  sentence,
  citationId: 'c1',
  period: '2025',
  district,
  kind: 'result',
  source: 'text',
});
const streaks = (sentence: string, district?: string) =>
  extractFigures(input(sentence, district))
    .filter((f) => f.shape === 'streak' && f.unit === '年')
    .map((f) => [f.indicator, f.value, valueText(f)]);

describe('streak lengths: "连续N年…" is a figure of N years', () => {
  it('reads the length of a streak with no value of its own, named by the words before it', () => {
    expect(streaks('茶叶种植面积连续9年全国第一，林下经济产值连续3年增长。')).toEqual([
      ['茶叶种植面积', 9, '连续9年全国第一'],
      ['林下经济产值', 3, '连续3年增长'],
    ]);
  });

  it('reads a streak holding a value with that value, and a streak after a figure of its subject as its length', () => {
    const figures = extractFigures(input('居民满意度连续6年保持95%以上，港口吞吐量达到3.2亿吨、连续12年位居全省第一。'));
    expect(figures.find((f) => f.unit === '%')?.qualifier).toBe('连续6年…以上');
    expect(streaks('居民满意度连续6年保持95%以上，港口吞吐量达到3.2亿吨、连续12年位居全省第一。')).toEqual([
      ['港口吞吐量', 12, '连续12年位居全省第一'],
    ]);
  });

  it('keeps a rate word of a subject with no figure before it ("…收入增速连续15年高于城镇居民")', () => {
    expect(streaks('农村居民收入增速连续9年高于城镇居民。')).toEqual([['农村居民收入增速', 9, '连续9年高于城镇居民']]);
  });

  it('names a streak after a property word by the subject before the figure, without its growth verb', () => {
    expect(streaks('全省生产总值增长4.1%、总量连续20年居全国首位。')).toEqual([['生产总值', 20, '连续20年居全国首位']]);
  });

  it('names a streak whose subject is only the place by what it says, once', () => {
    expect(streaks('某地连续五年稳居营商环境评价榜首。', '某地市')).toEqual([['稳居营商环境评价榜首', 5, '连续5年']]);
  });

  it('leaves a streak whose predicate runs past a readable length to its sentence', () => {
    expect(streaks('连续10年提高企业和机关事业单位退休人员基本养老金以及城乡居民基础养老金最低标准。')).toEqual([]);
  });

  it('answers "连续几年" with the length, and any other question never with it while another figure is there', () => {
    const figures = extractFigures(input('茶叶种植面积连续9年全国第一，茶叶种植面积占全国12.5%。'));
    expect(preferAskedShape('某省茶叶种植面积连续几年全国第一', figures).map((f) => valueText(f))).toEqual(['连续9年全国第一']);
    expect(preferAskedShape('某省茶叶种植面积连续多少年全国第一了', figures).map((f) => f.value)).toEqual([9]);
    expect(preferAskedShape('某省茶叶种植面积占全国多少', figures).some((f) => f.unit === '年')).toBe(false);
  });

  it('lists a streak length for a question sharing a word with it, never as filler', () => {
    const figures = extractFigures(input('茶叶种植面积连续9年全国第一，新建茶园2万亩。'));
    expect(rankFiguresForQuestion(figures, ['茶叶种植面积']).some((f) => f.unit === '年')).toBe(true);
    expect(rankFiguresForQuestion(figures, ['茶园']).some((f) => f.unit === '年')).toBe(false);
  });
});
