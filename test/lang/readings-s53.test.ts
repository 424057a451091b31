import { describe, expect, it } from 'vitest';
import { qualifierChineseBefore, translateContentWords } from '../../src/lang/en/english-lexicon.js';
import { englishCountUnit } from '../../src/lang/en/english-count-units.js';
import { comparesWithYear } from '../../src/lang/zh/comparison-follow-up-words.js';
import { namesOwnSubject } from '../../src/lang/zh/follow-up-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { extractFigures } from '../../src/figures/extract.js';

/** Session 53: readings found on the tune halves of the fresh sets (engine answers: test/answer/questions-s53.test.ts). */

const englishOf = (question: string) => translateContentWords(question).map((t) => t.english);
const places = knownPlaces(['山东省', '北京市', '广东省', '湖南省']);
const read = (question: string) => understandQuery(question, places, { today: new Date('2026-12-07') });
/** The Chinese an English question's words were read as: the report senses and the dictionary's. */
const chineseOf = (question: string) => (read(question).lexiconTranslations ?? []).flatMap((t) => t.chinese);
const namesOf = (sentence: string) =>
  extractFigures({ sentence, district: '山东省', period: '2025', kind: 'plan', source: 'text', citationId: 'c' }).map((f) => f.indicator);

describe('verbs of wanting say how a question asks, not what about', () => {
  it('"does it want to", "intends to", "hopes to" read no Chinese', () => {
    expect(englishOf('how many regional medical centres does it want to use')).not.toContain('want');
    expect(chineseOf('how many medical centres does shandong want to build in 2025?')).not.toContain('需要');
    expect(englishOf('what does beijing intend to do, and what does it hope for')).toEqual([]);
  });

  it('"etc" closing a list of examples is no word of the topic', () => {
    expect(englishOf('home-services rules etc')).not.toContain('etc');
  });
});

describe('report senses of session 53', () => {
  it('"rivers & lakes" are the reports\' 河湖, "up to standard" their 达标', () => {
    expect(chineseOf('shandong 2026: key rivers & lakes to bring up to ecological-flow standard?')).toEqual(
      expect.arrayContaining(['河湖', '生态流量']),
    );
    expect(chineseOf('how many rivers and lakes meet the standard in shandong?')).toEqual(expect.arrayContaining(['河湖', '达标']));
  });

  it('"hard issues to crack", "home services", "one problem a month"', () => {
    const chinese = chineseOf("beijing 2026 'one problem a month' drive — how many hard issues to crack (home-services rules etc)?");
    expect(chinese).toEqual(expect.arrayContaining(['难点问题', '破解', '每月一题']));
    expect(chinese).not.toContain('精干');
    expect(translateContentWords('home-services rules')).toEqual([
      expect.objectContaining({ english: 'home services', chinese: ['家政服务'] }),
      expect.objectContaining({ english: 'rules', chinese: expect.arrayContaining(['规范']) }),
    ]);
  });
});

describe('a name sheds the use made of the thing', () => {
  it('"发挥好9个国家区域医疗中心服务功能" names 国家区域医疗中心服务功能, not 好…', () => {
    expect(namesOf('全力支持齐鲁医院等创建国家医学中心，发挥好9个国家区域医疗中心服务功能')).toContain('国家区域医疗中心服务功能');
    expect(namesOf('充分发挥好3个国家级平台作用')[0]).not.toMatch(/^好/);
  });
});

describe("the qualifiers written right before an indicator's English name", () => {
  it('"key little giants": 重点, one list of alternatives per word', () => {
    expect(qualifierChineseBefore('what about the key little giants?', ['little giant', 'little giants'])).toEqual([['重点']]);
    expect(qualifierChineseBefore('national key labs in jiangsu', ['labs'])).toEqual([['国家', '全国'], ['重点']]);
  });

  it('a later mention qualified, the first not: the qualified one', () => {
    expect(qualifierChineseBefore('little giants, and of them the key little giants?', ['little giants'])).toEqual([['重点']]);
  });

  it('a pronoun of the thing talked about stands for its name ("the key ones", "the national one")', () => {
    expect(qualifierChineseBefore('what about the key ones?', ['little giants'])).toEqual([['重点']]);
    expect(qualifierChineseBefore('and the national one?', [])).toEqual([['国家', '全国']]);
    expect(qualifierChineseBefore('someone key done', [])).toEqual([]);
  });

  it('none when the name is not written, is written first, or has no qualifier before it', () => {
    expect(qualifierChineseBefore('how many little giants?', ['little giants'])).toEqual([]);
    expect(qualifierChineseBefore('little giants, which ones', ['little giants'])).toEqual([]);
    expect(qualifierChineseBefore('key firms', ['little giants'])).toEqual([]);
    expect(qualifierChineseBefore('key firms', [''])).toEqual([]);
  });
});

describe('counts in firm-times, and a birth anniversary', () => {
  it('"how many firm-times" asks 家次', () => {
    expect(englishCountUnit('gongshu 2022: how many firm-times did relief policies reach?')).toBe('家次');
    expect(englishCountUnit('how many firms did relief policies reach?')).toBe('家');
  });

  it('"birth anniversary" is the reports\' 诞辰', () => {
    expect(chineseOf('which birth anniversary of yan fu did fujian mark in 2024?')).toContain('诞辰');
  });
});

describe('a follow-up of a verb of work and a noun of its own', () => {
  it('"那新建绿道呢" after another subject names its own (绿道), short as the noun is', () => {
    expect(namesOwnSubject('那新建绿道呢', '拱墅22年实际利用外资完成目标了吗', ['拱墅区', '拱墅'], ['22年'])).toBe(true);
    expect(namesOwnSubject('那新增就业呢', '拱墅22年GDP多少', ['拱墅区', '拱墅'], ['22年'])).toBe(true);
  });

  it('no noun, a noun the earlier question wrote, or a question asked in full: as before', () => {
    expect(namesOwnSubject('那新建的呢', '拱墅22年新建绿道多少公里', ['拱墅区', '拱墅'], ['22年'])).toBe(false);
    expect(namesOwnSubject('那新建绿道呢', '拱墅22年绿道多少公里', ['拱墅区', '拱墅'], ['22年'])).toBe(false);
    expect(namesOwnSubject('今年要新建多少', '上海去年新增公园多少座', ['上海'], ['今年', '去年'])).toBe(false);
    expect(namesOwnSubject('浙江新建街区多少', '上海公园多少', ['浙江'], [])).toBe(false);
    expect(namesOwnSubject('那新建个呢', '上海公园多少', ['上海'], [])).toBe(false);
  });
});

describe('a growth over the year before is no second year', () => {
  it('"比上年增长多少" asks the year\'s growth rate; "比上年快吗", "比上年多多少" still compare two years', () => {
    expect(comparesWithYear('比上年增长多少')).toBe(false);
    expect(comparesWithYear('比上年增长了百分之几')).toBe(false);
    expect(comparesWithYear('比上年快吗')).toBe(true);
    expect(comparesWithYear('比上年多多少')).toBe(true);
  });
});
