import { describe, expect, it } from 'vitest';
import { isPinyinWord, unknownProperNames } from '../../src/lang/en/english-proper-names.js';

const KNOWN = new Set(['stores', 'shanghai', 'tesla', 'bridge', 'fortune', 'global']);
const isKnown = (word: string) => KNOWN.has(word);

describe('proper names no dictionary knows', () => {
  it('are the capitalised words past the first that are no known word and no pinyin', () => {
    expect(unknownProperNames('How many Starbucks stores are there in Shanghai?', isKnown)).toEqual(['starbucks']);
    expect(unknownProperNames("How many Walmart's stores opened?", isKnown)).toEqual(['walmart']);
  });

  it('leave the first word, abbreviations in capitals, known words and romanised Chinese names', () => {
    expect(unknownProperNames('Starbucks stores in Shanghai', isKnown)).toEqual([]);
    expect(unknownProperNames('How big is the NPL ratio of Zhejiang?', (w) => w === 'zhejiang')).toEqual([]);
    expect(unknownProperNames('Fortune Global companies in Pudong and Yiwu', isKnown)).toEqual([]);
    expect(unknownProperNames('What did the report say? Tesla output', isKnown)).toEqual([]);
  });

  it('reads pinyin syllable by syllable', () => {
    for (const w of ['pudong', 'yiwu', 'lingang', 'hongqiao', 'zhuhai']) expect(isPinyinWord(w), w).toBe(true);
    for (const w of ['starbucks', 'walmart', 'costco']) expect(isPinyinWord(w), w).toBe(false);
  });
});
