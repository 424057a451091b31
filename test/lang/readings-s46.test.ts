import { describe, expect, it } from 'vitest';
import { nounPhraseCompounds, translateContentWords } from '../../src/lang/en/english-lexicon.js';
import { namesNothingNew } from '../../src/lang/zh/follow-up-words.js';
import { comparesWithYearBefore } from '../../src/lang/zh/year-comparison-words.js';
import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';

/** Session 46: readings found on the tune halves of the fresh sets (engine answers: test/answer/questions-s46.test.ts). */
const today = new Date('2026-12-06');
const PLACES = knownPlaces(['浙江省', '上海市', '全国']);
const understood = (question: string): UnderstoodQuery => understandQuery(question, PLACES, { today });
const inConversation = (...questions: string[]) => conversationState(questions.map(understood));

describe('a follow-up of only a verb the reports count done things with', () => {
  const earlier = '长三角生态绿色一体化发展示范区的制度创新成果';

  it('names nothing new: "前年新推出了多少项", "又开工了几个", "完成了多少"', () => {
    expect(namesNothingNew('前年新推出了多少项', earlier, [], ['前年'])).toBe(true);
    expect(namesNothingNew('那去年新推出了几项', earlier, [], ['去年'])).toBe(true);
    expect(namesNothingNew('完成了多少', earlier, [], [])).toBe(true);
  });

  it('is carried on the earlier subject, in the follow-up’s year', () => {
    const state = inConversation(earlier, '前年新推出了多少项');
    expect(state?.searchText).toContain('制度创新成果');
    expect(state?.years).toEqual([2024]);
  });

  it('but a verb inside a name is part of a subject of its own: "新增建设用地呢", "推出了多少项政策"', () => {
    expect(namesNothingNew('新增建设用地呢', '纳入国家用地保障的项目有多少个', [], [])).toBe(false);
    expect(namesNothingNew('推出了多少项政策', earlier, [], [])).toBe(false);
  });
});

describe('the amount a figure rose or fell by, set against the year before', () => {
  it('"比上一年增加了多少", "较上年减少了几", "比去年提高了多少" compare with the year before', () => {
    for (const q of ['比上一年增加了多少', '较上年减少了几个', '比去年提高了多少', '赤字规模比上年多了多少'])
      expect(comparesWithYearBefore(q), q).toBe(true);
  });

  it('a growth rate asked is none ("比上年增长多少" asks the rate the report states)', () => {
    expect(comparesWithYearBefore('比上年增长多少')).toBe(false);
    expect(comparesWithYearBefore('增加了多少')).toBe(false);
  });
});

describe('a rise or fall asked in percent with the reports’ own verb', () => {
  it('"提高了百分之多少", "下降了百分之几" ask the change, not a share', () => {
    expect(understood('北京前年粮食单产提高了百分之多少').searchText).not.toContain('百分之');
    expect(understood('北京前年粮食单产提高了百分之多少').searchText).toContain('提高多少');
    expect(understood('浙江24年单位GDP能耗下降了百分之几').searchText).toContain('下降多少');
  });
});

describe('the reports’ whole name of an English noun phrase (nounPhraseCompounds)', () => {
  const readings = new Map<string, readonly string[]>([
    ['trade-in', ['以旧换新']],
    ['subsidy', ['补贴']],
    ['funds', ['资金']],
    ['landed', ['落地']],
    ['licensed', ['持牌']],
    ['financial', ['金融']],
    ['set up', ['设立']],
    ['inefficient', ['低效']],
    ['land', ['用地']],
  ]);
  const written = new Set(['补贴资金', '持牌金融', '低效用地', '设立低效']);
  const times = (zh: string) => (written.has(zh) ? 1 : 0);

  it('never leaves out a word before it read as a name of its own: "trade-in subsidy funds" is no 补贴资金', () => {
    expect(nounPhraseCompounds('zhejiang trade-in subsidy funds last year', readings, times)).toEqual([]);
    expect(nounPhraseCompounds('zhejiang subsidy funds last year', readings, times)).toEqual(['补贴资金']);
  });

  it('may leave out a verb before it: "newly landed licensed financial firms" is still 持牌金融', () => {
    expect(nounPhraseCompounds('newly landed licensed financial firms', readings, times)).toEqual(['持牌金融']);
  });

  it('ends at punctuation and at a possessive', () => {
    expect(nounPhraseCompounds('since it was set up: inefficient land redeveloped', readings, times)).toEqual(['低效用地']);
    expect(nounPhraseCompounds('since it was set up inefficient land redeveloped', readings, times)).toContain('设立低效');
  });
});

describe('the reports’ senses of English words added in session 46', () => {
  it.each([
    ['outstanding balance of loan renewals', '余额'],
    ['tax-refund-on-departure shops', '离境退税'],
    ['new HQ-type institutions', '总部机构'],
    ["livelihood projects ('minsheng shishi')", '民生实事'],
    ['model towns', '典型镇'],
  ])('"%s" is read as %s', (english, chinese) => {
    expect(translateContentWords(english).flatMap((t) => t.chinese)).toContain(chinese);
  });
});

describe('a follow-up naming another report by its year', () => {
  it('"那24年报告里呢" after "25年国务院报告里赤字规模多少" asks the deficit again, of the 2024 report', () => {
    const state = inConversation('25年国务院报告里赤字规模多少', '那24年报告里呢');
    expect(state?.searchText).toContain('赤字规模');
    expect(state?.years).toEqual([2024]);
    expect(state?.namedReport?.year).toBe(2024);
  });
});
