import { beforeAll, describe, expect, it } from 'vitest';
import { asksHow, asksHowItWent } from '../../src/lang/zh/question-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';
import { govCorpusEngine, govFirstLine } from '../support/engine.js';

/** "江苏去年外贸怎么样": how a named indicator went is told by its figures. */
const today = new Date('2026-12-01');
const PLACES = knownPlaces(['江苏省', '上海市', '广东省', '浙江省', '钱塘区', '山东省', '福建省']);
const read = (q: string) => understandQuery(q, PLACES, { today });

describe('asking how an indicator went', () => {
  it.each([
    '江苏去年外贸怎么样',
    '消费表现如何？',
    '进出口情况',
    'How did Shandong’s exports do last year?',
    "How have Jiangsu's exports performed?",
  ])('"%s" asks how it went', (q) => {
    expect(asksHowItWent(q.replace('’', "'"))).toBe(true);
  });

  it.each(['如何促进消费', '怎么提高居民收入', '外贸怎么稳住了', 'How to boost consumption'])(
    '"%s" asks for measures, not how it went',
    (q) => {
      expect(asksHowItWent(q)).toBe(false);
    },
  );

  it('"怎么样" is still a how-word for measures elsewhere: the two readings differ only at the end', () => {
    expect(asksHow('如何促进消费')).toBe(true);
  });

  it('asks the indicator’s figures, and with no year its latest result', () => {
    const q = read('广东的外贸怎么样');
    expect(q.indicators.map((i) => i.name)).toEqual(['进出口总额']);
    expect(q.wantsQuantity).toBe(true);
    expect(q.intent).toBe('result');
  });

  it('keeps the year it names', () => {
    const q = read('江苏2026年外贸怎么样');
    expect(q.years).toEqual([2026]);
    expect(q.intent).not.toBe('result');
  });

  it.each([
    ['钱塘区2024年工业怎么样', '规上工业增加值'],
    ['浙江去年投资怎么样', '固定资产投资'],
    ['江苏去年物价怎么样', '居民消费价格'],
    ['上海去年就业情况', '城镇新增就业'],
    ['广东去年财政怎么样', '一般公共预算收入'],
    ['山东去年投资增长多少', '固定资产投资'],
    ['广东今年就业目标多少人', '城镇新增就业'],
  ])('reads a whole sector after the place or year ("%s") as the indicator the reports measure it by', (q, indicator) => {
    expect(read(q).indicators.map((i) => i.name)).toEqual([indicator]);
  });

  it('reads a sector asked after 那 or at the end as that sector: "那外贸呢" after Fujian’s economy', () => {
    const q = conversationState(['福建去年经济咋样', '那外贸呢'].map(read));
    expect(q?.indicators.map((i) => i.name)).toEqual(['进出口总额']);
    expect(q?.places).toEqual(['福建省']);
    expect(q?.years).toEqual([2025]);
  });

  it('keeps a part of a sector its own: 民间投资, 工业投资, 新型消费', () => {
    for (const q of ['浙江民间投资增长多少', '钱塘区2024年工业投资增长多少', '新型消费增长多少'])
      expect(read(q).indicators.map((i) => i.name)).not.toContain('固定资产投资');
    expect(read('钱塘区2024年工业投资增长多少').indicators.map((i) => i.name)).not.toContain('规上工业增加值');
  });

  it('reads consumption as a whole as 社会消费品零售总额, never the consumer price index', () => {
    expect(read('上海去年消费表现如何').indicators.map((i) => i.name)).toEqual(['社会消费品零售总额']);
    expect(read('浙江居民消费价格涨幅目标').indicators.map((i) => i.name)).not.toContain('社会消费品零售总额');
    expect(read('新型消费增长多少').indicators.map((i) => i.name)).not.toContain('社会消费品零售总额');
  });
});

describe('on the reports', () => {
  beforeAll(() => govCorpusEngine(), 180_000);
  const firstLine = (question: string) => govFirstLine(question, today);

  it('"江苏去年外贸怎么样" leads with 2025’s 5.95万亿元 and 6%', async () => {
    expect(await firstLine('江苏去年外贸怎么样')).toMatch(/江苏省2025年进出口总额（实绩）：5\.95万亿元，增长6%/);
  });

  it('"上海去年消费表现如何" leads with 2025’s retail sales growth of 4.6%', async () => {
    expect(await firstLine('上海去年消费表现如何')).toMatch(/上海市2025年社会消费品零售总额（实绩）：.*4\.6%/);
  });
});
