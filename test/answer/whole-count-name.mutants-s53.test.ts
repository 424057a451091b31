import { describe, expect, it } from 'vitest';
import { bareNounCounted } from '../../src/answer/question-subject.js';
import { isIncrementName } from '../../src/lang/zh/level-question-words.js';

/** Session 53: a generic noun's whole count, named with words of a total ("全省实有企业", "企业数量", "实有企业主体"). */
describe('the generic noun a name counts every one of', () => {
  it('the words of a whole count taken off, before, after, and both', () => {
    expect(bareNounCounted('实有企业')).toBe('企业');
    expect(bareNounCounted('全省实有企业')).toBe('企业');
    expect(bareNounCounted('企业数量')).toBe('企业');
    expect(bareNounCounted('实有企业主体')).toBe('企业');
    expect(bareNounCounted('全省总量')).toBe('总量');
  });

  it('a generic noun itself', () => {
    expect(bareNounCounted('企业')).toBe('企业');
    expect(bareNounCounted('总量')).toBe('总量');
  });

  it('null for a name of a kind ("高新技术企业"), a name whose words only look so ("经营主体"), or a word of a total alone', () => {
    expect(bareNounCounted('高新技术企业')).toBeNull();
    expect(bareNounCounted('各类经营主体')).toBeNull();
    expect(bareNounCounted('实有')).toBeNull();
    expect(bareNounCounted('主体')).toBeNull();
    expect(bareNounCounted('')).toBeNull();
  });
});

describe('a new registration is an increment', () => {
  it('"新登记经营主体", "新注册企业" are the year\'s additions, not the level', () => {
    expect(isIncrementName('新登记经营主体')).toBe(true);
    expect(isIncrementName('新注册企业')).toBe(true);
    expect(isIncrementName('新登记')).toBe(false);
    expect(isIncrementName('经营主体')).toBe(false);
  });
});

describe('the generic noun counted, at its edges', () => {
  it('a measure that is no word of a whole count is not cut ("产业规模" is no 产业)', () => {
    expect(bareNounCounted('产业规模')).toBeNull();
  });

  it('the whole word of a whole count is cut off a noun of three characters ("增加值数量" → 增加值)', () => {
    expect(bareNounCounted('增加值数量')).toBe('增加值');
    expect(bareNounCounted('全省增加值')).toBe('增加值');
  });
});
