import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState, counterpartIndicatorQuestion } from '../../src/understand/conversation.js';

/**
 * Session 19's mutation run (docs/mutation-survivors.md, "Session 19, lead's changes"): follow-ups read in a conversation
 * (src/understand/conversation.ts) on hand-built questions. Today pinned: 去年 = 2025, 过去五年 = 2021–2025.
 */
const today = new Date('2026-12-03');
const PLACES = knownPlaces(['国务院', '湖南省', '江苏省', '山东省', '北京市']);
const read = (q: string) => understandQuery(q, PLACES, { today });
const inConversation = (...questions: string[]) => {
  const state = conversationState(questions.map(read));
  if (!state) throw new Error('no conversation');
  return state;
};

describe('a follow-up "X呢" with a subject of its own after a change or a gap asked', () => {
  it('asks X the same way, over the earlier span', () => {
    const s = inConversation('全国过去五年高铁里程怎么变的', '高速公路呢');
    expect(s.question).toBe('过去五年高速公路怎么变的');
    expect(s.searchText).toBe('高速公路呢 怎么变的');
    expect(s.ask).toBe('trend');
    expect(s.wantsQuantity).toBe(false);
    expect(s.years).toEqual([2021, 2025]);
  });

  it('takes no earlier span when it names a year or a span of its own', () => {
    expect(inConversation('全国过去五年高铁里程怎么变的', '2024年高速公路呢').question).toBe('2024年高速公路怎么变的');
    expect(inConversation('全国过去五年高铁里程怎么变的', '这三年高速公路呢').question).toBe('这三年高速公路怎么变的');
  });

  it('asks the gap of X, and wants its quantity', () => {
    for (const q of ['GDP呢', 'GDP的呢']) {
      const s = inConversation('山东24年社零增速比全国高几个点', q);
      expect(s.question).toBe('GDP增速比全国高几个点');
      expect(s.searchText).toBe(`${q} 增速比全国高几个点`);
      expect(s.ask).toBe('figure.growth');
      expect(s.wantsQuantity).toBe(true);
      expect(s.years).toEqual([2024]);
    }
  });

  it('asks a from–to the same way', () => {
    expect(inConversation('北京GDP从多少提高到多少', '财政收入呢').question).toBe('财政收入从多少提高到多少');
  });

  it('keeps an ask it reads with confidence, takes the earlier one otherwise', () => {
    const growth = inConversation('全国过去五年高铁里程怎么变的', 'GDP增速呢');
    expect(growth.question).toBe('过去五年GDP增速怎么变的');
    expect(growth.ask).toBe('figure.growth');
    expect(inConversation('全国过去五年高铁里程怎么变的', 'GDP排名呢').ask).toBe('figure.rank');
    expect(inConversation('全国过去五年高铁里程怎么变的', 'GDP总量呢').ask).toBe('trend');
  });

  it('keeps its own ask when it asks something itself', () => {
    const s = inConversation('山东24年社零增速比全国高几个点', 'GDP多少呢');
    expect(s.question).toBe('GDP多少呢');
    expect(s.ask).toBe('figure.amount');
  });

  it('leaves a follow-up pointing back, or one naming a place, to the earlier question', () => {
    expect(inConversation('全国过去五年高铁里程怎么变的', '它呢').question).toMatch(/^(?:全国)?高铁里程怎么变的它呢$/);
    // A place alone after a gap: the gap again of the earlier indicator.
    expect(inConversation('山东24年社零增速比全国高几个点', '湖南呢').question).toBe('社会消费品零售总额增速比全国高几个点湖南呢');
  });

  it('leaves a qualifier alone, which names no subject of its own, to the earlier question', () => {
    const s = inConversation('全国过去五年高铁里程怎么变的', '农村的呢');
    expect(s.question).not.toBe('过去五年农村怎么变的');
    expect(s.question).toContain('高铁里程');
  });

  it('asks no words outside the reports’ subjects the earlier way', () => {
    expect(inConversation('全国过去五年高铁里程怎么变的', '天气呢').question).toBe('天气呢');
  });

  it('leaves an English follow-up to its own reading', () => {
    expect(inConversation('全国过去五年高铁里程怎么变的', 'highways?').question).toBe('highways?');
  });
});

describe('a gap asked after a figure', () => {
  it('is the conversation’s indicator’s gap, in its place and year', () => {
    const s = inConversation('山东24年服务业增加值多少', '增速比全国高几个点');
    expect(s.question).toBe('服务业增加值增速比全国高几个点');
    expect(s.places).toEqual(['山东省']);
    expect(s.years).toEqual([2024]);
  });

  it('asks the same gap of a place alone after it, and of a subject of its own', () => {
    const gap = ['山东24年服务业增加值多少', '增速比全国高几个点'];
    expect(inConversation(...gap, '湖南呢').question).toBe('服务业增加值增速比全国高几个点湖南呢');
    expect(inConversation(...gap, '社零呢').question).toBe('社零增速比全国高几个点');
  });

  it('of an indicator or a place of its own stands as asked', () => {
    const own = inConversation('北京2024年GDP多少', '财政收入增速比全国高几个点');
    expect(own.question).toBe('财政收入增速比全国高几个点');
    expect(own.indicators.map((i) => i.name)).toEqual(['一般公共预算收入']);
    const place = inConversation('北京2024年GDP多少', '湖南增速比全国高几个点');
    expect(place.question).toBe('湖南增速比全国高几个点');
    expect(place.years).toEqual([]);
  });
});

describe('a year relative to the conversation', () => {
  it('is the year before or after the one talked about', () => {
    const before = inConversation('北京2025年GDP多少', '上一年的');
    expect(before.years).toEqual([2024]);
    expect(before.yearNotes).toEqual([{ phrase: '上一年', year: 2024 }]);
    expect(inConversation('北京2025年GDP多少', '下一年的呢').years).toEqual([2026]);
  });

  it('is read against today after several years, beside another year, or for 去年', () => {
    expect(inConversation('北京2024和2025年GDP多少', '上一年的').years).toEqual([2025]);
    // Written after a year of its own, the year before is that year's (session 35).
    expect(inConversation('北京2025年GDP多少', '2023年上一年的').years).toEqual([2022, 2023]);
    expect(inConversation('北京2025年GDP多少', '去年的呢').years).toEqual([2025]);
  });
});

describe('a qualifier of its own after a question of no glossary indicator', () => {
  it('reads the earlier words, with no indicator to take', () => {
    const s = inConversation('北京2024年新增公园多少座', '农村的哪个区最高');
    expect(s.indicators).toEqual([]);
    expect(s.question).toBe('农村的哪个区最高北京2024年新增公园多少座');
  });
});

describe('a place alone after a qualified indicator', () => {
  it('keeps the qualifier the earlier question wrote', () => {
    expect(inConversation('北京2025年城镇居民人均可支配收入多少', '湖南呢').question).toBe('城镇居民人均可支配收入湖南呢');
  });
});

describe('a counterpart noun as a follow-up', () => {
  const earlier = read('北京2024年一般公共预算收入多少');
  it('replaces the written name’s last word, after thanks too, by a synonym too', () => {
    expect(counterpartIndicatorQuestion('支出呢', earlier)).toBe('北京2024年一般公共预算支出多少');
    expect(counterpartIndicatorQuestion('好的，支出呢', earlier)).toBe('北京2024年一般公共预算支出多少');
    expect(counterpartIndicatorQuestion('支出呢', read('北京2024年财政收入多少'))).toBe('北京2024年财政支出多少');
  });
  it('is null for a noun the name already ends with, an indicator of its own, or no noun', () => {
    expect(counterpartIndicatorQuestion('收入呢', earlier)).toBeNull();
    expect(counterpartIndicatorQuestion('出口呢', earlier)).toBeNull();
    expect(counterpartIndicatorQuestion('北京2024年一般公共预算支出多少', earlier)).toBeNull();
    expect(counterpartIndicatorQuestion('支出呢', read('北京2024年GDP和财政收入多少'))).toBeNull();
    // Two indicators asked: no one name to take the counterpart of.
    expect(counterpartIndicatorQuestion('支出呢', read('北京2024年一般公共预算收入和进出口总额多少'))).toBeNull();
    // The indicator read from words that write none of its names.
    expect(counterpartIndicatorQuestion('支出呢', read('北京老百姓一年挣多少'))).toBeNull();
  });
});
