/**
 * Session 20's lines of the conversation reader under mutation (docs/mutation-survivors.md, "Session 21, session 20's
 * query and conversation lines"): a part of the earlier figure asked after 其中, a follow-up asking something of the
 * earlier subject (a comparison, which of them, a trend, a pointer back) rather than naming one, a follow-up naming its
 * own place and subject, and an English counterpart follow-up.
 */
import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState, counterpartIndicatorQuestion } from '../../src/understand/conversation.js';

const today = new Date('2026-12-03');
const PLACES = knownPlaces(['云南省', '浙江省', '江苏省', '上海市', '福建省', '黑龙江省', '国务院']);
const read = (q: string) => understandQuery(q, PLACES, { today });
const inConversation = (...questions: string[]) => {
  const state = conversationState(questions.map(read));
  if (!state) throw new Error('no conversation');
  return state;
};

describe('a part of the earlier figure asked after 其中', () => {
  it('asks the whole before it, then its part, in the earlier place and year', () => {
    const q = inConversation('浙江自贸区2024年累计推出多少项制度创新成果', '其中全国首创多少');
    expect(q.question).toBe('自贸区累计推出多少项制度创新成果，其中全国首创多少');
    expect(q.places).toEqual(['浙江省']);
    expect(q.years).toEqual([2024]);
  });

  it('asks the part alone, not the whole’s indicator again, when the whole was a glossary indicator', () => {
    expect(read('浙江2024年外贸进出口总额多少').indicators.map((i) => i.name)).toEqual(['进出口总额']);
    const q = inConversation('浙江2024年外贸进出口总额多少', '其中出口增长多少');
    expect(q.question).toBe('其中出口增长多少');
    expect(q.indicators).toEqual([]);
    expect(q.places).toEqual(['浙江省']);
    expect(q.years).toEqual([2024]);
  });

  it('asks the part’s own indicator, in the earlier place and year', () => {
    const q = inConversation('浙江2024年外贸进出口总额多少', '其中出口总额多少');
    expect(q.indicators.map((i) => i.name)).toEqual(['货物出口']);
    expect(q.question).toBe('其中出口总额多少');
    expect(q.places).toEqual(['浙江省']);
    expect(q.years).toEqual([2024]);
  });
});

describe('a follow-up asking something of the earlier subject', () => {
  it('adds the year it compares with, and compares the places talked about', () => {
    expect(inConversation('浙江2024年GDP多少', '和23年比呢').years).toEqual([2023, 2024]);
    expect(inConversation('浙江2024年GDP多少', '比前年快还是慢').years).toEqual([2023, 2024]);
    const which = inConversation('浙江2024年GDP增长多少', '江苏呢', '哪个更高');
    expect(which.places).toEqual(['浙江省', '江苏省']);
    expect(which.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
  });

  it('keeps the earlier indicator for a comparison, a trend or a pointer back', () => {
    for (const followUp of ['和江苏比呢', '和23年比呢', '这几年怎么变的', '它增长了多少']) {
      const q = inConversation('浙江2024年GDP多少', followUp);
      expect(
        q.indicators.map((i) => i.name),
        followUp,
      ).toEqual(['地区生产总值']);
      expect(q.question, followUp).toBe(`地区生产总值${followUp}`);
    }
  });

  it('keeps the earlier subject when the words it adds are compared or pointed back at', () => {
    for (const followUp of ['那24年旧住房改造和23年比多了多少', '那24年它改造了多少']) {
      const q = inConversation('上海25年计划启动几个城中村改造项目', followUp);
      expect(
        q.indicators.map((i) => i.name),
        followUp,
      ).toEqual(['城中村改造']);
      expect(q.question, followUp).toContain('城中村改造');
    }
  });
});

describe('a follow-up naming a place and a year, and no subject', () => {
  it('asks the earlier subject there: the place’s name is no subject of its own', () => {
    const q = inConversation('上海25年计划启动几个城中村改造项目', '那江苏24年改造了多少');
    expect(q.indicators.map((i) => i.name)).toEqual(['城中村改造']);
    expect(q.places).toEqual(['江苏省']);
    expect(q.years).toEqual([2024]);
    // A place of three characters: "那黑龙江" is four, and still no subject.
    const longer = inConversation('上海25年计划启动几个城中村改造项目', '那黑龙江24年改造了多少');
    expect(longer.indicators.map((i) => i.name)).toEqual(['城中村改造']);
    expect(longer.places).toEqual(['黑龙江省']);
  });
});

describe('a follow-up naming its own place and its own subject', () => {
  it('asks its own number in its own place, nothing of the earlier subject', () => {
    const q = inConversation('上海25年计划启动几个城中村改造项目', '那江苏24年不成套旧住房改造了多少');
    expect(q.places).toEqual(['江苏省']);
    expect(q.years).toEqual([2024]);
    expect(q.indicators).toEqual([]);
    expect(q.question).not.toContain('城中村');
  });
});

describe('an English counterpart follow-up', () => {
  it('is the earlier question with the counterpart named, when it asked one glossary indicator', () => {
    const earlier = read('What was Fujian fiscal revenue in 2024?');
    expect(earlier.indicators).toHaveLength(1);
    expect(counterpartIndicatorQuestion('and expenditure?', earlier)).toBe('What was Fujian fiscal expenditure in 2024?');
    expect(counterpartIndicatorQuestion('and exports?', earlier)).toBeNull();
  });

  it('is nothing after an English question of no glossary indicator or of two', () => {
    expect(counterpartIndicatorQuestion('and expenditure?', read('How many pocket parks did Fujian build in 2024?'))).toBeNull();
    const two = read('What were Fujian fiscal revenue and GDP in 2024?');
    expect(two.indicators.length).toBeGreaterThan(1);
    expect(counterpartIndicatorQuestion('and expenditure?', two)).toBeNull();
  });
});
