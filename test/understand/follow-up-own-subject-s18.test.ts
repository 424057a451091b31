import { describe, expect, it } from 'vitest';
import { endsAsFollowUp } from '../../src/lang/zh/follow-up-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';

/**
 * "X呢" after a figure question, X a subject of its own no glossary indicator names ("农村劳动力转移就业呢" after
 * "吉林24年城镇新增就业多少"): X is asked in the earlier place and year, not the earlier indicator
 * (src/understand/conversation.ts, `followUpOwnSubject`). Today pinned: 去年 = 2025.
 */
const today = new Date('2026-12-03');
const PLACES = knownPlaces(['吉林省', '湖南省', '江苏省', '浙江省']);
const read = (q: string) => understandQuery(q, PLACES, { today });
const inConversation = (...questions: string[]) => {
  const state = conversationState(questions.map(read));
  if (!state) throw new Error('no conversation');
  return state;
};

describe('a follow-up "X呢" with a subject of its own', () => {
  it('asks X in the earlier place and year, and how much, without the earlier indicator', () => {
    const q = inConversation('吉林24年城镇新增就业多少', '农村劳动力转移就业呢');
    expect(q.places).toEqual(['吉林省']);
    expect(q.years).toEqual([2024]);
    expect(q.wantsQuantity).toBe(true);
    expect(q.indicators.map((i) => i.name)).not.toContain('城镇新增就业');
    expect(q.searchText).not.toContain('城镇新增就业');
  });

  it('is asked even when the classifier reads its words as out of scope', () => {
    const q = inConversation('湖南24年道路交通事故亡人下降多少', '森林火灾呢');
    expect(q.places).toEqual(['湖南省']);
    expect(q.years).toEqual([2024]);
    expect(q.wantsQuantity).toBe(true);
  });

  it('keeps reading a qualifier, a measure or a year as the earlier subject', () => {
    const swapped = inConversation('浙江2024年城镇居民人均可支配收入多少', '农村居民的呢');
    expect(swapped.question).toContain('农村居民人均可支配收入');
    expect(swapped.indicators.map((i) => i.name)).toContain('居民人均可支配收入');
    const measure = inConversation('吉林24年城镇新增就业多少', '25年目标呢');
    expect(measure.indicators.map((i) => i.name)).toContain('城镇新增就业');
    expect(measure.years).toEqual([2025]);
  });

  it('keeps a ranking or a trend on the earlier subject', () => {
    const trend = inConversation('江苏2024年城镇新增就业多少', '这几年怎么变化的呢');
    expect(trend.indicators.map((i) => i.name)).toContain('城镇新增就业');
  });

  it('is only a question that ends as a follow-up', () => {
    expect(endsAsFollowUp('森林火灾呢？')).toBe(true);
    expect(endsAsFollowUp('那森林火灾呢 ')).toBe(true);
    expect(endsAsFollowUp('森林火灾怎么样')).toBe(false);
  });
});
