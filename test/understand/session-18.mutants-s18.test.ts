/**
 * Session 18's question reading, its conditions one by one (mutation run of session 18, stryker.s18.json): a follow-up
 * "X呢" with a subject of its own and one the classifier reads as out of scope (src/understand/conversation.ts), a
 * bare name of a measured thing (src/understand/keyword-question.ts), and a question that ends as a follow-up
 * (src/lang/zh/follow-up-words.ts). Understood questions are built field by field, as in conversation.mutants.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { endsAsFollowUp, readsAsFollowUp } from '../../src/lang/zh/follow-up-words.js';
import { readInConversation } from '../../src/understand/conversation.js';
import { isBareMeasureQuestion } from '../../src/understand/keyword-question.js';
import { asked, indicator } from '../support/hand-built-query.js';

const JOBS = indicator('城镇新增就业');
const GDP = indicator('地区生产总值');
const earlier = asked('吉林24年城镇新增就业多少', { places: ['吉林省'], years: [2024], indicators: [JOBS], wantsQuantity: true });
const names = (q: ReturnType<typeof readInConversation>) => q.indicators.map((i) => i.name);

describe('a question the classifier reads as out of scope, mid-conversation', () => {
  const outOfScope = { ask: 'out-of-scope' as const, askConfidence: 0.9 };

  it('stands alone when it is no follow-up', () => {
    const out = readInConversation(asked('今天天气怎么样', outOfScope), earlier);
    expect([out.places, out.years, names(out), out.wantsQuantity]).toEqual([[], [], [], false]);
  });

  it('is read in the conversation when written as one ("森林火灾呢")', () => {
    const out = readInConversation(asked('森林火灾呢', outOfScope), earlier);
    expect([out.places, out.years, names(out), out.wantsQuantity]).toEqual([['吉林省'], [2024], [], true]);
  });

  it('is read in the conversation when the reading is unsure (as sure as CONFIDENT is sure)', () => {
    expect(readInConversation(asked('今天天气怎么样', { ...outOfScope, askConfidence: 0.59 }), earlier).places).toEqual(['吉林省']);
    expect(readInConversation(asked('今天天气怎么样', { ...outOfScope, askConfidence: 0.6 }), earlier).places).toEqual([]);
  });

  it('is read in the conversation when it names an indicator; it keeps a place of its own', () => {
    const named = readInConversation(asked('今天天气怎么样', { ...outOfScope, indicators: [GDP] }), earlier);
    expect([named.places, names(named)]).toEqual([['吉林省'], ['地区生产总值']]);
    const placed = readInConversation(asked('江苏怎么样', { ...outOfScope, places: ['江苏省'] }), earlier);
    expect([placed.places, placed.years, names(placed)]).toEqual([['江苏省'], [2024], ['城镇新增就业']]);
  });
});

describe('a follow-up "X呢" with a subject of its own', () => {
  it('asks X in the earlier place and year, without the earlier indicator', () => {
    const out = readInConversation(asked('农村劳动力转移就业呢'), earlier);
    expect([out.places, out.years, names(out), out.wantsQuantity]).toEqual([['吉林省'], [2024], [], true]);
  });

  it('is only a Chinese question that names no plan period', () => {
    expect(names(readInConversation(asked('农村劳动力转移就业呢', { language: 'en' }), earlier))).toEqual(['城镇新增就业']);
    const plan = readInConversation(asked('农村劳动力转移就业呢', { planPeriod: { from: 2021, to: 2025 } }), earlier);
    expect(names(plan)).toEqual(['城镇新增就业']);
  });

  it('leaves a trend, a choice among them, a pointer back and an outline item on the earlier subject', () => {
    for (const q of [
      '农村劳动力转移就业这几年变化呢',
      '农村劳动力转移就业里面哪个多呢',
      '这个指标的农村劳动力转移就业呢',
      '第二项农村劳动力转移就业呢',
    ])
      expect(names(readInConversation(asked(q), earlier)), q).toEqual(['城镇新增就业']);
  });

  it('asks the earlier subject again with a qualifier of it', () => {
    expect(names(readInConversation(asked('农村居民的呢'), earlier))).toEqual(['城镇新增就业']);
  });
});

describe('a question that ends as a follow-up', () => {
  it('ends in 呢 before any run of marks and spaces', () => {
    for (const q of ['森林火灾呢', '森林火灾呢?', '森林火灾呢？！', '森林火灾呢。 ', '森林火灾呢!!'])
      expect(endsAsFollowUp(q), q).toBe(true);
    for (const q of ['森林火灾呢在哪', '森林火灾？', '呢森林火灾']) expect(endsAsFollowUp(q), q).toBe(false);
  });

  it('makes a long question naming its place a follow-up', () => {
    expect(readsAsFollowUp('吉林省森林火灾发生次数呢', true)).toBe(true);
    expect(readsAsFollowUp('吉林省森林火灾发生次数', true)).toBe(false);
  });
});

describe('a bare name of a measured thing', () => {
  it('is two to sixteen characters once places, years and fillers are taken out', () => {
    expect(isBareMeasureQuestion(asked('浙江去年率'))).toBe(false);
    expect(isBareMeasureQuestion(asked('浙江去年比例'))).toBe(true);
    expect(isBareMeasureQuestion(asked(`浙江${'研'.repeat(14)}数量`))).toBe(true);
    expect(isBareMeasureQuestion(asked(`浙江${'研'.repeat(15)}数量`))).toBe(false);
  });

  it('reads a question with spaces and Latin capitals as written without them', () => {
    expect(isBareMeasureQuestion(asked(`浙江 2024年 ${'研'.repeat(14)}数量`))).toBe(true);
    expect(isBareMeasureQuestion(asked(`ZHEJIANG ${'研'.repeat(14)}数量`))).toBe(true);
  });

  it('asks no figure when the question asks in words', () => {
    for (const q of ['浙江高铁里程吗', '浙江高铁里程如何', '浙江高铁里程是否增长率'])
      expect(isBareMeasureQuestion(asked(q)), q).toBe(false);
  });
});

describe('after the first run (session 18)', () => {
  it('lets a short out-of-scope question stand alone, though a short question is a follow-up when it names no place', () => {
    const out = readInConversation(asked('讲个笑话', { ask: 'out-of-scope', askConfidence: 0.9 }), earlier);
    expect([out.places, out.years, names(out)]).toEqual([[], [], []]);
  });

  it('takes a qualifier out of "X呢" whole, the words on either side one subject', () => {
    const out = readInConversation(asked('常住城镇人口呢'), earlier);
    expect([out.places, out.years, names(out)]).toEqual([['吉林省'], [2024], []]);
  });

  it('ends as a follow-up only by its last words, whatever marks stand before them', () => {
    expect(endsAsFollowUp('好的！森林火灾呢？')).toBe(true);
  });

  it('reads no English question as a bare name', () => {
    expect(isBareMeasureQuestion(asked('Zhejiang 高铁里程', { language: 'en' }))).toBe(false);
  });

  it('reads a question of up to 120 characters, names and years taken out', () => {
    expect(isBareMeasureQuestion(asked(`${'浙江'.repeat(58)}高铁里程`))).toBe(true);
    expect(isBareMeasureQuestion(asked(`${'浙江'.repeat(59)}高铁里程`))).toBe(false);
  });

  it('takes the fillers out whole', () => {
    expect(isBareMeasureQuestion(asked(`浙江上半年${'研'.repeat(14)}数量`))).toBe(true);
  });
});
