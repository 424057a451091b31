import { beforeAll, describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';
import { asksAboutPlaceOnly } from '../../src/understand/place-only-question.js';
import { govCorpusEngine, govFirstLine } from '../support/engine.js';

/** "安徽去年成绩单", "How did Anhui do last year?": a place, a time and how it did, nothing else. */
const today = new Date('2026-12-01');
const PLACES = knownPlaces(['国务院', '安徽省', '杭州市', '浙江省', '拱墅区', '钱塘区', '上海市', '北京市']);
const read = (q: string) => understandQuery(q, PLACES, { today });

describe('a question that names a place and asks how it did', () => {
  it.each([
    '安徽去年成绩单',
    '浙江去年日子过得咋样',
    '拱墅区去年干得咋样',
    '杭州2023年取得了哪些成绩',
    '说说浙江去年的发展成绩',
    '钱塘区怎么样？',
    'How did Anhui do last year?',
    'What did Hangzhou achieve in 2023?',
    "What were Hangzhou's main achievements in 2023?",
    'How is Zhejiang doing?',
  ])('"%s" names nothing but the place and time', (q) => {
    expect(asksAboutPlaceOnly(q)).toBe(true);
  });

  it.each([
    '钱塘区教育怎么样',
    '安徽2026年目标',
    '安徽准备干啥',
    '钱塘区GDP多少',
    "How did Anhui's exports do last year?",
    '大创小镇怎么样',
  ])('"%s" names a subject of its own', (q) => {
    expect(asksAboutPlaceOnly(q)).toBe(false);
  });

  it('needs a place: "怎么样" alone asks nothing', () => {
    expect(asksAboutPlaceOnly('怎么样')).toBe(false);
    expect(asksAboutPlaceOnly('How did it do last year?')).toBe(false);
  });

  it('asks the economy’s figures: GDP, a quantity, the year’s result', () => {
    const q = read('安徽去年成绩单');
    expect(q.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
    expect(q.wantsQuantity).toBe(true);
    expect(q.years).toEqual([2025]);
    expect(q.intent).toBe('result');
  });

  it('with no year asks the latest result, not next year’s target', () => {
    const q = read('How is Zhejiang doing?');
    expect(q.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
    expect(q.intent).toBe('result');
  });

  it('keeps its own subject and its outline', () => {
    expect(read('钱塘区教育怎么样').indicators.map((i) => i.name)).not.toContain('地区生产总值');
    expect(read('总结钱塘区2025年的工作重点').indicators).toEqual([]);
  });
});

describe('in a conversation', () => {
  const inConversation = (...questions: string[]) => conversationState(questions.map(read));

  it('"钱塘区怎么样？" after an outline question asks that outline of 钱塘区', () => {
    const q = inConversation('总结拱墅区2025年的工作重点', '钱塘区怎么样？');
    expect(q?.wantsPriorities).toBe(true);
    expect(q?.places).toEqual(['钱塘区']);
    expect(q?.indicators).toEqual([]);
  });

  it('"安徽去年成绩单" after an outline question stands alone: the economy', () => {
    const q = inConversation('总结拱墅区2025年的工作重点', '安徽去年成绩单');
    expect(q?.wantsPriorities).toBe(false);
    expect(q?.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
    expect(q?.places).toEqual(['安徽省']);
  });

  it('"哪个增长更快？" after two places’ GDP compares the two, not every province', () => {
    const q = inConversation('上海去年GDP多少', '北京呢', '哪个增长更快？');
    expect(q?.places).toEqual(['上海市', '北京市']);
    expect(q?.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
    expect(q?.years).toEqual([2025]);
  });

  it('"Which one grew faster?" after two places’ GDP compares the two', () => {
    const q = inConversation("What was Shanghai's GDP last year?", 'And Beijing?', 'Which one grew faster?');
    expect(q?.places).toEqual(['上海市', '北京市']);
  });

  it('"哪个省增长最快" after an outline question ranks GDP growth, not the outline', () => {
    const q = inConversation('总结钱塘区2025年的工作重点', '哪个省增长最快');
    expect(q?.wantsPriorities).toBe(false);
    expect(q?.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
  });

  it('"浙江怎么样" after a GDP growth question asks Zhejiang’s GDP', () => {
    const q = inConversation('钱塘区2024年GDP增长多少', '浙江怎么样');
    expect(q?.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
    expect(q?.places).toEqual(['浙江省']);
  });
});

describe('on the reports', () => {
  beforeAll(() => govCorpusEngine(), 180_000);
  const firstLine = (question: string) => govFirstLine(question, today);

  it('"How did Anhui do last year?" leads with Anhui’s 2025 GDP', async () => {
    expect(await firstLine('How did Anhui do last year?')).toMatch(/Anhui 2025 GDP.*5\.3.*5\.5%/);
  });

  it('"安徽去年成绩单" leads with 2025’s 5.3万亿元 and 5.5%', async () => {
    expect(await firstLine('安徽去年成绩单')).toMatch(/安徽省2025年地区生产总值（实绩）：5\.3万亿元，增长5\.5%/);
  });
});
