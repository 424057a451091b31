/**
 * Session 27's readings of records, durations and bracketed alternatives on hand-built sentences: where each reading stops
 * and what it keeps. Mutation run of session 27 (stryker.s27.json).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { blankBracketedAlternatives } from '../../src/lang/zh/wrapped-units.js';
import { resultSentence } from '../support/hand-built-figures.js';

const spans = (sentence: string) =>
  extractFigures(resultSentence(sentence))
    .filter((f) => f.shape === 'streak')
    .map((f) => ({ indicator: f.indicator, value: f.value, unit: f.unit, qualifier: f.qualifier }));

describe('a record over the years before it', () => {
  it('keeps the words around its count as written, none empty', () => {
    expect(spans('太湖湖体水质30年来首次达到Ⅲ类。')).toEqual([
      { indicator: '太湖湖体水质', value: 30, unit: '年', qualifier: '来首次达到Ⅲ类' },
    ]);
    expect(spans('粮食总产量创近5年新高。')).toEqual([{ indicator: '粮食总产量', value: 5, unit: '年', qualifier: '近…新高' }]);
    expect(spans('全球通胀达到40多年来新高。')[0].qualifier).toBe('多…来新高');
  });

  it('reads a count in Chinese numerals, and the record without the spaces of the layout', () => {
    expect(spans('粮食总产量创近十年新高。')[0]?.value).toBe(10);
    expect(spans('太湖湖体水质30年来首次 达到Ⅲ类。')[0]?.qualifier).toBe('来首次达到Ⅲ类');
  });

  it('stops at the next item of a list, and is left when its words run long or hold a figure', () => {
    expect(spans('湖体水质30年来首次达Ⅲ类、首次达到良好湖泊水平。')[0]?.qualifier).toBe('来首次达Ⅲ类');
    expect(spans('湖体水质30年来首次达到国家规定的良好湖泊水平并且保持稳定向好。')).toEqual([]);
    expect(spans('湖体水质30年来首次达到16个百分点。')).toEqual([]);
  });

  it('needs a subject of two characters or more', () => {
    expect(spans('水质30年来首次达到Ⅲ类。')).toHaveLength(1);
    expect(spans('它30年来首次达到Ⅲ类。')).toEqual([]);
  });
});

describe('a duration', () => {
  it('is its count in years or months, its verb before it', () => {
    expect(spans('北京中轴线历时12年成功申遗。')).toEqual([{ indicator: '北京中轴线', value: 12, unit: '年', qualifier: '历时…成功申遗' }]);
    expect(spans('工程历经18个月建成投用。')).toEqual([{ indicator: '工程', value: 18, unit: '个月', qualifier: '历经…建成投用' }]);
    expect(spans('工程历经十多年建成投用。')[0]).toMatchObject({ value: 10, qualifier: '历经…多…建成投用' });
  });

  it('is left with nothing after it, or a figure after it', () => {
    expect(spans('中轴线申遗历时12年。')).toEqual([]);
    expect(spans('粮食产量经过5年增长到1.3万亿斤。')).toEqual([]);
  });
});

describe('bracketed alternatives after a count', () => {
  it('are moved out before the count, the length kept', () => {
    expect(blankBracketedAlternatives('超5个县（市、区）开展建设')).toBe('超     5个县开展建设');
    expect(blankBracketedAlternatives('建设100条(个)幸福河湖')).toBe('建设   100条幸福河湖');
    // In a list, or with more than four alternatives, they stand.
    expect(blankBracketedAlternatives('2个县（市）、124个镇')).toBe('2个县（市）、124个镇');
    expect(blankBracketedAlternatives('5个县（市、区、镇、村、乡）开展')).toBe('5个县（市、区、镇、村、乡）开展');
  });
});
