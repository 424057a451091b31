import { describe, expect, it } from 'vitest';
import { govCorpusEngine, realCorpusEngine } from '../support/engine.js';

/** Found in session 18's terminal trial, on the seed corpus. */
describe('asked in the words a user types', () => {
  const today = new Date('2026-12-03');

  it('"杭州2023年亚运会相关的内容" quotes what the report says of the Games', async () => {
    const engine = await realCorpusEngine();
    const answer = await engine.ask('杭州2023年亚运会相关的内容', { today });
    expect(answer.notFound).toBe(false);
    expect(answer.citations[0].sentence).toContain('亚运会');
  });

  it('"钱塘区2024年GDP相关数据" answers with the figure', async () => {
    const engine = await realCorpusEngine();
    const answer = await engine.ask('钱塘区2024年GDP相关数据', { today });
    expect(answer.text.split('\n')[0]).toMatch(/钱塘区2024年地区生产总值.*亿元/);
  });

  it('"国家今年赤字率多少": a figure only ever set is said to be the latest plan’s, never the latest result', async () => {
    const engine = await govCorpusEngine();
    const text = (await engine.ask('国家今年赤字率多少', { today })).text;
    expect(text).toContain('2025年赤字率（目标）：4%左右');
    expect(text).not.toContain('最新的实绩');
  });
});
