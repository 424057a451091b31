import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { resultSentence } from '../support/hand-built-figures.js';

const read = (sentence: string) => extractFigures(resultSentence(sentence)).map((f) => [f.indicator, f.value, f.shape ?? '']);

describe('rates before 的: shares of what follows', () => {
  it('after a whole named ("贡献了全省…"), each rate of a list measures the noun after its own 的', () => {
    expect(read('园区贡献了全省74.6%的规模工业增加值和40%左右的税收。')).toEqual([
      ['规模工业增加值', 74.6, 'share'],
      ['税收', 40, 'share'],
    ]);
  });

  it('after a qualifier too ("70%以上的区级河道"), and a share with numbers in its clause keeps them', () => {
    expect(read('70%以上的区级河道达到Ⅱ类水质。')).toEqual([['区级河道', 70, 'share']]);
    expect(read('89.4%的公园实现24小时开放。')).toEqual([['公园实现24小时开放', 89.4, 'share']]);
  });

  it('leaves a rate whose own words name it alone', () => {
    expect(read('规模工业增加值增长7.3%。')).toEqual([['规模工业增加值', 7.3, '']]);
  });
});
