import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { knownParts, withKnownParts } from '../../src/retrieve/unseen-words.js';
import { Bm25Index } from '../../src/store/local/bm25.js';
import { govCorpusEngine } from '../support/engine.js';

const known = (words: string[]) => (w: string) => words.includes(w);

describe('an unseen word searched as the parts the reports write', () => {
  it('takes the longest known part, left to right, and drops what is left over', () => {
    expect(knownParts('家首店', known(['首店', '店']))).toEqual(['首店']);
    expect(knownParts('美丽街区建设', known(['美丽', '街区', '美丽街', '建设']))).toEqual(['美丽街', '建设']);
    expect(knownParts('火星', known(['首店']))).toEqual([]);
  });

  it('keeps a known word, a short word, a non-Chinese token and a word with no known part as they are', () => {
    const has = known(['首店', '引进']);
    expect(withKnownParts(['引进', '家首店', '各建', 'gdp', '火星基地'], has)).toEqual(['引进', '首店', '各建', 'gdp', '火星基地']);
  });

  it('keeps whole a compound of two known words, and a known word with more than one character stuck to it', () => {
    const has = known(['平均', '工资', '首店']);
    expect(withKnownParts(['平均工资', '多家首店'], has)).toEqual(['平均工资', '多家首店']);
  });

  it('reads "known" from the lexical index: a term some document holds', () => {
    const index = new Bm25Index([
      ['引进', '首店'],
      ['美丽', '街区'],
    ]);
    expect(index.has('首店')).toBe(true);
    expect(index.has('家首店')).toBe(false);
  });
});

describe('on the reports', () => {
  const today = new Date('2026-12-01');
  let engine: Engine;
  beforeAll(async () => {
    engine = await govCorpusEngine();
  });

  it('still refuses an indicator the reports never write, whose two words they write apart ("平均工资")', async () => {
    expect((await engine.ask('浙江平均工资多少', { today })).notFound).toBe(true);
  });

  it('answers a count asked with its counter stuck to the noun ("多少家首店")', async () => {
    const answer = await engine.ask('江苏去年引进了多少家首店', { today });
    expect(answer.notFound).toBe(false);
    expect(answer.text.split('\n')[0]).toContain('1809家');
  });

  it('does not need a sentence to write the words that said the time ("近两年", "十四五期间")', async () => {
    const trees = await engine.ask('安徽人工造林面积近两年变化', { today });
    expect(trees.notFound).toBe(false);
    expect(trees.citations.some((c) => c.sentence.includes('人工造林'))).toBe(true);
    const rail = await engine.ask('山东十四五期间高铁里程增加了多少', { today });
    expect(rail.text.split('\n')[0]).toMatch(/2110公里.*3055公里/);
  });
});
