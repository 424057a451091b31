import { describe, expect, it } from 'vitest';
import { correctedPart } from '../../src/lang/zh/correction-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { followUpWording, readInConversation } from '../../src/understand/conversation.js';

/** Corrections in a conversation: what they say was meant replaces that slot, the rest carries over. */
const PLACES = knownPlaces(['浙江省', '江苏省', '上海市', '北京市', '安徽省']);
const today = new Date('2026-12-01');
const read = (q: string) => understandQuery(q, PLACES, { today });
const followUp = (q: string, earlier: string) => readInConversation(read(followUpWording(q)), read(earlier));

describe('what a correction says was meant', () => {
  it.each([
    ['不对，我问的是浙江', '浙江'],
    ['不是，我说的是2024年', '2024年'],
    ['不是目标，我要的是去年实际增长', '去年实际增长'],
    ['搞错了，是上海', '上海'],
    ['我是想问粮食产量', '粮食产量'],
    ['sorry, I meant Beijing', 'Beijing'],
    ['no, I was asking about 2023', '2023'],
  ])('%s → %s', (question, meant) => {
    expect(correctedPart(question)).toBe(meant);
  });

  it.each(['浙江去年GDP增长多少', '是多少', '不对', '不是说今年GDP目标5%吗', 'what was it in 2023?'])('%s is no correction', (question) => {
    expect(correctedPart(question)).toBeNull();
  });

  it('a question that is no correction is understood as written', () => {
    expect(followUpWording('那江苏呢')).toBe('那江苏呢');
  });
});

describe('a correction read in its conversation', () => {
  it('a corrected place replaces the place and keeps the topic and year', () => {
    const out = followUp('不对，我问的是浙江', '江苏去年GDP增长多少');
    expect(out.places).toEqual(['浙江省']);
    expect(out.years).toEqual([2025]);
    expect(out.indicators.map((i) => i.name)).toEqual(read('江苏去年GDP增长多少').indicators.map((i) => i.name));
  });

  it('a corrected year replaces the year and keeps the place and topic', () => {
    const out = followUp('不是，我说的是2024年', '上海去年GDP增长多少');
    expect(out.places).toEqual(['上海市']);
    expect(out.years).toEqual([2024]);
    expect(out.indicators.length).toBeGreaterThan(0);
  });

  it('a corrected kind asks the result where the earlier turn asked the target, without its 目标', () => {
    const out = followUp('不是目标，我要的是去年实际增长', '安徽今年进出口目标');
    expect(out.intent).toBe('result');
    expect(out.years).toEqual([2025]);
    expect(out.places).toEqual(['安徽省']);
    expect(out.searchText).not.toContain('目标');
  });

  it('a corrected topic replaces the topic and keeps the place and year', () => {
    const out = followUp('我是想问粮食产量', '江苏24年进出口');
    expect(out.places).toEqual(['江苏省']);
    expect(out.years).toEqual([2024]);
    expect(out.indicators.map((i) => i.name).join()).toContain('粮食');
  });

  it('an English correction of the place keeps the Chinese turn’s topic and year', () => {
    const out = followUp('sorry, I meant Beijing', '上海去年PM2.5多少');
    expect(out.places).toEqual(['北京市']);
    expect(out.years).toEqual([2025]);
    expect(out.indicators.length).toBeGreaterThan(0);
  });
});
