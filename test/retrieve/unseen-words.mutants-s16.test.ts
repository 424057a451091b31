import { describe, expect, it } from 'vitest';
import { knownParts, withKnownParts } from '../../src/retrieve/unseen-words.js';

/**
 * An unseen word searched as the word the reports write (session 16's mutation run of
 * src/retrieve/unseen-words.ts): the hand-built cases of unseen-words-s15 (whose corpus block keeps it out of
 * the mutation set) and the edges its survivors would move.
 */
const known = (words: string[]) => (w: string) => words.includes(w);

describe('knownParts', () => {
  it('takes the longest known part, left to right, and drops what is left over', () => {
    expect(knownParts('家首店', known(['首店', '店']))).toEqual(['首店']);
    expect(knownParts('美丽街区建设', known(['美丽', '街区', '美丽街', '建设']))).toEqual(['美丽街', '建设']);
    expect(knownParts('火星', known(['首店']))).toEqual([]);
  });

  it('never takes a part of one character, and reads a part that ends the word', () => {
    expect(knownParts('家首店', known(['家', '首', '店']))).toEqual([]);
    expect(knownParts('首店', known(['首店']))).toEqual(['首店']);
    expect(knownParts('甲乙首店', known(['首店', '甲乙']))).toEqual(['甲乙', '首店']);
  });

  it('goes on after a part from where it ends, not inside it', () => {
    // Read from inside 首店, 店铺 would follow it.
    expect(knownParts('首店铺', known(['首店', '店铺']))).toEqual(['首店']);
  });
});

describe('withKnownParts', () => {
  it('keeps a known word, a short word, a non-Chinese token and a word with no known part as they are', () => {
    const has = known(['首店', '引进']);
    expect(withKnownParts(['引进', '家首店', '各建', 'gdp', '火星基地'], has)).toEqual(['引进', '首店', '各建', 'gdp', '火星基地']);
  });

  it('never cuts a Latin token, even when a part of it is known', () => {
    expect(withKnownParts(['gdpx'], known(['gdp']))).toEqual(['gdpx']);
  });

  it('keeps a known word whole though a shorter part of it is known too', () => {
    expect(withKnownParts(['美丽街区'], known(['美丽街区', '美丽街']))).toEqual(['美丽街区']);
  });

  it('keeps whole a compound of two known words, and a known word with more than one character stuck to it', () => {
    const has = known(['平均', '工资', '首店']);
    expect(withKnownParts(['平均工资', '多家首店'], has)).toEqual(['平均工资', '多家首店']);
  });

  it('replaces a known word with one character stuck after it too', () => {
    expect(withKnownParts(['首店家'], known(['首店']))).toEqual(['首店']);
  });
});
