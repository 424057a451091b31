import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { resultSentence } from '../support/hand-built-figures.js';

const read = (sentence: string) => extractFigures(resultSentence(sentence)).map((f) => [f.indicator, f.value]);

describe('a growth with no name of its own', () => {
  it('is never named by a comparison after it ("、追平全国")', () => {
    const names = read('实现三季度增长4.6%、追平全国，四季度增长5.6%、高于全国0.2个百分点。').map(([n]) => n);
    expect(names.some((n) => String(n).startsWith('追平'))).toBe(false);
  });

  it('is the growth of the level the clause goes on to ("全年增长4.8%、总量达5.3万亿元")', () => {
    expect(read('全年增长4.8%、总量达5.3万亿元。')).toEqual([
      ['总量', 4.8],
      ['总量', 5.3],
    ]);
    // A growth with its own name keeps it.
    expect(read('出口增长6%、总量达2万亿元。')[0]).toEqual(['出口', 6]);
  });
});

describe('satellites counted in 颗', () => {
  it('are a count, asked by "多少颗"', async () => {
    const { askedCountUnit } = await import('../../src/lang/zh/asked-shape-words.js');
    expect(read('“吉林一号”117颗卫星全球组网。')[0]?.[1]).toBe(117);
    expect(askedCountUnit('吉林一号卫星在轨多少颗')).toBe('颗');
  });
});
