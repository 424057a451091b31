/**
 * Session 23's conversation reading on hand-built input: a plan period now over, asked after a number, asks what it
 * achieved; a number asked after an outline is the plan's.
 */
import { describe, expect, it } from 'vitest';
import { conversationReader } from '../support/conversation.js';

const today = new Date('2026-12-03');
const { read, inConversation } = conversationReader(['江苏省', '安徽省', '国务院'], today);

describe('a plan period over, asked after a number', () => {
  it('asks what the period achieved', () => {
    expect(read('那十四五期间呢').intent).toBe('plan');
    expect(inConversation('那十四五期间呢', '江苏去年新建了几个老年医院').intent).toBe('result');
  });

  it('asks it of the earlier subject, the plan named as the time only', () => {
    expect(inConversation('那十四五期间呢', '江苏去年新建了几个老年医院').question).toMatch(/老年医院.*十四五期间/);
  });

  it('keeps a plan still to come, and one asked as a plan', () => {
    expect(inConversation('那十五五期间呢', '江苏去年新建了几个老年医院').intent).toBe('plan');
    expect(inConversation('那十四五期间的目标呢', '江苏去年新建了几个老年医院').intent).toBe('plan');
  });
});

describe('a number asked of an outline just shown', () => {
  it('is the plan’s, the item pointer out of the words searched', () => {
    const q = inConversation('第二项细说一下 科技领军企业培育几家', '安徽25年重点工作分哪几块');
    expect(q.intent).toBe('plan');
    expect(q.searchText).not.toMatch(/第二项|细说/);
    expect(q.searchText).toMatch(/科技领军企业/);
  });

  it('leaves a year of its own to decide', () => {
    expect(inConversation('2024年科技领军企业培育了几家', '安徽25年重点工作分哪几块').intent).not.toBe('plan');
  });
});
