/**
 * Session 22's conversation reading on hand-built input: a span of years carried into a question with a topic of its own
 * is marked as carried (its own ask stands), and an elliptical follow-up carries the span as the earlier ask's.
 */
import { describe, expect, it } from 'vitest';
import { conversationReader } from '../support/conversation.js';

const today = new Date('2026-12-03');
const { read, inConversation } = conversationReader(['浙江省', '江苏省', '国务院'], today);

describe('a span carried into a new topic', () => {
  it('marks the span carried when the follow-up names its own topic', () => {
    const q = inConversation('研发投入强度提高到多少', '浙江过去五年GDP增长多少');
    expect(q.yearSpan).toEqual({ from: 2021, to: 2025 });
    expect(q.spanCarried).toBe(true);
  });

  it('does not mark an elliptical follow-up, which keeps the earlier ask whole', () => {
    const q = inConversation('那江苏呢', '浙江过去五年GDP走势');
    expect(q.yearSpan).toEqual({ from: 2021, to: 2025 });
    expect(q.spanCarried).toBeUndefined();
  });

  it('does not mark a question that writes its own span', () => {
    expect(read('浙江过去五年GDP增长多少').spanCarried).toBeUndefined();
    expect(inConversation('过去五年研发投入强度提高到多少', '浙江GDP多少').spanCarried).toBeUndefined();
  });
});

describe('a subject of its own asked the earlier way', () => {
  const { inConversation: on } = conversationReader(['福建省', '广东省'], today);
  it('asks a count of the new subject with the earlier count’s measure word', () => {
    expect(on('单项冠军呢', '福建24年新增专精特新小巨人企业几家').question).toBe('单项冠军几家');
  });
  it('compares the earlier subject when a place is added', () => {
    const q = on('跟广东比呢', '福建24年国家级制造业单项冠军企业几家');
    expect(q.places).toEqual(['福建省', '广东省']);
    expect(q.question).toContain('国家级制造业单项冠军企业');
  });
});

describe('which of the places talked about', () => {
  const { inConversation: on } = conversationReader(['安徽省', '山东省', '浙江省', '江苏省'], today);
  it('reads "哪个省定得多" as which of them, searching the earlier subject only', () => {
    const q = on('哪个省定得多', '安徽25年新增几个国家级临床重点专科', '山东呢');
    expect(q.places).toEqual(['安徽省', '山东省']);
    expect(q.intent).toBe('plan');
    expect(q.searchText).not.toContain('省定');
    expect(q.searchText).toContain('临床重点专科');
  });
  it('keeps a measure the follow-up writes beside its which-of-them', () => {
    expect(on('增速哪个更高', '浙江去年GDP多少', '江苏呢').searchText).toContain('增速');
  });
  it('asks the same again a year further on ("再往前一年呢")', () => {
    const q = on('再往前一年呢', '浙江去年新增公园多少座');
    expect(q.years).toEqual([2024]);
    expect(q.question).toContain('新增公园');
  });
});

describe('a count of years said by what follows it', () => {
  it('reads 五年里 / 三年间 as the years counted back, and 两年内 / 第五年里 as none', () => {
    expect(read('浙江五年里GDP增长多少').yearSpan).toEqual({ from: 2021, to: 2025 });
    expect(read('浙江三年间GDP增长多少').yearSpan).toEqual({ from: 2023, to: 2025 });
    expect(read('浙江两年内建成多少').yearSpan).toBeNull();
    expect(read('浙江第五年里建成多少').yearSpan).toBeNull();
  });
});

describe('the latest asked, then a subject of its own', () => {
  const { inConversation: on } = conversationReader(['江苏省'], today);
  it('carries no year read from "最近一年" into a new subject, which asks its own latest', () => {
    const q = on('四好农村路新改建多少公里', '江苏2012年建成了多少个特色田园乡村', '最近一年的呢 和美乡村建成多少');
    expect(q.years).toEqual([]);
    expect(q.places).toEqual(['江苏省']);
  });
  it('still carries a year written out into a new subject', () => {
    expect(on('四好农村路新改建多少公里', '江苏2024年和美乡村建成多少').years).toEqual([2024]);
  });
});

describe('two of the places talked about', () => {
  const { inConversation: on } = conversationReader(['浙江省', '江苏省', '广东省', '福建省'], today);
  it('reads "两个省谁多" as the last two places named, not every place of the conversation', () => {
    const q = on('两个省谁多', '浙江去年GDP增长多少', '江苏呢', '广东有多少家国家级专精特新小巨人', '那福建呢');
    expect(q.places).toEqual(['广东省', '福建省']);
  });
  it('reads "哪个更高" as every place talked about', () => {
    expect(on('哪个更高', '浙江去年GDP增长多少', '江苏呢', '广东呢').places).toEqual(['浙江省', '江苏省', '广东省']);
  });
});

describe('which of the places just compared', () => {
  const { inConversation: on } = conversationReader(['广东省', '上海市', '北京市'], today);
  it('reads "哪个高" after a comparison as its two places, not every place of the conversation', () => {
    expect(on('哪个高', '广东巴黎奥运会拿了几块金牌', '上海今年GDP目标', '跟北京比呢').places).toEqual(['上海市', '北京市']);
  });
});
