import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { govCorpusEngine } from '../support/engine.js';

/**
 * A city with no report of its own, named in a covered province's report: its own figure there answers the
 * question (said whose report it is); a sentence about the province's figure beside the city's name does not.
 */
const today = new Date('2026-12-01');
let engine: Engine;
beforeAll(async () => {
  engine = await govCorpusEngine();
});
const ask = (q: string) => engine.ask(q, { today });

describe('a city named in a covered report', () => {
  it("answers with the city's own figure from the province's report, saying whose report it is", async () => {
    const answer = await ask('深圳地铁单日最高客运量多少');
    const first = answer.text.split('\n')[0];
    expect(answer.notFound).toBe(false);
    expect(first).toContain('深圳市没有单独的报告');
    expect(first).toContain('1305万人次');
    expect(first).not.toContain('1409');
    expect(answer.citations[0]?.sentence).toContain('深圳地铁线网单日最高客运量');
  });

  it("is still a refusal when the sentence's figure is the province's, not the city's", async () => {
    expect((await ask('深圳机场旅客吞吐量多少')).notFound).toBe(true);
  });

  it('shows what the province says of a city the passages found first leave out', async () => {
    const answer = await ask('合肥有什么重大项目');
    expect(answer.notFound).toBe(true);
    expect(answer.text.split('\n')[0]).toContain('合肥市');
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const c of answer.citations) expect(c.sentence).toContain('合肥');
  });

  it('refuses a city figure no report states, with no figure of another place', async () => {
    const answer = await ask('合肥GDP多少');
    expect(answer.notFound).toBe(true);
    expect(answer.figures).toEqual([]);
  });
});
