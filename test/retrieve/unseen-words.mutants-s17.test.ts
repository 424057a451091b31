/**
 * Which character may be stuck to a known word (src/retrieve/unseen-words.ts: `withKnownParts` with STUCK_CHARACTERS),
 * on hand-built vocabularies. Written from the code before the mutation run of session 17's changes.
 */
import { describe, expect, it } from 'vitest';
import { withKnownParts } from '../../src/retrieve/unseen-words.js';

const known = (words: readonly string[]) => (part: string) => words.includes(part);

describe('withKnownParts: one known word and one stuck character', () => {
  it('drops a counter or particle stuck before the word or after it', () => {
    expect(withKnownParts(['家首店'], known(['首店']))).toEqual(['首店']);
    expect(withKnownParts(['首店的'], known(['首店']))).toEqual(['首店']);
    expect(withKnownParts(['个项目'], known(['项目']))).toEqual(['项目']);
  });

  it('keeps the word whole when the other character names something ("普洱茶" is no 普洱), before or after', () => {
    expect(withKnownParts(['普洱茶'], known(['普洱']))).toEqual(['普洱茶']);
    expect(withKnownParts(['红普洱'], known(['普洱']))).toEqual(['红普洱']);
  });

  it('reads the stuck character on the side the known word leaves, even when the other side is a counter too', () => {
    // 家首店: 首店 is at the end, so 家 is stuck; 首店家 the other way round. 店家 known as well would make two parts.
    expect(withKnownParts(['首店茶'], known(['首店']))).toEqual(['首店茶']);
    expect(withKnownParts(['茶首店'], known(['首店']))).toEqual(['茶首店']);
    // The stuck character is the one left over, not a character of the known word: 首 and 店 are no counters, 家 is.
    expect(withKnownParts(['家店首'], known(['店首']))).toEqual(['店首']);
  });

  it('keeps two stuck characters, two known parts, a known word and a word of two characters as they are', () => {
    expect(withKnownParts(['多家首店'], known(['首店']))).toEqual(['多家首店']);
    expect(withKnownParts(['个个项目'], known(['项目']))).toEqual(['个个项目']);
    expect(withKnownParts(['平均工资'], known(['平均', '工资']))).toEqual(['平均工资']);
    expect(withKnownParts(['首店'], known([]))).toEqual(['首店']);
    expect(withKnownParts(['家首店'], known(['家首店', '首店']))).toEqual(['家首店']);
  });
});
