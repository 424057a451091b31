import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { realCorpusEngine } from '../support/engine.js';
import { shortHash } from '../../src/ingest/hash.js';

let engine: Engine;
beforeAll(async () => {
  engine = await realCorpusEngine();
});

const QUESTIONS = [
  '钱塘区2024年GDP是多少？',
  '钱塘区2024年一般公共预算收入是多少？',
  '拱墅区2025年一季度固定资产投资变化如何？',
  '钱塘区和拱墅区2025年GDP增长目标分别是多少',
  "What is Gongshu's 2025 GDP growth target?",
  '钱塘区“十四五”末人均生产总值目标是多少？',
  '拱墅区2022年为什么没完成GDP目标？',
  '杭州2023年货物出口总额是多少？',
  '总结拱墅区2025年的工作重点',
  '钱塘区2021年重点做好哪几方面工作？',
  "What are Hangzhou's priorities for 2024?",
  'How many new national high-tech enterprises did Gongshu add in 2022?',
  '上城区2024年GDP是多少？',
];

const numbers = (text: string) => text.normalize('NFKC').match(/\d+(?:\.\d+)?/g) ?? [];

describe('the answer text', () => {
  it.each(QUESTIONS)('holds no number that is not in its citations: %s', async (q) => {
    const answer = await engine.ask(q);
    const cited = answer.citations.map((c) => `${c.sentence} ${c.section} ${c.title}`.normalize('NFKC')).join(' ');
    // Citation markers [n] are ours; coverage lists in refusals name the corpus's own periods.
    const text = answer.text.replace(/\[\d+\]/g, '').split(/报告覆盖范围|The corpus covers/)[0];
    for (const n of numbers(text)) expect(cited, `"${n}" in: ${text}`).toContain(n);
  });

  it.each(QUESTIONS)('never carries a spam brand, not even inside an id: %s', async (q) => {
    expect(JSON.stringify(await engine.ask(q))).not.toMatch(/b33/i);
  });

  it('makes ids that cannot spell "b33"', () => {
    for (let i = 0; i < 2000; i++) expect(shortHash(`probe ${i}`, 12)).not.toContain('b');
  });

  it('leads with one direct sentence built from the asked figure', async () => {
    const answer = await engine.ask('钱塘区2024年一般公共预算收入是多少？');
    expect(answer.text.split('\n')[0]).toBe('钱塘区2024年一般公共预算收入（实绩）：134亿元，增长6.1% [1]');
    expect(answer.figures[0]).toMatchObject({
      indicator: '一般公共预算收入',
      value: 134,
      unit: '亿元',
      kind: 'actual',
      district: '钱塘区',
      period: '2024',
    });
    expect(answer.figures[0].citationId).toBe(answer.citations[0].id);
  });

  it('frames English questions in English and quotes the report in Chinese', async () => {
    const answer = await engine.ask("What was Hangzhou's GDP in 2023?");
    // English names where the glossary has them, the report's own beside them, and the amount in English.
    expect(answer.text).toMatch(/^Hangzhou City 2023 GDP \(地区生产总值, actual\): 20059亿元 \(2\.01 trillion yuan\), up 5\.6% \[1\]/);
    expect(answer.text).toContain('全市地区生产总值实现20059亿元');
  });

  it('leads with the figure the question names as written', async () => {
    expect((await engine.ask('杭州2023年制造业利用外资多少？')).text).toMatch(/^杭州市2023年制造业利用外资（实绩）：45\.4亿美元/);
    expect((await engine.ask('杭州2023年城镇居民人均可支配收入是多少？')).text).toMatch(
      /^杭州市2023年城镇居民人均可支配收入（实绩）：80587元/,
    );
  });

  it('gives each side of a comparison its own figure', async () => {
    const answer = await engine.ask('钱塘区和拱墅区2025年GDP增长目标分别是多少');
    const byPlace = Object.fromEntries(answer.figures.slice(0, 2).map((f) => [f.district, f.value]));
    expect(byPlace).toEqual({ 钱塘区: 5.6, 拱墅区: 5.5 });
    expect(answer.figures.slice(0, 2).every((f) => f.kind === 'target' && f.qualifier === '左右')).toBe(true);
  });

  it('never returns figures with a refusal', async () => {
    const answer = await engine.ask('滨江区2024年地区生产总值是多少？');
    expect(answer).toMatchObject({ notFound: true, figures: [], citations: [] });
  });
});
