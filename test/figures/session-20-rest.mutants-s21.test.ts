/**
 * Session 20's figure reading, the survivors its mutation run left without tests (docs/mutation-survivors.md, "Session
 * 21, session 20's query and conversation lines"): a part named before its number keeps its name whatever follows it, a
 * question's rank name read to its end, and quoted names sharing their tail only when every item before the last is quoted
 * whole.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';
import { rankNamedInQuestion } from '../../src/figures/rank-figures.js';
import { distributeSuffix } from '../../src/figures/respectively.js';
import { resultSentence } from '../support/hand-built-figures.js';

const names = (sentence: string) => extractFigures(resultSentence(sentence)).map((f) => `${f.indicator}:${f.value}${f.unit}`);

describe('a part after 其中 named before its number', () => {
  it('keeps its own name, even with a predicate after the number', () => {
    // Only a part with no name of its own ("其中56项为全国首创") is named by the predicate after it.
    expect(names('培育专精特新中小企业500家，其中制造业企业320家为国家级。')).toEqual(['培育专精特新中小企业:500家', '制造业企业:320家']);
  });
});

describe('a rank name in a question', () => {
  it('is read to the question’s end when no rank word follows', () => {
    // "有机产品认证率" is another figure than 有机产品认证证书数, though it shares the name's first six characters.
    expect(rankNamedInQuestion('有机产品认证证书数', '有机产品认证率')).toBe(false);
    expect(rankNamedInQuestion('有机产品认证证书数', '有机产品认证证书')).toBe(true);
  });
});

describe('quoted names sharing what follows the last quote', () => {
  it('share it only when every item before the last is a quoted name, whole', () => {
    expect(distributeSuffix(['“甲甲”', '“乙乙”', '“丙丙”达标率'])).toEqual(['“甲甲”达标率', '“乙乙”达标率', '“丙丙”达标率']);
    // One item unquoted: not names side by side.
    expect(distributeSuffix(['甲甲', '“乙乙”', '“丙丙”达标率'])).toEqual(['甲甲', '“乙乙”', '“丙丙”达标率']);
    // A quote that does not open the item, or an item going on past its quote.
    expect(distributeSuffix(['保交楼”', '“保交房”交付率'])).toEqual(['保交楼”', '“保交房”交付率']);
    expect(distributeSuffix(['“保交楼”项目', '“保交房”交付率'])).toEqual(['“保交楼”项目', '“保交房”交付率']);
    expect(distributeSuffix(['新“保交楼”', '“保交房”交付率'])).toEqual(['新“保交楼”', '“保交房”交付率']);
  });

  it('read the last quote as one closing a name, not one opening the last item', () => {
    expect(distributeSuffix(['"甲甲"', '"乙乙达标率'])).toEqual(['"甲甲"', '"乙乙达标率']);
  });
});
