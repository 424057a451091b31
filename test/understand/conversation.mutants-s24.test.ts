/**
 * Session 24's conversation lines (understand/conversation.ts; stryker.s24.json): "那前一年呢" after a question of no year
 * is marked to count from the place's latest results; "比上届涨了几个点" asks the growth of the earlier subject; an English
 * follow-up naming a two-word subject stands on its own.
 */
import { describe, expect, it } from 'vitest';
import { conversationReader } from '../support/conversation.js';

const today = new Date('2026-12-03');
const { inConversation } = conversationReader(['浙江省', '江苏省', '上海市'], today);

describe('"那前一年呢" after a question of no year', () => {
  const earlier = '浙江新增国家级专精特新企业多少家';

  it('marks the year as one before the latest results (the engine knows which)', () => {
    expect(inConversation('那前一年呢', earlier).latestYearShift).toBe(-1);
    expect(inConversation('And a year earlier?', 'How many specialized SMEs did Zhejiang add?').latestYearShift).toBe(-1);
  });

  it('counts from the earlier question’s year when it named one, and marks nothing', () => {
    const after = inConversation('那前一年呢', '浙江2024年新增国家级专精特新企业多少家');
    expect(after.years).toEqual([2023]);
    expect(after.latestYearShift).toBeUndefined();
  });

  it('marks nothing after a plan period, for a question of its own, or with no year word', () => {
    expect(inConversation('那前一年呢', '浙江十四五期间新增国家级专精特新企业多少家').latestYearShift).toBeUndefined();
    expect(inConversation('江苏前一年新增高新技术企业多少家', earlier).latestYearShift).toBeUndefined();
    expect(inConversation('那江苏呢', earlier).latestYearShift).toBeUndefined();
  });
});

describe('"比上届涨了几个点" after a question of no indicator', () => {
  it('asks the growth of the earlier question’s subject, spaces around it or not', () => {
    for (const followUp of ['比上届涨了几个点', ' 比上届涨了几个点 ']) {
      const q = inConversation(followUp, '第八届进博会意向成交多少');
      expect(q.question).toContain('进博会意向成交');
      expect(q.question).toContain('比上届');
    }
  });
});

describe('an English follow-up naming a phrase of two words the dictionary holds whole', () => {
  it('asks about that subject, not the earlier one with its words added', () => {
    const own = inConversation('And vocational colleges?', 'How many universities are there in Jiangsu?');
    expect(own.question).toBe('And vocational colleges?');
    expect(own.places).toEqual(['江苏省']);
  });

  it('but one word of its own is a modifier of the earlier subject', () => {
    // One English word read as alternatives ("private": 民营, 民间) is one reading, a modifier.
    const q = inConversation('And private ones?', 'How many universities are there in Jiangsu?');
    expect(q.question).toContain('universities');
    const pilot = inConversation('And the pilot ones?', 'How many free trade zones are there in Zhejiang?');
    expect(pilot.question).toContain('free trade zones');
    expect(pilot.question).toContain('pilot');
  });
});
