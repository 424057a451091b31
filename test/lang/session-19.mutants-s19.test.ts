import { describe, expect, it } from 'vitest';
import { askTailOf, nounOnlyFollowUp, OWN_ASK_WORDS, withoutFollowUpCloser } from '../../src/lang/zh/follow-up-words.js';
import { isIndicatorName } from '../../src/lang/zh/glossary.js';
import { NATIONAL_SCOPE, namesNationalSubject } from '../../src/lang/zh/indicator-scopes.js';
import { conversationYearOffset, relativeYearInEnglish } from '../../src/lang/zh/relative-years.js';
import { isShareOfOtherWholeThanIntensity } from '../../src/lang/zh/share-words.js';
import { spanAskedIn } from '../../src/lang/zh/span-question-words.js';
import { statesDifferenceToYearBefore } from '../../src/lang/zh/year-comparison-words.js';

/**
 * Session 19's mutation run (docs/mutation-survivors.md, "Session 19, lead's changes"): the new word functions of
 * src/lang/zh on hand-built questions and names.
 */
describe('how a question asking a change or a gap ends', () => {
  it('is the gap, the change or the from–to it asks, without its closing mark', () => {
    expect(askTailOf('社零增速比全省高几个点？')).toBe('增速比全省高几个点');
    expect(askTailOf('增幅比全国快了多少个百分点')).toBe('增幅比全国快了多少个百分点');
    expect(askTailOf('全国过去五年高铁里程怎么变的')).toBe('怎么变的');
    expect(askTailOf('高铁里程怎么变化')).toBe('怎么变化');
    expect(askTailOf('有什么变化。')).toBe('有什么变化');
    expect(askTailOf('变化情况如何')).toBe('变化情况如何');
    expect(askTailOf('从多少提高到多少')).toBe('从多少提高到多少');
    expect(askTailOf('增加了多少?')).toBe('增加了多少');
    expect(askTailOf('  下降多少？？ ')).toBe('下降多少');
    // Only the closing marks go: a mark inside the from–to stays.
    expect(askTailOf('GDP从多少。提高到多少？')).toBe('从多少。提高到多少');
  });
  it('is null for a plain amount or a change not at the end', () => {
    expect(askTailOf('GDP是多少')).toBeNull();
    expect(askTailOf('怎么变的GDP')).toBeNull();
    expect(askTailOf('')).toBeNull();
  });
});

describe('a follow-up’s subject without its closer', () => {
  it('drops the closing word, its 的, marks and spaces', () => {
    expect(withoutFollowUpCloser('高速公路呢？')).toBe('高速公路');
    expect(withoutFollowUpCloser(' 高速公路的呢?! ')).toBe('高速公路');
    expect(withoutFollowUpCloser('高速公路。')).toBe('高速公路');
    expect(withoutFollowUpCloser('高速公路')).toBe('高速公路');
    expect(withoutFollowUpCloser('高速公路的')).toBe('高速公路');
    expect(withoutFollowUpCloser('的士的呢')).toBe('的士');
    // Only the closing marks go.
    expect(withoutFollowUpCloser('好！高速公路呢')).toBe('好！高速公路');
  });
  it('reads a short noun asked alone, spaces around it or not', () => {
    expect(nounOnlyFollowUp(' 支出呢 ')).toBe('支出');
    expect(nounOnlyFollowUp('那进口呢？')).toBe('进口');
  });
  it('has ask words of its own or none', () => {
    for (const q of ['多少', '几个', '怎么样', '什么', '哪个', '对吗', '如何']) expect(OWN_ASK_WORDS.test(q)).toBe(true);
    expect(OWN_ASK_WORDS.test('高速公路')).toBe(false);
  });
});

describe('a year relative to the conversation', () => {
  it('has its offset in any case, and none for a year relative to today', () => {
    expect(conversationYearOffset('上一年')).toBe(-1);
    expect(conversationYearOffset('PREVIOUS YEAR')).toBe(-1);
    expect(conversationYearOffset('The Year After')).toBe(1);
    expect(conversationYearOffset('后一年')).toBe(1);
    expect(conversationYearOffset('去年')).toBeNull();
    expect(conversationYearOffset('明年')).toBeNull();
  });
  it('reads in English as written when it is English already', () => {
    expect(relativeYearInEnglish('the year before')).toBe('the year before');
    expect(relativeYearInEnglish('The Year Before')).toBe('The Year Before');
    expect(relativeYearInEnglish('上一年')).toBe('last year');
    expect(relativeYearInEnglish('明年')).toBe('next year');
    expect(relativeYearInEnglish('2024年')).toBeNull();
    expect(relativeYearInEnglish('year 2024')).toBeNull();
    expect(relativeYearInEnglish('去年last')).toBeNull();
  });
});

describe('the span a question asks over', () => {
  it('is the words of the span, or null', () => {
    expect(spanAskedIn('全国过去五年高铁里程怎么变的')).toBe('过去五年');
    expect(spanAskedIn('十四五期间GDP')).toBe('十四五期间');
    expect(spanAskedIn('GDP多少')).toBeNull();
  });
});

describe('a figure named as its difference to the year before', () => {
  it('is named 比上年, 较去年 or 比上一年', () => {
    expect(statesDifferenceToYearBefore('赤字规模比上年年初预算增加')).toBe(true);
    expect(statesDifferenceToYearBefore('较去年增加')).toBe(true);
    expect(statesDifferenceToYearBefore('比上一年减少')).toBe(true);
    expect(statesDifferenceToYearBefore('赤字规模')).toBe(false);
    expect(statesDifferenceToYearBefore('比2020年增加')).toBe(false);
    expect(statesDifferenceToYearBefore('上年赤字规模')).toBe(false);
  });
});

describe('the glossary’s indicators', () => {
  it('are known by name and by synonym, and only them', () => {
    expect(isIndicatorName('一般公共预算支出')).toBe(true);
    expect(isIndicatorName('财政支出')).toBe(true);
    expect(isIndicatorName('GDP')).toBe(true);
    expect(isIndicatorName('支出')).toBe(false);
    expect(isIndicatorName('')).toBe(false);
    // Asked again: the names read once stay.
    expect(isIndicatorName('一般公共预算支出')).toBe(true);
  });
});

describe('a name whose subject is the country’s', () => {
  it('has 全国 at its start or after a verb of two characters, not after 占, 居, 在 or 的', () => {
    expect(NATIONAL_SCOPE).toBe('全国');
    expect(namesNationalSubject('全国GDP')).toBe(true);
    expect(namesNationalSubject('办理全国政协提案')).toBe(true);
    expect(namesNationalSubject('承办全国性赛事')).toBe(true);
    expect(namesNationalSubject('新办理全国政协提案')).toBe(false);
    expect(namesNationalSubject('占全国比重')).toBe(false);
    expect(namesNationalSubject('居全国第3位')).toBe(false);
    expect(namesNationalSubject('在全国')).toBe(false);
    expect(namesNationalSubject('的全国')).toBe(false);
    expect(namesNationalSubject('省政协提案')).toBe(false);
    expect(namesNationalSubject('x全国')).toBe(true);
    // Only the character just before 全国 counts, not the name's first.
    expect(namesNationalSubject('居民全国消费')).toBe(true);
    expect(namesNationalSubject('在办全国赛事')).toBe(true);
  });
});

describe('a share of another whole than an intensity’s', () => {
  const intensity = '研发投入强度是多少';
  it('is no intensity asked', () => {
    expect(isShareOfOtherWholeThanIntensity('企业研发投入占全社会比重', intensity)).toBe(true);
    // The whole is read after the part: a part naming GDP is no share of GDP.
    expect(isShareOfOtherWholeThanIntensity('GDP研发投入占全社会比重', intensity)).toBe(true);
  });
  it('is not said of a share of the economy, of a name no share, or of a question asking no intensity', () => {
    expect(isShareOfOtherWholeThanIntensity('研发投入占GDP比重', intensity)).toBe(false);
    expect(isShareOfOtherWholeThanIntensity('研发投入占gdp比重', intensity)).toBe(false);
    expect(isShareOfOtherWholeThanIntensity('研发投入占地区生产总值比重', intensity)).toBe(false);
    expect(isShareOfOtherWholeThanIntensity('研发投入占经济总量比重', intensity)).toBe(false);
    expect(isShareOfOtherWholeThanIntensity('研发投入强度', intensity)).toBe(false);
    expect(isShareOfOtherWholeThanIntensity('企业研发投入占全社会比重', '研发投入多少')).toBe(false);
  });
  it('is not said for energy or emission intensity', () => {
    for (const q of ['能耗强度', '能源消耗强度', '碳排放强度', '排放强度'])
      expect(isShareOfOtherWholeThanIntensity('企业研发投入占全社会比重', `${q}下降多少`)).toBe(false);
  });
});
