import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { handWrittenReportsEngine } from '../support/engine.js';

/**
 * Session 45's mutation survivors (stryker.s45.json) in the retriever's evidence check and question cutting, told apart on
 * a small report of hand-written sentences.
 */
const today = new Date('2026-12-06');
let engine: Engine;

beforeAll(async () => {
  engine = await handWrittenReportsEngine('s45-evidence-', {
    '2026_SH_上海市_政府工作报告.txt': [
      '2026年上海市政府工作报告',
      '一、2025年工作回顾',
      '全市新开首店1200家，新增咖啡店300家。',
      '建成重点产业专利池44个、高价值专利培育中心15家。',
      '完成老旧小区改造120个，新增养老床位3000张。',
      '二、2026年主要工作',
      '新增养老床位3500张。',
    ],
  });
});

const ask = async (question: string) => {
  const answer = await engine.ask(question, { today });
  return { notFound: answer.notFound, first: answer.text.split('\n')[0] ?? '' };
};

describe('a kind of business no report names (the evidence check)', () => {
  it('"纹身店有多少家" is refused: 纹身 weighs twice, 店 and 家 do not make up for it', async () => {
    expect((await ask('上海去年纹身店有多少家')).notFound).toBe(true);
    expect((await ask('上海去年纹身店多少家')).notFound).toBe(true);
  });

  it('a kind the report writes is answered: "咖啡店有多少家" 300家', async () => {
    const answer = await ask('上海去年咖啡店有多少家');
    expect(answer.notFound).toBe(false);
    expect(answer.first).toMatch(/300家/);
  });
});

describe('the 有 before how many', () => {
  it('"专利池有几个" is no 池有 the report never writes: 44个', async () => {
    const answer = await ask('上海去年重点产业专利池有几个');
    expect(answer.notFound).toBe(false);
    expect(answer.first).toMatch(/44个/);
  });
});

describe('the phrase that said the time, cut apart', () => {
  it('"去年老旧小区" is never cut 年老: 120个', async () => {
    const answer = await ask('上海去年老旧小区改造完成了多少个');
    expect(answer.notFound).toBe(false);
    expect(answer.first).toMatch(/120个/);
  });
});
