import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { resultSentence } from '../support/hand-built-figures.js';
import { govFirstLine } from '../support/engine.js';

/** "1550个省重点项目完成投资7398亿元": the things counted, then what they did, measured by the next value. */
const read = (sentence: string) => extractFigures(resultSentence(sentence)).map((f) => [f.indicator, f.value]);

describe('a counted noun the clause goes on about', () => {
  it('is the count’s name, and the subject of the value after its verb or measure', () => {
    expect(read('1550个省重点项目完成投资7398亿元。')).toEqual([
      ['省重点项目', 1550],
      ['省重点项目完成投资', 7398],
    ]);
    expect(read('全年12个重点项目实现投资50亿元。')).toEqual([
      ['重点项目', 12],
      ['重点项目实现投资', 50],
    ]);
    expect(read('新开工35个项目总投资达到120亿元。')).toEqual([
      ['新开工项目', 35],
      ['项目总投资', 120],
    ]);
  });

  it('is consumed when the next value stands in another clause or names a thing of its own', () => {
    expect(read('新开工项目35个、总投资120亿元。')).toEqual([
      ['新开工项目', 35],
      ['总投资', 120],
    ]);
    expect(read('新建5所学校12000个学位。').map(([n]) => n)).not.toContain('学校学位');
  });

  it('on the reports: the count and the money each lead their own question', async () => {
    const today = new Date('2026-12-03');
    expect(await govFirstLine('福建去年有多少个省重点项目', today)).toContain('1550个');
    expect(await govFirstLine('福建去年省重点项目完成投资多少', today)).toContain('7398亿元');
  });
});
