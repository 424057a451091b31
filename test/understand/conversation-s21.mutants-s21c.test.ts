/**
 * Session 21's conversation lines (stryker.s21c.json): "那最新的呢" after a year asks what the same follow-up asks after
 * the question with no year (only the year goes).
 */
import { describe, expect, it } from 'vitest';
import { conversationReader } from '../support/conversation.js';

const today = new Date('2026-12-03');
const { inConversation } = conversationReader(['云南省', '浙江省', '吉林省', '湖南省', '山东省', '上海市', '国务院'], today);

describe('the latest asked after a year', () => {
  it('asks the earlier question as if it had named no year', () => {
    const afterYear = inConversation('那最新的呢', '山东2015年新培育了几个省级现代海洋特色产业集聚区');
    const afterNone = inConversation('那最新的呢', '山东新培育了几个省级现代海洋特色产业集聚区');
    expect(afterYear.question).toBe(afterNone.question);
    expect(afterYear.places).toEqual(afterNone.places);
    expect(afterYear.years).toEqual([]);
  });

  it('swaps the qualifier it names into the earlier question, less its year', () => {
    const afterYear = inConversation('最新的农村居民呢', '浙江2019年城镇居民人均可支配收入多少');
    expect(afterYear.question).toBe(inConversation('最新的农村居民呢', '浙江城镇居民人均可支配收入多少').question);
    expect(afterYear.question).toContain('农村居民人均可支配收入');
    expect(afterYear.years).toEqual([]);
  });
});
