import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { realCorpusEngine } from '../support/engine.js';

describe('one item of an outline, asked by its number', () => {
  let engine: Engine;
  let outline: Awaited<ReturnType<Engine['ask']>>;
  beforeAll(async () => {
    engine = await realCorpusEngine();
    outline = await engine.ask('总结钱塘区2025年的工作重点');
  });

  it('answers a follow-up "第三条具体说说" with that item of the outline just given, every commitment cited', async () => {
    const item = await engine.ask('第三条具体说说', { history: ['总结钱塘区2025年的工作重点'] });
    expect(item.notFound).toBe(false);
    expect(item.priorities).toHaveLength(1);
    expect(item.priorities[0]).toEqual(outline.priorities[2]);
    expect(item.text.split('\n')[0]).toMatch(/^钱塘区工作重点共\d+条，第3条/);
    expect(item.text.split('\n')[1]).toContain(outline.priorities[2].title);
    // Every quoted commitment is one of the item's cited sentences.
    expect(item.citations.length).toBe(outline.priorities[2].details.length + 1);
  });

  it('takes "最后一条" as the last item and a number past the end as the whole outline, said so', async () => {
    const last = await engine.ask('最后一条呢', { history: ['总结钱塘区2025年的工作重点'] });
    expect(last.priorities[0]).toEqual(outline.priorities[outline.priorities.length - 1]);
    const past = await engine.ask('第二十条', { history: ['总结钱塘区2025年的工作重点'] });
    expect(past.text.split('\n')[0]).toBe(`这份计划的工作重点只有${outline.priorities.length}条，没有第20条；全部如下。`);
    expect(past.priorities).toHaveLength(outline.priorities.length);
  });

  it('reads the number in a question that asks the outline itself, in English too', async () => {
    const second = await engine.ask('拱墅区2025年工作重点的第二条是什么');
    expect(second.priorities).toHaveLength(1);
    expect(second.text.split('\n')[0]).toMatch(/第2条/);
    const english = await engine.ask('tell me more about the second one', { history: ["What are Gongshu's priorities for 2025?"] });
    expect(english.priorities[0]?.title).toBe(second.priorities[0]?.title);
    expect(english.text.split('\n')[0]).toMatch(/^Gongshu District's priorities: item 2 of \d+/);
  });

  it('leaves a rank question with an ordinal alone', async () => {
    const answer = await engine.ask('第三条具体说说', { history: ['钱塘区2024年GDP是多少？'] });
    expect(answer.priorities).toHaveLength(0);
  });
});
