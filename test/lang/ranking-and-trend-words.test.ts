import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { asksAmount, asksFromTo, asksTrend } from '../../src/lang/zh/trend-words.js';
import { placeLabel } from '../../src/lang/zh/place-words.js';

const places = knownPlaces(['钱塘区', '拱墅区', '杭州市', '浙江省', '江苏省', '山东省', '国务院']);
const understand = (q: string) => understandQuery(q, places, { today: new Date('2026-12-01') });

describe('words that ask a trend', () => {
  it('a span with no count, in Chinese and English', () => {
    for (const q of [
      '江苏这几年GDP增速',
      '上海历年居民收入',
      '北京GDP逐年变化',
      'What has Shandong’s GDP growth been in recent years?',
      'CPI over the past few years',
    ])
      expect(asksTrend(q), q).toBe(true);
  });

  it('a one-year question asks none', () => {
    for (const q of ['江苏2025年GDP增速', '今年的目标是多少', 'How big was the economy last year?']) expect(asksTrend(q), q).toBe(false);
  });
});

describe('where a figure went from and to, and amounts over years', () => {
  it('"从多少涨到多少" and "went from what" ask a from–to', () => {
    expect(asksFromTo('浙江这几年财政收入从多少涨到多少')).toBe(true);
    expect(asksFromTo('What did Shanghai GDP went from, and to what?')).toBe(true);
    expect(asksFromTo('浙江这几年财政收入怎么样')).toBe(false);
  });

  it('an amount is asked by 多少 or how much, not by the 几 of 这几年', () => {
    expect(asksAmount('浙江这几年财政收入多少')).toBe(true);
    expect(asksAmount('How much did retail sales reach')).toBe(true);
    expect(asksAmount('江苏近几年GDP')).toBe(false);
  });
});

describe('the places a superlative ranges over', () => {
  it('"哪个省" before a short indicator name leaves the name the indicator (社零)', () => {
    expect(understand('去年哪个省社零增速最快').indicators.map((i) => i.name)).toEqual(['社会消费品零售总额']);
    expect(understand('各省社零增速').indicators.map((i) => i.name)).toEqual(['社会消费品零售总额']);
  });

  it('a count of places is no place the reports lack ("八个省", "几个市")', () => {
    expect(understand('八个省里谁的城镇化率最低').unknownPlaces).toEqual([]);
    expect(understand('八个省2025年GDP谁最高').unknownPlaces).toEqual([]);
    expect(understand('几个市的GDP').unknownPlaces).toEqual([]);
    // An unknown name still is one.
    expect(understand('火星2024年GDP').unknownPlaces).toEqual(['火星']);
  });

  it('two places compared by how fast they grew, naming no indicator, compare GDP growth', () => {
    expect(understand('江苏和浙江去年谁增长快').indicators.map((i) => i.name)).toEqual(['地区生产总值']);
  });

  it('a growth target asked across places, naming no indicator, is GDP growth', () => {
    expect(understand('哪个区增长目标最高').indicators.map((i) => i.name)).toEqual(['地区生产总值']);
  });
});

describe('how an answer names a place', () => {
  it("the national reports' figures are 全国's; other issuers keep their names", () => {
    expect(placeLabel('国务院')).toBe('全国');
    expect(placeLabel('钱塘区')).toBe('钱塘区');
  });
});
