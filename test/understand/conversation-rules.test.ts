import { describe, expect, it } from 'vitest';
import { asksForLowest, asksForRanking, rankedLevel } from '../../src/lang/zh/superlative-words.js';
import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { readInConversation } from '../../src/understand/conversation.js';

/**
 * Each rule of reading a question in its conversation, on questions built by hand: the earlier
 * question is fixed, the follow-up is the understood question with one field set, so each test
 * fails when its own rule breaks.
 */
const PLACES = knownPlaces(['钱塘区', '拱墅区', '杭州市']);
const read = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-01') });
const earlier = read('钱塘区2024年GDP增长目标是多少');
const withAsk = (q: UnderstoodQuery, ask: UnderstoodQuery['ask'], askConfidence: number): UnderstoodQuery => ({ ...q, ask, askConfidence });

describe('questions that take nothing from the conversation', () => {
  it('help above the confidence bar is returned as asked', () => {
    const help = withAsk(read('你还能做什么'), 'help', 0.9);
    expect(readInConversation(help, earlier)).toBe(help);
  });

  it('help below the bar is read as a follow-up', () => {
    const unsure = withAsk(read('还有呢'), 'help', 0.3);
    expect(readInConversation(unsure, earlier).places).toEqual(['钱塘区']);
  });

  it('an off-topic question above the bar is returned as asked', () => {
    const offTopic = withAsk(read('今天天气怎么样'), 'out-of-scope', 0.9);
    expect(readInConversation(offTopic, earlier)).toBe(offTopic);
  });

  it('an off-topic-looking question that names a place is still read in the conversation', () => {
    const named = withAsk(read('拱墅区呢'), 'out-of-scope', 0.9);
    const out = readInConversation(named, earlier);
    expect(out).not.toBe(named);
    expect(out.years).toEqual([2024]);
  });

  it('a confident superlative takes no places; an unsure one does', () => {
    const ranking = withAsk(read('哪个区GDP增长目标最高'), 'superlative', 0.9);
    expect(readInConversation(ranking, earlier).places).toEqual([]);
    // Without "which … most" words an unsure reading decides nothing.
    expect(readInConversation(withAsk(read('GDP增长目标最高的呢'), 'superlative', 0.3), earlier).places).toEqual(['钱塘区']);
  });
});

describe('slots a follow-up fills itself', () => {
  it('keeps its own year and its own place', () => {
    const out = readInConversation(read('拱墅区2022年GDP是多少'), earlier);
    expect(out.places).toEqual(['拱墅区']);
    expect(out.years).toEqual([2022]);
  });

  it('a named place and its own subject stand alone: no year, no intent inherited', () => {
    const out = readInConversation(read('拱墅区国家高新技术企业有多少家'), earlier);
    expect(out.years).toEqual([]);
    expect(out.intent).not.toBe('plan');
  });

  it('takes the earlier intent only when it states none', () => {
    expect(readInConversation(read('研发投入呢'), earlier).intent).toBe('plan');
    expect(readInConversation(read('那实际完成了多少呢'), earlier).intent).toBe('result');
  });

  it('keeps asking how much, unless it asks for an outline', () => {
    expect(readInConversation(read('财政收入呢'), earlier).wantsQuantity).toBe(true);
    expect(readInConversation(read('拱墅区2025年工作重点呢'), earlier).wantsQuantity).toBe(false);
  });

  it('takes the year part only when it names none', () => {
    const quarter = read('拱墅区2025年一季度GDP增长多少');
    expect(readInConversation(read('社零呢'), quarter).part).toBe('Q1');
  });
});

describe('what a superlative asks', () => {
  it('the lowest end for 最低/最慢/lowest, the highest otherwise', () => {
    expect(asksForLowest('哪个省GDP增速最低')).toBe(true);
    expect(asksForLowest('Which province grew slowest?')).toBe(true);
    expect(asksForLowest('哪个省GDP增速最高')).toBe(false);
  });

  it('the level of place it ranks', () => {
    expect(rankedLevel('哪个省GDP最高')).toBe('province');
    expect(rankedLevel('Which city grew fastest?')).toBe('city');
    expect(rankedLevel('哪个区社零增长最快')).toBe('district');
    expect(rankedLevel('谁的GDP最高')).toBeNull();
  });

  it('a ranking only with a ranking word; a milestone is a lookup', () => {
    expect(asksForRanking('哪个省GDP增长目标最高')).toBe(true);
    expect(asksForRanking('Which province grew fastest?')).toBe(true);
    expect(asksForRanking('全国第一个经济总量破5万亿的城市是哪个')).toBe(false);
  });
});
