import { describe, expect, it } from 'vitest';
import { asksCompletionRate, COMPLETION_RATE_NAME } from '../../src/lang/zh/attainment-words.js';
import { askedCountUnit } from '../../src/lang/zh/asked-shape-words.js';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { isKeywordQuestion } from '../../src/understand/keyword-question.js';
import { asksBareDifference, asksBothYears, comparesWith } from '../../src/lang/zh/comparison-follow-up-words.js';
import { yearsVerdict } from '../../src/answer/kinds/verdicts.js';
import { onlyAsksAgain, wordsBesidesAskingAgain } from '../../src/lang/zh/follow-up-words.js';
import { conversationYearOffset, resolveYears } from '../../src/lang/zh/relative-years.js';
import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';

/** Session 38: readings of the language layer found on the tune halves of the fresh sets (engine answers: test/answer/questions-s38.test.ts). */
const today = new Date('2026-12-05');
const PLACES = knownPlaces(['北京市', '杭州市', '国务院', '广东省', '安徽省', '吉林省', '浙江省', '钱塘区', '拱墅区', '上海市']);
const understood = (question: string): UnderstoodQuery => understandQuery(question, PLACES, { today });
const conversation = (...questions: string[]): UnderstoodQuery => {
  const state = conversationState(questions.map(understood));
  if (!state) throw new Error('no questions');
  return state;
};

describe('上年 is the year before the one talked of', () => {
  it('in a follow-up it moves from the conversation’s year, as 上一年 does', () => {
    expect(conversationYearOffset('上年')).toBe(-1);
    expect(conversationYearOffset('去年')).toBeNull();
  });

  it('alone it is still the year before today', () => {
    expect(resolveYears('上年GDP增长多少', { today }).years).toEqual([2025]);
  });

  it('"比上年高还是低" after 2024: 2023 and 2024 side by side', () => {
    expect(conversation('全国24年居民收入实际增长多少', '比上年高还是低').years).toEqual([2023, 2024]);
  });
});

describe('a difference asked and nothing else', () => {
  it.each(['差多少', '多了多少', '相差几个', '那差了多少？', 'how much more in 2025?', 'How much less?', "what's the difference?"])(
    '"%s"',
    (question) => {
      expect(asksBareDifference(question)).toBe(true);
    },
  );

  it.each(['差多少个百分点才达标', '广东和江苏差多少', 'how much more did Jiangsu invest in chips?', '增长多少'])(
    'not "%s"',
    (question) => {
      expect(asksBareDifference(question)).toBe(false);
    },
  );

  it('after one place in two years it sets those years side by side; after two places it does not', () => {
    const years = conversation('全国25年中央预算内投资安排多少', '24年呢', '多了多少');
    expect(years.years).toEqual([2024, 2025]);
    expect(years.bothYearsTalked).toBe(true);
    const places = conversation('广东25年GDP多少', '安徽24年呢', '差多少');
    expect(places.bothYearsTalked).toBeUndefined();
    // (The explicit "两年" asks the years whoever was talked of.)
    expect(asksBothYears('差多少')).toBe(false);
  });
});

describe('which of the years talked of were asked as plans', () => {
  it('a plan, then a result: the plan’s year only, kept by a follow-up setting them side by side', () => {
    const state = conversation('北京今年疏解一般制造业企业定了多少家', '去年实际疏解了多少家', '差多少');
    expect(state.years).toEqual([2025, 2026]);
    expect(state.conversationPlanYears).toEqual([2026]);
  });

  it('a year asked again as a result is no plan any more', () => {
    expect(conversation('北京今年疏解一般制造业企业定了多少家', '今年实际疏解了多少家').conversationPlanYears).toEqual([]);
  });
});

describe('asking again in English', () => {
  it('a place and words asking again, in whole words', () => {
    expect(onlyAsksAgain('how many does guangdong have in total now?', ['guangdong'], [])).toBe(true);
    expect(wordsBesidesAskingAgain('how many firms does guangdong have?', ['guangdong'], [])).toEqual(['firms']);
    // "is" is no word of "island": a piece is taken out whole or not at all.
    expect(wordsBesidesAskingAgain('is the island there?', [], [])).toEqual(['island']);
  });

  it('now, in Chinese', () => {
    expect(onlyAsksAgain('广东现在有多少', ['广东'], [])).toBe(true);
  });
});

describe('how much of a plan was done', () => {
  it.each(['新增停车泊位完成率', '盘活低效工业用地完成年度目标', '完成全年任务'])('"%s" names that share', (name) => {
    expect(COMPLETION_RATE_NAME.test(name)).toBe(true);
  });

  it.each(['新增停车泊位', '完成投资', '完成率提升工程'])('"%s" does not', (name) => {
    expect(COMPLETION_RATE_NAME.test(name)).toBe(false);
  });

  it.each(['完成率多少', '完成了年度目标的百分之几', '完成年度目标多少', 'what percentage of the target did it reach?'])(
    '"%s" asks it',
    (question) => {
      expect(asksCompletionRate(question)).toBe(true);
    },
  );

  it.each(['完成目标了吗', '目标是多少'])('"%s" does not', (question) => {
    expect(asksCompletionRate(question)).toBe(false);
  });
});

describe('asking again with still and again', () => {
  it('"去年还打算再新增多少" asks the conversation’s subject again', () => {
    const state = conversation('吉林前年高标准农田新建改造了多少万亩', '保护性耕作推广面积呢', '去年还打算再新增多少');
    expect(state.question).toContain('保护性耕作');
    expect(state.years).toEqual([2025]);
  });
});

describe('a growth asked in percent, and money asked in 亿', () => {
  it('"涨了百分之多少", "增长百分之多少" ask the growth, not a share', () => {
    expect(toReportWording('吉林前年国有资本收益涨了百分之多少')).toBe('吉林前年国有资本收益增长多少');
    expect(toReportWording('吉林前年国有资本收益增长百分之多少')).toBe('吉林前年国有资本收益增长多少');
    expect(toReportWording('广东GDP占全国百分之多少')).toBe('广东GDP占全国百分之多少');
  });

  it('"多少亿" closing the question asks money; "多少亿人次" does not', () => {
    expect(askedCountUnit('江苏24年小微企业首贷一共贷了多少亿')).toBe('元');
    expect(askedCountUnit('首贷贷了多少亿？')).toBe('元');
    expect(askedCountUnit('接待游客多少亿人次')).not.toBe('元');
  });
});

describe('a wider place written right before a place inside it', () => {
  it.each([
    ['杭州钱塘24年GDP多少来着', ['钱塘区']],
    ['杭州市钱塘区24年GDP多少', ['钱塘区']],
    ['浙江杭州去年GDP', ['杭州市']],
    ['杭州拱墅钱塘两区GDP', ['拱墅区', '钱塘区']],
    ['北京上海去年GDP谁多', ['北京市', '上海市']],
    ['杭州和钱塘区GDP谁高', ['杭州市', '钱塘区']],
  ])('"%s" asks %j', (question, places) => {
    expect(understood(question).places).toEqual(places);
  });
});

describe('a follow-up comparing either way in English', () => {
  it('"is that higher or lower than hunan?"', () => {
    expect(comparesWith('is that higher or lower than hunan?')).toBe(true);
  });
});

describe('a year’s verdict weighs a range by both ends', () => {
  it('5%—5.5% after 5.5%左右 is lower; the same range is the same', () => {
    expect(yearsVerdict({ year: 2025, value: 5.5 }, { year: 2026, value: 5.5, range: { low: 5, high: 5.5 } }, 'zh')).toBe(
      '。2026年低于2025年',
    );
    expect(
      yearsVerdict({ year: 2025, value: 5, range: { low: 5, high: 5.5 } }, { year: 2026, value: 5, range: { low: 5, high: 5.5 } }, 'zh'),
    ).toMatch(/持平/);
    expect(yearsVerdict({ year: 2025, value: 5 }, { year: 2026, value: 6 }, 'zh')).toBe('。2026年高于2025年');
  });
});

describe('a question of names with a hedge or a courtesy added', () => {
  it.each(['hangzhou gdp in 2023? roughly', 'hangzhou gdp in 2023, thanks', '杭州23年GDP大概', '杭州23年GDP多少来着'.replace('多少', '')])(
    '"%s" is still names only',
    (question) => {
      expect(isKeywordQuestion(understood(question))).toBe(true);
    },
  );

  it('a word of its own is not', () => {
    expect(isKeywordQuestion(understood('hangzhou gdp in 2023 by district'))).toBe(false);
  });
});
