/**
 * Session 20's figure reading under mutation (docs/mutation-survivors.md, "Session 20, the session's changes"): quoted
 * names side by side in a 分别 list, a rank named by the clause before, a space in a question's rank name, a list item's
 * circled number, kinds of the count after them and lists closed by 等 and a word of kind, on hand-built text.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { cleanIndicator } from '../../src/figures/indicator-naming.js';
import { rankNamedInQuestion } from '../../src/figures/rank-figures.js';
import { distributeSuffix, splitItems } from '../../src/figures/respectively.js';
import { resultSentence } from '../support/hand-built-figures.js';

const names = (sentence: string) => extractFigures(resultSentence(sentence)).map((f) => `${f.indicator}:${f.value}${f.unit}`);

describe('quoted names side by side', () => {
  it('split into as many items as the list has values, and no other count', () => {
    expect(splitItems('“保交楼”“保交房”交付率', 2)).toEqual(['“保交楼”', '“保交房”交付率']);
    expect(splitItems('“甲”“乙”“丙”率', 2)).toBeNull();
  });

  it('share what follows the last quote only when every item before it is quoted', () => {
    expect(distributeSuffix(['“保交楼”', '“保交房”交付率'])).toEqual(['“保交楼”交付率', '“保交房”交付率']);
    expect(distributeSuffix(['"甲甲"', '"乙乙"达标率'])).toEqual(['"甲甲"达标率', '"乙乙"达标率']);
    // Nothing after the last quote: nothing shared.
    expect(distributeSuffix(['“保交楼”', '“保交房”'])).toEqual(['“保交楼”', '“保交房”']);
    expect(distributeSuffix(['“保交楼”', '“保交房”“安居房”交付率'])).toEqual(['“保交楼”交付率', '“保交房”“安居房”交付率']);
  });
});

describe('a rank named by the clause before', () => {
  it('takes the words before that clause’s verb, after the clause mark before them, a space aside', () => {
    expect(names('全省：肉牛屠宰量实现翻番；居全国第5位。')).toEqual(['肉牛屠宰量:5位']);
    expect(names('增长很快，肉牛屠宰量实现翻番，居全国第5位。')).toEqual(['肉牛屠宰量:5位']);
    expect(names('肉牛屠宰量实现翻番 ，居全国第5位。')).toEqual(['肉牛屠宰量:5位']);
  });

  it('is nothing when that clause has no verb, or names too little before it', () => {
    expect(names('肉牛屠宰量，由全国第11位跃升至第5位。')).toEqual([]);
    expect(names('牛量实现翻番，居全国第5位。')).toEqual([]);
  });
});

describe('a rank named in a question', () => {
  it('reads the name past the spaces a question types', () => {
    expect(rankNamedInQuestion('有机产品低碳产品认证证书数', '有机产品低碳产品认证证书数 全国第几')).toBe(true);
    expect(rankNamedInQuestion('有机产品认证证书数', '有机产品 认证 证书数 全国第几')).toBe(true);
  });
});

describe('names', () => {
  it('drop every circled number before them, from ① to ⑳ and ㉑ on', () => {
    expect(cleanIndicator('①提质改造')).toBe('提质改造');
    expect(cleanIndicator('⑳、提质改造')).toBe('提质改造');
    expect(cleanIndicator('㉑提质改造')).toBe('提质改造');
    expect(cleanIndicator('㉟提质改造')).toBe('提质改造');
  });

  it('count kinds only when no count follows them', () => {
    expect(names('12类民生实事全面完成。')).toEqual(['民生实事:12类']);
    expect(names('12类45件民生实事全面完成。')).toEqual(['12类民生实事:45件']);
  });

  it('read a list closed by 等 and a word of kind as examples of the noun after the number', () => {
    expect(names('首发经济、会展经济、健康消费等方面29项促消费政策。')).toEqual(['促消费政策:29项']);
    expect(names('首发经济、会展经济2项促消费政策。')).toEqual(['促消费政策:2项']);
    // A long last name before a count of another number than the names listed is its own (as many: examples, session 25).
    expect(names('开展甲乙丙丁戊、丙丁戊己庚辛3项试点。')).toEqual(['丙丁戊己庚辛:3项']);
    expect(names('开展甲乙丙丁戊、丙丁戊己庚辛2项试点。')).toEqual(['试点:2项']);
  });
});

describe('after the first run', () => {
  it('names a rank by a subject of three characters, and past several clause marks', () => {
    expect(names('肉牛量实现翻番，居全国第5位。')).toEqual(['肉牛量:5位']);
    expect(names('肉牛屠宰量实现翻番， ，居全国第5位。')).toEqual(['肉牛屠宰量:5位']);
  });

  it('reads the last item of a list of three before a count, not the second', () => {
    expect(names('开展甲乙丙丁戊、丙丁戊己庚辛、壬癸子丑寅卯2项试点。')).toEqual(['壬癸子丑寅卯:2项']);
    expect(names('开展甲乙丙丁戊、丙丁戊己庚辛、壬癸2项试点。')).toEqual(['试点:2项']);
  });

  it('reads a question’s rank name to its end when no rank word follows', () => {
    expect(rankNamedInQuestion('有机产品认证证书数', '有机产品认证证书数')).toBe(true);
    expect(rankNamedInQuestion('有机产品认证证书数', '有机产品认证证书')).toBe(true);
  });

  it('trims the spaces round quoted items', () => {
    expect(splitItems(' “甲”“乙”率 ', 2)).toEqual(['“甲”', '“乙”率']);
  });
});
