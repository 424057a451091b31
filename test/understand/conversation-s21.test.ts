/**
 * Session 21's conversation reading on hand-built input: "那最新的呢" after a year the reports do not hold, "具体数字" /
 * "具体数据呢" asking the number of what was talked about (never help), "两个省谁多" on the conversation's subject, and the
 * data rows added ("多不多" asking a number, 谁 / 两个 as no words a sentence writes).
 */
import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationReader } from '../support/conversation.js';
import { asksLatest } from '../../src/lang/zh/relative-years.js';
import { asksForQuantity } from '../../src/lang/zh/question-words.js';
import { GENERIC_SEARCH_TERMS } from '../../src/lang/zh/generic-words.js';
import { onlyAsksAgain } from '../../src/lang/zh/follow-up-words.js';

const today = new Date('2026-12-03');
const { read, inConversation } = conversationReader(['云南省', '浙江省', '吉林省', '湖南省', '山东省', '上海市', '国务院'], today);

describe('the latest asked after a year', () => {
  it('carries over no year of the conversation’s, and asks the same subject', () => {
    const q = inConversation('那最新的呢', '山东2015年新培育了几个省级现代海洋特色产业集聚区');
    expect(q.years).toEqual([]);
    expect(q.yearNotes).toEqual([]);
    expect(q.places).toEqual(['山东省']);
    expect(q.question).toContain('省级现代海洋特色产业集聚区');
    expect(q.question).not.toContain('2015');
  });

  it('keeps the conversation’s year for a follow-up that asks no latest', () => {
    expect(inConversation('那江苏呢', '山东2015年新培育了几个省级现代海洋特色产业集聚区').years).toEqual([2015]);
  });

  it('is read from the latest words only', () => {
    for (const q of ['那最新的呢', '最新数据呢', 'and the latest?', 'what about the most recent year?']) expect(asksLatest(q)).toBe(true);
    for (const q of ['那2023年呢', '最高的呢', '新增多少']) expect(asksLatest(q)).toBe(false);
  });
});

describe('the number asked again', () => {
  it('asks the conversation’s subject, not help nor a subject of its own', () => {
    const q = inConversation('具体数据呢', '浙江去年GDP怎么样');
    expect(q.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
    expect(q.years).toEqual([2025]);
    expect(inConversation('具体数字', '浙江去年GDP怎么样').indicators.map((i) => i.name)).toEqual(['地区生产总值']);
  });

  it('is only words of asking again', () => {
    for (const q of ['具体数字', '具体数据呢', '具体是多少', '绝对值呢']) expect(onlyAsksAgain(q, [], [])).toBe(true);
    expect(onlyAsksAgain('专精特新企业呢', [], [])).toBe(false);
  });
});

describe('which of the conversation’s places', () => {
  it('asks the earlier subject of both places', () => {
    const q = inConversation('两个省谁多', '云南25年居家适老化改造打算做多少户', '吉林呢');
    expect(q.places).toEqual(['云南省', '吉林省']);
    expect(q.question).toContain('居家适老化改造');
    expect(q.years).toEqual([2025]);
  });

  it('writes no word of its own a sentence must cover', () => {
    for (const w of ['谁', '两个', '更多']) expect(GENERIC_SEARCH_TERMS.has(w)).toBe(true);
  });
});

describe('whether a number is large', () => {
  it('asks the number', () => {
    expect(asksForQuantity('湖南国家级科技人才多不多')).toBe(true);
    expect(asksForQuantity('增速快不快')).toBe(true);
    expect(asksForQuantity('湖南国家级科技人才')).toBe(false);
    for (const w of ['多不多', '不多']) expect(GENERIC_SEARCH_TERMS.has(w)).toBe(true);
  });
});

describe('a title conferred', () => {
  it('names no country: 全国 after 获评 / 命名 begins the title', () => {
    expect(read('广东新获评全国文明城市的县级城市几个').places).toEqual([]);
    expect(understandQuery('广东新获评全国文明城市的县级城市几个', knownPlaces(['广东省', '国务院']), { today }).places).toEqual([
      '广东省',
    ]);
    expect(understandQuery('全国GDP多少', knownPlaces(['广东省', '国务院']), { today }).places).toEqual(['国务院']);
  });

  it('counts the places given the title: the count before them is the title’s', async () => {
    const { quantityMention } = await import('../../src/retrieve/indicator-mention.js');
    expect(quantityMention('5个地级市和5个县级城市新获评全国文明城市', ['全国文明城市'])).toBe(true);
    expect(quantityMention('19个地级以上市和2个县被命名为“全国双拥模范城', ['全国双拥模范城'])).toBe(true);
    expect(quantityMention('积极创建全国文明城市', ['全国文明城市'])).toBe(false);
  });
});

describe('several things asked with 分别 and a verb', () => {
  it('reads each thing listed before "分别建了几个"', async () => {
    const { askedSubjects } = await import('../../src/answer/several-subjects.js');
    expect(askedSubjects('福建省级市域产教联合体、行业产教融合共同体分别建了几个')).toEqual([
      '福建省级市域产教联合体',
      '行业产教融合共同体',
    ]);
    expect(askedSubjects('国家级和省级区域医疗中心分别有多少')).toHaveLength(2);
    expect(askedSubjects('福建省级市域产教联合体建了几个')).toEqual([]);
  });
});

describe('a trend asked of a subject named in full (found by the mutation run)', () => {
  it('is that subject, not the conversation’s', () => {
    const own = inConversation('不成套旧住房改造这几年增长了多少', '上海25年计划启动几个城中村改造项目');
    expect(own.indicators).toEqual([]);
    expect(own.question).not.toContain('城中村');
  });

  it('keeps the conversation’s subject for a trend, a rank or a comparison that names none', () => {
    for (const q of ['这几年怎么变的', '近几年趋势如何', '全国排第几', '和江苏比呢'])
      expect(inConversation(q, '上海25年计划启动几个城中村改造项目').indicators.map((i) => i.name)).toEqual(['城中村改造']);
  });
});

describe('milestones asked again of another place', () => {
  it('carries the milestone ask over to "浙江呢"', async () => {
    const { milestoneTailOf } = await import('../../src/lang/zh/asked-shape-words.js');
    expect(milestoneTailOf('江苏五年GDP连续迈上几个万亿台阶？')).toBe('连续迈上几个万亿台阶');
    expect(milestoneTailOf('江苏GDP多少')).toBeNull();
    expect(inConversation('浙江呢', '江苏五年GDP连续迈上几个万亿台阶').question).toContain('连续迈上几个万亿台阶');
    expect(inConversation('浙江呢', '江苏去年GDP多少').question).not.toContain('台阶');
  });
});
