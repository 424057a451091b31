import { describe, expect, it } from 'vitest';
import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { conversationState, readInConversation } from '../../src/understand/conversation.js';

/** The issuers of the corpus and the work reports, as the engine knows them. */
const PLACES = knownPlaces([
  '钱塘区',
  '杭州市',
  '拱墅区',
  '国务院',
  '上海市',
  '北京市',
  '安徽省',
  '福建省',
  '广东省',
  '江苏省',
  '山东省',
  '浙江省',
]);
const today = new Date('2026-12-01');
const understood = (question: string): UnderstoodQuery => understandQuery(question, PLACES, { today });
const followUp = (question: string, previous: string): UnderstoodQuery => readInConversation(understood(question), understood(previous));
const indicatorNames = (query: UnderstoodQuery): string[] => query.indicators.map((i) => i.name);

describe('readInConversation: a follow-up takes only the slots it leaves empty', () => {
  it('a new place keeps the earlier year, indicator and intent', () => {
    const query = followUp('钱塘区的呢？', '杭州2023年GDP是多少');
    expect(query.places).toEqual(['钱塘区']);
    expect(query.years).toEqual([2023]);
    expect(indicatorNames(query)).toEqual(['地区生产总值']);
    expect(query.intent).toBe('result');
    expect(query.wantsQuantity).toBe(true);
    // Read as asking what the earlier question measured.
    expect(query.question).toBe('地区生产总值钱塘区的呢？');
  });

  it('a new year keeps the earlier place and topic, and searches without the earlier year', () => {
    const query = followUp('那2023年呢？', '杭州2024年GDP是多少');
    expect(query.places).toEqual(['杭州市']);
    expect(query.years).toEqual([2023]);
    expect(indicatorNames(query)).toEqual(['地区生产总值']);
    expect(query.searchText).toBe('杭州GDP是多少 那2023年呢?');
    expect(query.ask).toBe('figure.amount');
  });

  it('a new indicator keeps the earlier place and year but not the earlier indicator', () => {
    const query = followUp('财政收入呢？', '杭州2023年GDP是多少');
    expect(query.places).toEqual(['杭州市']);
    expect(query.years).toEqual([2023]);
    expect(indicatorNames(query)).toEqual(['一般公共预算收入']);
    expect(query.searchText).toBe('财政收入呢?');
  });

  it('keeps the part of the year asked before when the follow-up names none', () => {
    const query = followUp('服务业增加值呢？', '拱墅区2025年一季度GDP增长多少');
    expect(query.places).toEqual(['拱墅区']);
    expect(query.years).toEqual([2025]);
    expect(query.part).toBe('Q1');
    expect(indicatorNames(query)).toEqual(['服务业增加值']);
  });

  it('carries the reading note of an inherited relative year', () => {
    const query = followUp('钱塘区的呢？', '杭州去年GDP是多少');
    expect(query.years).toEqual([2025]);
    expect(query.yearNotes).toEqual([{ phrase: '去年', year: 2025 }]);
    expect(query.searchText).toBe('杭州去年GDP是多少 钱塘区的呢?');
  });
});

describe('readInConversation: a complete question stands alone', () => {
  it('names its own place and topic, so inherits no year', () => {
    const query = followUp('钱塘区财政收入是多少', '杭州2023年GDP是多少');
    expect(query.places).toEqual(['钱塘区']);
    expect(query.years).toEqual([]);
    expect(query.planPeriod).toBeNull();
    expect(indicatorNames(query)).toEqual(['一般公共预算收入']);
    expect(query.searchText).toBe('钱塘区财政收入是多少');
  });

  it('inherits no relative year or its reading note', () => {
    const query = followUp('钱塘区财政收入是多少', '杭州去年GDP是多少');
    expect(query.years).toEqual([]);
    expect(query.yearNotes).toEqual([]);
  });

  it('keeps its own year, place and topic over the earlier ones', () => {
    const { conversationPlaces, topicPlaces, conversationYears, conversationPlanYears, ...query } = followUp(
      '钱塘区2024年财政收入是多少',
      '杭州2023年GDP是多少',
    );
    expect(query).toEqual(understood('钱塘区2024年财政收入是多少'));
    // Only remembered, for a later "哪个更高" or "两年一样多吗" (session 37).
    expect(conversationPlaces).toEqual(['杭州市', '钱塘区']);
    expect(conversationYears).toEqual([2023, 2024]);
    // Neither asked as a plan (session 38).
    expect(conversationPlanYears).toEqual([]);
    // Its own topic starts a new run of places (session 24).
    expect(topicPlaces).toEqual(['钱塘区']);
  });
});

describe('readInConversation: an elliptical follow-up keeps the topic and what was asked', () => {
  it('"农村的呢？" after an income question keeps the income indicator and searches with both', () => {
    const query = followUp('农村的呢？', '杭州2023年城镇居民人均可支配收入是多少');
    expect(query.places).toEqual(['杭州市']);
    expect(query.years).toEqual([2023]);
    expect(indicatorNames(query)).toEqual(['居民人均可支配收入']);
    expect(query.searchText).toBe('杭州城镇居民人均可支配收入是多少 农村的呢?');
    expect(query.intent).toBe('result');
    expect(query.wantsQuantity).toBe(true);
    expect(query.ask).toBe('figure.amount');
  });

  it('"钱塘区的呢？" after an outline question asks the outline of 钱塘区 for the same year', () => {
    const query = followUp('钱塘区的呢？', '拱墅区2025年工作重点有哪些');
    expect(query.places).toEqual(['钱塘区']);
    expect(query.years).toEqual([2025]);
    expect(query.wantsPriorities).toBe(true);
    expect(query.wantsQuantity).toBe(false);
    expect(query.ask).toBe('outline');
    expect(query.searchText).toBe('拱墅区工作重点有哪些 钱塘区的呢?');
  });

  it('keeps an outline asked in everyday words ("准备抓哪几件事")', () => {
    const query = followUp('钱塘区的呢？', '钱塘区2025年准备抓哪几件事');
    expect(query.wantsPriorities).toBe(true);
    expect(query.years).toEqual([2025]);
    expect(query.places).toEqual(['钱塘区']);
  });

  it('"那2023年呢？" after an outline question still asks the outline', () => {
    const query = followUp('那2023年呢？', '拱墅区2025年工作重点有哪些');
    expect(query.places).toEqual(['拱墅区']);
    expect(query.years).toEqual([2023]);
    expect(query.wantsPriorities).toBe(true);
  });
});

describe('conversationState', () => {
  it('is null for no questions and the question itself for one', () => {
    expect(conversationState([])).toBeNull();
    const only = understood('杭州2023年GDP是多少');
    expect(conversationState([only])).toBe(only);
  });

  it('folds a chain of three: place from the second, year from the third, topic from the first', () => {
    const state = conversationState([understood('杭州2023年GDP是多少'), understood('钱塘区的呢？'), understood('那2024年呢？')]);
    expect(state).not.toBeNull();
    expect(state?.places).toEqual(['钱塘区']);
    expect(state?.years).toEqual([2024]);
    expect(state?.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
    expect(state?.intent).toBe('result');
    expect(state?.wantsQuantity).toBe(true);
    expect(state?.searchText).toBe('杭州GDP是多少 钱塘区的呢? 那2024年呢?');
    expect(state?.question).toBe('地区生产总值那2024年呢？');
  });

  it('a complete question in the middle of a chain starts the topic afresh', () => {
    const state = conversationState([
      understood('杭州2023年GDP是多少'),
      understood('钱塘区2024年财政收入是多少'),
      understood('拱墅区的呢？'),
    ]);
    expect(state?.places).toEqual(['拱墅区']);
    expect(state?.years).toEqual([2024]);
    expect(state?.indicators.map((i) => i.name)).toEqual(['一般公共预算收入']);
  });
});
