import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { realCorpusEngine } from '../support/engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await realCorpusEngine();
});

/** The real Engine.passages, which Slack's "Show passages" button calls with an answer's citation ids. */
describe('the passages behind an answer', () => {
  it('gives each cited sentence its whole paragraph, with the report title and section path', async () => {
    const answer = await engine.ask('钱塘区2024年GDP是多少？');
    const cited = answer.citations.slice(0, 3);
    expect(cited.length).toBeGreaterThan(0);
    const passages = await engine.passages(cited.map((c) => c.id));
    expect(passages.map((p) => p.citationId)).toEqual(cited.map((c) => c.id));
    for (const [i, p] of passages.entries()) {
      expect(p.text).toContain(cited[i].sentence);
      expect(p.title).toBe(cited[i].title);
      expect(p.section).toBe(cited[i].section);
    }
    // The paragraph is more than the sentence: the one with 1416亿元 goes on to the growth rate.
    const gdp = passages.find((p) => p.text.includes('全年地区生产总值达1416亿元'))!;
    expect(gdp.text.length).toBeGreaterThan(cited.find((c) => c.sentence.includes('1416亿元'))!.sentence.length);
    expect(gdp.title).toContain('杭州市钱塘区2024年国民经济和社会发展计划执行情况');
  });

  it('keeps the order asked, and leaves out ids the corpus does not hold', async () => {
    const answer = await engine.ask('拱墅区2022年新增国家高新技术企业多少家？');
    const [a, b] = answer.citations;
    expect(b).toBeDefined();
    const passages = await engine.passages([b.id, 'no-such-sentence', a.id]);
    expect(passages.map((p) => p.citationId)).toEqual([b.id, a.id]);
    expect(await engine.passages([])).toEqual([]);
  });
});
