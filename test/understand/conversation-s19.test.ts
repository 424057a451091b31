import { describe, expect, it } from 'vitest';
import { conversationYearOffset, resolveYears } from '../../src/lang/zh/relative-years.js';
import { nounOnlyFollowUp } from '../../src/lang/zh/follow-up-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState, counterpartIndicatorQuestion, readInConversation } from '../../src/understand/conversation.js';
import { isKeywordQuestion } from '../../src/understand/keyword-question.js';

/**
 * Session 19's conversation classes (src/understand/conversation.ts): a chained follow-up keeps the qualifier an earlier
 * follow-up swapped in; "上一年的" is the year before the conversation's; "支出呢" after a 收入 question asks the
 * counterpart indicator. Today pinned: 去年 = 2025.
 */
const today = new Date('2026-12-03');
const PLACES = knownPlaces(['湖南省', '江苏省', '浙江省', '北京市', '钱塘区']);
const read = (q: string) => understandQuery(q, PLACES, { today });
const inConversation = (...questions: string[]) => {
  const state = conversationState(questions.map(read));
  if (!state) throw new Error('no conversation');
  return state;
};

describe('a chained follow-up after a qualifier swap', () => {
  it('asks the swapped group, not the whole population, when it asks the growth', () => {
    const q = inConversation('湖南2024年城镇居民人均可支配收入多少', '农村的呢', '增长多少');
    expect(q.question).toContain('农村居民人均可支配收入增长');
    expect(q.places).toEqual(['湖南省']);
    expect(q.years).toEqual([2024]);
  });

  it('keeps a qualifier the first question wrote', () => {
    expect(inConversation('浙江2024年农村居民人均可支配收入多少', '增速呢').question).toContain('农村居民人均可支配收入');
  });

  it('adds none when no qualifier was written', () => {
    const q = inConversation('浙江2024年居民人均可支配收入多少', '增速呢');
    expect(q.question).not.toMatch(/城镇|农村|全体/);
    expect(q.question).toContain('居民人均可支配收入');
  });
});

describe('a year relative to the conversation', () => {
  it('reads 上一年 / 前一年 / the year before as the year before the one talked about', () => {
    expect(inConversation('江苏2025年城镇新增就业多少', '上一年的').years).toEqual([2024]);
    expect(inConversation('钱塘区2024年GDP是多少', '前一年呢').years).toEqual([2023]);
    expect(inConversation('What was Jiangsu GDP growth in 2025?', 'what about the year before?').years).toEqual([2024]);
    expect(inConversation('江苏2024年GDP增长多少', '那后一年的目标呢').years).toEqual([2025]);
  });

  it('states the year it read', () => {
    const q = inConversation('江苏2025年城镇新增就业多少', '上一年的');
    expect(q.yearNotes).toEqual([{ phrase: '上一年', year: 2024 }]);
  });

  it('reads them against today in a question of its own or against several years', () => {
    expect(read('浙江上一年GDP增长多少').years).toEqual([2025]);
    expect(read('浙江前一年GDP增长多少').years).toEqual([2025]);
    expect(inConversation('江苏2023到2025年GDP增速', '上一年的').years).toEqual([2025]);
  });

  it('leaves 去年 and 前年 relative to today', () => {
    expect(inConversation('江苏2023年城镇新增就业多少', '去年呢').years).toEqual([2025]);
    expect(inConversation('江苏2023年城镇新增就业多少', '前年呢').years).toEqual([2024]);
  });

  it('has offsets only for the conversation words', () => {
    expect(conversationYearOffset('上一年')).toBe(-1);
    expect(conversationYearOffset('The year before')).toBe(-1);
    expect(conversationYearOffset('后一年')).toBe(1);
    expect(conversationYearOffset('去年')).toBeNull();
    expect(conversationYearOffset('前年')).toBeNull();
    expect(resolveYears('比前一年增长多少', { today }).years).toEqual([]);
  });
});

describe('a counterpart noun as a follow-up', () => {
  const earlier = (q: string) => read(q);
  it('replaces the last word of the earlier name when that makes a glossary indicator', () => {
    expect(counterpartIndicatorQuestion('支出呢', earlier('北京2024年一般公共预算收入'))).toBe('北京2024年一般公共预算支出');
    expect(counterpartIndicatorQuestion('那支出是多少？', earlier('北京2024年一般公共预算收入多少'))).toBe(
      '北京2024年一般公共预算支出多少',
    );
  });

  it('is null for a noun of an indicator of its own, a made-up name or a longer follow-up', () => {
    expect(counterpartIndicatorQuestion('出口呢', earlier('广东2024年进出口总额多少'))).toBeNull();
    expect(counterpartIndicatorQuestion('总量呢', earlier('北京2024年一般公共预算收入'))).toBeNull();
    expect(counterpartIndicatorQuestion('支出结构怎么样', earlier('北京2024年一般公共预算收入'))).toBeNull();
    expect(counterpartIndicatorQuestion('支出呢', earlier('北京2024年GDP多少'))).toBeNull();
  });

  it('reads the noun of a short follow-up only', () => {
    expect(nounOnlyFollowUp('支出呢？')).toBe('支出');
    expect(nounOnlyFollowUp('那进口呢')).toBe('进口');
    expect(nounOnlyFollowUp('支出的呢')).toBe('支出');
    expect(nounOnlyFollowUp('北京的支出结构怎么样')).toBeNull();
    expect(nounOnlyFollowUp('支出')).toBeNull();
  });

  it('leaves readInConversation of a follow-up with its own indicator alone', () => {
    const q = readInConversation(read('出口呢'), read('广东2024年进出口总额多少'));
    expect(q.indicators.map((i) => i.name).join()).toMatch(/出口/);
  });
});

describe('a question of names with a qualifier', () => {
  it('"江苏2024年城镇居民收入" asks the figure it names, as "多少" would', () => {
    expect(isKeywordQuestion(read('江苏2024年城镇居民收入'))).toBe(true);
    expect(isKeywordQuestion(read('江苏2024年农村居民人均可支配收入'))).toBe(true);
    expect(isKeywordQuestion(read('江苏2024年城镇居民收入结构怎么样'))).toBe(false);
  });
});

describe('whether a target was met, asked again of another place', () => {
  it('"北京呢" after "…目标" and "实际完成了吗" asks whether Beijing met it', () => {
    const q = inConversation('上海2025年GDP增长目标', '实际完成了吗', '北京呢');
    expect(q.places).toEqual(['北京市']);
    expect(q.asksAttainment).toBe(true);
  });

  it('a follow-up with a topic of its own asks no attainment', () => {
    expect(inConversation('上海2025年GDP增长目标', '实际完成了吗', '财政收入呢').asksAttainment).toBeFalsy();
    expect(inConversation('上海2025年GDP增长目标', '北京呢').asksAttainment).toBeFalsy();
  });
});

describe('found in session 19’s terminal trial', () => {
  it('"旅游花了多少钱" after a figure question asks how much in the conversation’s place and year, whatever the classifier reads', () => {
    const q = inConversation('湖南24年接待了多少游客', '旅游花了多少钱');
    expect(q.places).toEqual(['湖南省']);
    expect(q.years).toEqual([2024]);
    // Small talk asks no figure: it stands alone.
    expect(inConversation('湖南24年接待了多少游客', '今天天气怎么样').places).toEqual([]);
  });

  it('a report named by a two-digit year anchors its 过去五年', () => {
    expect(resolveYears('国务院23年报告里过去五年高速公路修了多少', { today }).namedReport?.year).toBe(2023);
    expect(resolveYears('2023年政府工作报告里过去五年高铁里程', { today }).span).toEqual({ from: 2018, to: 2022 });
    expect(resolveYears('过去五年高铁里程', { today }).span).toEqual({ from: 2021, to: 2025 });
  });

  it('"目标是多少，完成了没有" asks whether the target was met', () => {
    expect(read('湖南2025年经济增长目标是多少，完成了没有').asksAttainment).toBe(true);
    expect(read('湖南2025年经济增长目标是多少').asksAttainment).toBe(false);
  });
});

describe('the two faults session 19’s mutation run found', () => {
  it('a counterpart is tried on every name the earlier question wrote, longest first', () => {
    expect(counterpartIndicatorQuestion('支出呢', read('北京2024年地方一般公共预算收入多少'))).toBe('北京2024年地方一般公共预算支出多少');
  });

  it('an earlier ask is added without writing its measure twice, and never to a rank or share asked', () => {
    expect(inConversation('山东24年社零增速比全国高几个点', 'GDP增速呢').question).toBe('GDP增速比全国高几个点');
    expect(inConversation('山东24年社零增速比全国高几个点', 'GDP排名呢').question).not.toContain('比全国');
  });
});
