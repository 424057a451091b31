import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState, modifiedIndicatorQuestion } from '../../src/understand/conversation.js';
import { isKeywordQuestion } from '../../src/understand/keyword-question.js';

/**
 * Session 20's mutation run of the rest of session 19's changes (docs/mutation-survivors.md, "Session 19, the rest
 * (English path, mends)"): follow-ups read in a conversation (src/understand/conversation.ts) on hand-built questions.
 */
const today = new Date('2026-12-03');
const PLACES = knownPlaces(['国务院', '湖南省', '江苏省', '山东省', '北京市', '云南省', '浙江省']);
const read = (q: string) => understandQuery(q, PLACES, { today });
const inConversation = (...questions: string[]) => {
  const state = conversationState(questions.map(read));
  if (!state) throw new Error('no conversation');
  return state;
};

describe('a follow-up "X增速呢" after a gap of a growth asked', () => {
  it('writes the measure once when both write the same one', () => {
    expect(inConversation('山东24年社零增速比全国高几个点', 'GDP增速呢').question).toBe('GDP增速比全国高几个点');
    expect(inConversation('山东24年社零增长比全国高几个点', 'GDP增长呢').question).toBe('GDP增长比全国高几个点');
    expect(inConversation('山东24年社零增幅比全国高几个点', 'GDP增幅呢').question).toBe('GDP增幅比全国高几个点');
  });

  it('asks a rank when it says rank, not the earlier gap', () => {
    for (const q of ['GDP排名呢', 'GDP位次呢']) {
      const s = inConversation('山东24年社零增速比全国高几个点', q);
      expect(s.question).toBe(q);
      expect(s.ask).toBe('figure.rank');
    }
  });
});

describe('how much, asked after how many', () => {
  it("is asked in the conversation's place and year, whatever the classifier makes of it", () => {
    const s = inConversation('云南24年接待了多少游客', '旅游花了多少钱');
    expect(s.places).toEqual(['云南省']);
    expect(s.years).toEqual([2024]);
  });

  it('a question out of scope that asks no quantity stands alone', () => {
    const s = inConversation('云南24年接待了多少游客', '今天天气怎么样');
    expect(s.places).toEqual([]);
    expect(s.years).toEqual([]);
  });
});

describe('another place after whether a target was met', () => {
  it('asks whether that place met it too', () => {
    const s = inConversation('湖南2025年经济增长目标是多少', '实际完成了吗', '北京呢');
    expect(s.asksAttainment).toBe(true);
    expect(s.intent).toBe('result');
    expect(s.places).toEqual(['北京市']);
  });

  it('not when no attainment was asked, nor when the follow-up names a topic of its own', () => {
    const plan = inConversation('湖南2025年经济增长目标是多少', '北京呢');
    expect(plan.asksAttainment).toBe(false);
    expect(plan.intent).toBe('plan');
    expect(inConversation('湖南2025年经济增长目标是多少', '实际完成了吗', '北京GDP呢').asksAttainment).toBe(false);
  });
});

describe('a modifier alone after an English question', () => {
  it('is written in English after the name, in Chinese before it after a Chinese question', () => {
    expect(modifiedIndicatorQuestion('人均呢', read("What was Shandong's GDP last year?"))).toBe(
      "What was Shandong's GDP per capita last year?",
    );
    expect(modifiedIndicatorQuestion('How about per capita?', read('浙江去年GDP多少'))).toBe('浙江去年人均GDP多少');
  });
});

describe('a keyword question with a qualifier of its indicator', () => {
  it('reads the qualifier as part of the name', () => {
    for (const q of ['江苏2024年城镇居民收入', '江苏2024年全体居民收入', '江苏2024年规上工业增加值'])
      expect(isKeywordQuestion(read(q))).toBe(true);
  });
});
