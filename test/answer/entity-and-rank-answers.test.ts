import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import type { Answer } from '../../src/answer/schema.js';
import { distinctiveTerm } from '../../src/retrieve/distinctive-term.js';
import { govCorpusEngine } from '../support/engine.js';

/** Named things, rank holders, the latest plan for "今年" and unknown indicators, over the corpus plus the work reports. */
const today = new Date('2026-12-01');
let engine: Engine;

beforeAll(async () => {
  engine = await govCorpusEngine();
}, 120_000);

const ask = (question: string): Promise<Answer> => engine.ask(question, { today });
const firstLine = (answer: Answer): string => answer.text.split('\n')[0];

describe('a question naming a project the reports hold', () => {
  it('finds the rare run of characters or code the question shares with the reports', () => {
    const sentences = engine.retriever.corpus.sentences;
    expect(distinctiveTerm('竞潮快速路进展如何', sentences)).toBe('竞潮快速路');
    expect(distinctiveTerm('今天天气怎么样', sentences)).toBeNull();
    expect(distinctiveTerm('比特币价格多少', sentences)).toBeNull();
  });

  it('is answered from the sentence naming it, not refused as off-topic', async () => {
    const answer = await ask('竞潮快速路现在进展怎么样了');
    expect(answer.notFound).toBe(false);
    expect(answer.citations[0].sentence).toContain('竞潮快速路');
  });

  it('a question about nothing the reports hold is still refused', async () => {
    expect((await ask('今天天气怎么样')).notFound).toBe(true);
  });
});

describe('which place holds a rank', () => {
  it('quotes the sentence where a report states the rank, under its place', async () => {
    const answer = await ask('哪个城市是全国首个经济总量突破5万亿元的');
    expect(answer.notFound).toBe(false);
    expect(answer.citations[0].sentence).toMatch(/全国首个经济总量突破5万亿元/);
    expect(firstLine(answer)).toContain(answer.citations[0].district);
  });

  it('the rank of the asked indicator, not another one at the same rank', async () => {
    const answer = await ask('哪个省的一般公共预算收入排全国第3位');
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const c of answer.citations) expect(c.sentence).toContain('一般公共预算收入');
  });
});

describe('a target asked for "今年" past the place\'s latest plan', () => {
  it('refuses the year, and shows the latest plan with its year in the first line', async () => {
    const answer = await ask('拱墅今年全社会研发投入目标是多少');
    expect(answer.notFound).toBe(true);
    expect(firstLine(answer)).toMatch(/2026年/);
    expect(firstLine(answer)).toMatch(/2025年/);
    expect(firstLine(answer)).toContain('26亿元');
  });

  it('a year written out stays a refusal that shows the nearest', async () => {
    const answer = await ask('拱墅2026年全社会研发投入目标是多少');
    expect(answer.notFound).toBe(true);
  });
});

describe('a quantity of an indicator the reports do not give', () => {
  it('is refused rather than answered by a sentence that only names its subject', async () => {
    expect((await ask('上海2025年房地产开发投资增长多少')).notFound).toBe(true);
  });
});
