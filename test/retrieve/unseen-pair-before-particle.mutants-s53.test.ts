import { describe, expect, it } from 'vitest';
import { withKnownParts } from '../../src/retrieve/unseen-words.js';

/** Session 53: an unseen pair the segmenter cut across a noun's end and the verb after it ("消费券发了" → 券发). */
const known = (words: string[]) => (w: string) => words.includes(w);
const has = known(['综合', '消费', '券', '发', '火', '星', '轮', '几']);

describe('an unseen pair right before an aspect particle', () => {
  it('"消费券发了几轮": 券发, its characters each written alone, is left out', () => {
    expect(withKnownParts(['综合', '消费', '券发', '几轮'], has, '综合消费券发了几轮')).toEqual(['综合', '消费', '几轮']);
    expect(withKnownParts(['消费', '券发'], has, '消费券发过几次')).toEqual(['消费']);
  });

  it('stays whole with no particle after it in the question ("火星" is a word no report writes)', () => {
    expect(withKnownParts(['火星'], has, '火星有多少')).toEqual(['火星']);
    expect(withKnownParts(['券发'], has, '券发放')).toEqual(['券发']);
  });

  it('stays whole when a character is not written alone, when the pair is known, or when it asks ("几轮")', () => {
    expect(withKnownParts(['券办'], has, '券办了')).toEqual(['券办']);
    expect(withKnownParts(['券发'], known(['券', '发', '券发']), '券发了')).toEqual(['券发']);
    expect(withKnownParts(['几轮'], has, '几轮了')).toEqual(['几轮']);
  });

  it('only a pair: a longer unseen word before 了 is read as before', () => {
    expect(withKnownParts(['火星券'], has, '火星券了')).toEqual(['火星券']);
    expect(withKnownParts(['f1'], known(['f', '1']), 'f1了')).toEqual(['f1']);
  });
});
