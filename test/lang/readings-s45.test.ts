import { describe, expect, it } from 'vitest';
import { correctedPart } from '../../src/lang/zh/correction-words.js';
import { askTailOf } from '../../src/lang/zh/follow-up-words.js';
import { anchorOfRelativeWord, resolveYears } from '../../src/lang/zh/relative-years.js';
import { VERB_BEFORE_HOW_MANY } from '../../src/lang/zh/span-words.js';
import { SearchTokenizer } from '../../src/lang/zh/tokenize.js';
import { withPhrasesApart } from '../../src/lang/zh/years.js';
import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';

/** Session 45: readings found on the tune halves of the fresh sets (engine answers: test/answer/questions-s45.test.ts). */
const today = new Date('2026-12-06');
const PLACES = knownPlaces(['浙江省', '安徽省', '山东省', '吉林省', '全国']);
const understood = (question: string): UnderstoodQuery => understandQuery(question, PLACES, { today });
const inConversation = (...questions: string[]) => conversationState(questions.map(understood));

describe('a relative year inside a named report ("25年国务院报告里 前年")', () => {
  it('is today’s when the report’s own reading falls before the years it speaks of and today’s on them', () => {
    // The 2025 report speaks of 2024 (results) and 2025 (plans): its 前年 (2023) is neither, today's 前年 (2024) is.
    expect(anchorOfRelativeWord(2025, -2, 2025, 2026)).toBe(2026);
    expect(resolveYears('25年国务院报告里 前年可再生能源新增装机多少', { today }).years).toEqual([2024]);
  });

  it('stays the report’s when its own reading is one of them ("25年报告里 去年" is 2024)', () => {
    expect(anchorOfRelativeWord(2025, -1, 2025, 2026)).toBe(2025);
    expect(resolveYears('25年报告里 去年浙江GDP增长多少', { today }).years).toEqual([2024]);
  });

  it('stays the report’s when today’s reading is past the report too ("23年报告里 前年" is 2021)', () => {
    expect(anchorOfRelativeWord(2023, -2, 2023, 2026)).toBe(2023);
    expect(resolveYears('23年报告里 前年杭州GDP多少', { today }).years).toEqual([2021]);
  });

  it('with no report named, today’s', () => {
    expect(anchorOfRelativeWord(2026, -2, undefined, 2026)).toBe(2026);
  });

  it('the report’s own year is one it speaks of: its 今年 stays its own, whatever today’s reading', () => {
    expect(anchorOfRelativeWord(2026, 0, 2026, 2025)).toBe(2026);
  });

  it('a word of the conversation’s years after a year the question writes counts from that year, other words from today', () => {
    expect(resolveYears('22年的前一年GDP多少', { today }).years).toEqual([2021, 2022]);
    expect(resolveYears('钱塘22年GDP多少 前年呢', { today }).years).toEqual([2022, 2024]);
    // Written before the year, it is today's.
    expect(resolveYears('前一年GDP多少 钱塘22年', { today }).years).toEqual([2022, 2025]);
  });
});

describe('a word no report writes, in the evidence check', () => {
  it('the 有 before how many is no word searched ("专利池有几个": no 池有)', () => {
    expect('重点产业专利池有几个'.replace(VERB_BEFORE_HOW_MANY, ' ')).toBe('重点产业专利池 几个');
    // Not a 有 that owns something: "有效" stays.
    expect('有效发明专利多少件'.replace(VERB_BEFORE_HOW_MANY, ' ')).toBe('有效发明专利多少件');
  });

  it('is a thing asked when the segmenter’s dictionary holds it as a noun ("纹身"), not a word of asking or filling', () => {
    const tokenizer = SearchTokenizer.withWords([]);
    expect(tokenizer.isDictionaryNoun('纹身')).toBe(true);
    expect(tokenizer.isDictionaryNoun('咖啡')).toBe(true);
    for (const word of ['几家', '大概', '一共', '留住', '池有']) expect(tokenizer.isDictionaryNoun(word)).toBe(false);
    // A noun and its head are two words, no one noun.
    expect(tokenizer.isDictionaryNoun('纹身店')).toBe(false);
  });
});

describe('the phrase that says the time, apart from the words beside it', () => {
  it('"前年老旧小区": 前年 | 老旧小区, never 年老', () => {
    expect(withPhrasesApart('北京前年老旧小区改造完工了几个', ['前年'])).toBe('北京 前年 老旧小区改造完工了几个');
    // A year written in digits is withYearsApart's, and a phrase in English is left as it is.
    expect(withPhrasesApart('in 2024 how many', ['2024', 'last year'])).toBe('in 2024 how many');
    // Only a phrase all in Chinese characters: one with digits is withYearsApart's, inside it or at either end.
    expect(withPhrasesApart('钱塘24年GDP', ['24年'])).toBe('钱塘24年GDP');
    expect(withPhrasesApart('过去3年里', ['过去3年'])).toBe('过去3年里');
  });
});

describe('a follow-up naming another indicator after a rank asked', () => {
  it('carries the rank: "实际使用外资增速呢" after "…贷款余额增速排第几"', () => {
    expect(askTailOf('金融机构人民币贷款余额增速排第几')).toBe('增速排第几');
    expect(askTailOf('安徽GDP在全国排第几位')).toBe('在全国排第几位');
    const state = inConversation('安徽去年各项经济指标在全国排位怎么样', '金融机构人民币贷款余额增速排第几', '实际使用外资增速呢');
    expect(state?.question).toBe('实际使用外资增速排第几');
    expect(state?.years).toEqual([2025]);
  });

  it('a plain "是多少" carries nothing: "出口呢" after "进出口总额是多少" asks exports', () => {
    expect(askTailOf('进出口总额是多少')).toBeNull();
  });
});

describe('a share asked loosely, carried to a follow-up', () => {
  it('"那去年的目标定的多少" after "国考断面优良水体占多少": 占多少 again, not the 占比 only a share answers', () => {
    const state = inConversation('吉林前年生态环境怎么样', '国考断面优良水体占多少', '那去年的目标定的多少');
    expect(state?.question).toContain('地表水优良水体比例占多少');
    expect(state?.question).not.toContain('占比');
    expect(state?.years).toEqual([2025]);
  });

  it('a share asked as one stays one: "那北京呢" after "上海研发投入占比多少"', () => {
    expect(inConversation('上海研发投入占比多少', '那北京呢')?.question).toContain('占比');
  });
});

describe('the glossary’s surface-water indicator', () => {
  it('reads the reports’ many names of it as one', () => {
    for (const q of ['吉林国考断面优良水体占多少', '福建地表水水质优良率多少', '全国地表水优良水体比例提高到多少'])
      expect(understood(q).indicators.map((i) => i.name)).toEqual(['地表水优良水体比例']);
    expect(understood('How good is Fujian’s surface water quality?').indicators.map((i) => i.name)).toEqual(['地表水优良水体比例']);
  });
});

describe('a correction opened with an apology', () => {
  it('"不好意思说错了 是想问…" restates the subject; "想问一下…" with no denial is an ordinary question', () => {
    expect(correctedPart('不好意思说错了 是想问两山实践创新基地建了几个')).toBe('两山实践创新基地建了几个');
    expect(correctedPart('抱歉，搞错了，是江苏')).toBe('江苏');
    expect(correctedPart('想问一下GDP多少')).toBeNull();
    expect(correctedPart('不好意思 请问杭州GDP多少')).toBeNull();
  });
});

describe('English words of the reports’ terms', () => {
  const readings = (question: string) => (understood(question).lexiconTranslations ?? []).flatMap((t) => t.chinese);

  it('"S&T" is one word with its ampersand: "national S&T awards" reads 科技奖', () => {
    expect(readings('fujian 2024: how many research results won national S&T awards?')).toContain('科技奖');
  });

  it('"no-principal-repayment loan renewals" reads 无还本续贷, "higher-vocational enrolment" 高职扩招', () => {
    expect(readings('zj 2025: new no-principal-repayment loan renewals, bn yuan?')).toContain('无还本续贷');
    expect(readings('2023 work report: total expansion of higher-vocational enrolment over the five yrs?')).toContain('高职扩招');
  });
});

describe('a region opening the name of one thing the reports write', () => {
  const delta = knownPlaces(['上海市', '江苏省', '浙江省', '安徽省']);
  const zone = '长三角生态绿色一体化发展示范区';
  const timesWritten = (zh: string) => (zh === zone ? 3 : 0);
  const placesOf = (question: string) => understandQuery(question, delta, { today, timesWritten }).places;

  it('is no region asked: "长三角生态绿色一体化发展示范区前年新推出了多少项…" names no province', () => {
    expect(placesOf(`${zone}前年新推出了多少项制度创新成果`)).toEqual([]);
  });

  it('a region standing alone, or opening a name no report writes, is its members', () => {
    expect(placesOf('长三角去年GDP哪个省最高')).toHaveLength(4);
    expect(placesOf('长三角一体化示范区去年新推出了几项制度创新成果')).toHaveLength(4);
    // Without the corpus's words to look names up in, the region is read as before.
    expect(understandQuery(`${zone}前年新推出了多少项制度创新成果`, delta, { today }).places).toHaveLength(4);
  });
});
