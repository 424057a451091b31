import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { handWrittenReportsEngine } from '../support/engine.js';

/**
 * Session 46's mutation survivors (stryker.s46.json) in the answer: a year whose reports hold only its plan, and a
 * difference to the year before asked of two years, told apart on small reports of hand-written sentences.
 */
const today = new Date('2026-12-06');
let engine: Engine;

beforeAll(async () => {
  engine = await handWrittenReportsEngine('s46-answer-', {
    '2025_JL_吉林省_政府工作报告.txt': [
      '2025年吉林省政府工作报告',
      '一、2024年工作回顾',
      '全省地区生产总值增长4.3%，新增外贸企业150家。',
      '二、2025年主要工作',
      '2025年经济社会发展主要预期目标是：地区生产总值增长5.5%左右。',
      '新增外贸企业200家以上，新建5G基站1万个。',
    ],
    '2024_国务院_政府工作报告.txt': [
      '2024年国务院政府工作报告',
      '二、2024年政府工作任务',
      '赤字率拟按3%安排，赤字规模4.06万亿元，比上年年初预算增加1800亿元。',
    ],
    '2025_国务院_政府工作报告.txt': [
      '2025年国务院政府工作报告',
      '一、2024年工作回顾',
      '国内生产总值增长5%。',
      '二、2025年政府工作任务',
      '国内生产总值增长5%左右。',
      '赤字率拟按4%左右安排，赤字规模5.66万亿元、比上年增加1.6万亿元。',
    ],
  });
});

const ask = async (question: string, history: string[] = []) => {
  const answer = await engine.ask(question, { today, history });
  return { notFound: answer.notFound, first: answer.text.split('\n')[0] ?? '' };
};

describe('a year whose reports hold only its plan', () => {
  it('a thing its target names whole, asked how many: the target answers, said to be one, with no "nearest"', async () => {
    const answer = await ask('Jilin 2025 — new foreign-trade firms, how many?');
    expect(answer.notFound).toBe(false);
    expect(answer.first).toBe(
      'The reports give no actual result for Jilin 2025, only a target. Jilin 2025 新增外贸企业 (target): over 200家 [1]',
    );
  });

  it('a thing the year’s targets do not name: still not answered, the nearest target shown as such', async () => {
    const answer = await ask('How many new stations did Jilin build in 2025?');
    expect(answer.notFound).toBe(true);
    expect(answer.first).toMatch(
      /^The reports give no actual result for Jilin 2025, only a target\. What the reports hold nearest to it: /,
    );
  });

  it('a statistic: still not answered, the target shown as what the reports hold nearest', async () => {
    const answer = await ask('Jilin 2025 GDP growth?');
    expect(answer.notFound).toBe(true);
    expect(answer.first).toMatch(/only a target\. What the reports hold nearest to it: /);
  });
});

describe('how much a figure rose on the year before, of two years talked about', () => {
  it('"2025年赤字规模比上年增加了多少", read over 2024 and 2025: the 2025 report’s 1.6万亿元, not 2024’s 1800亿元', async () => {
    expect((await ask('2025年赤字规模比上年增加了多少')).first).toMatch(/^全国2025年赤字规模比上年增加（目标）：1\.6万亿元 \[1\]$/);
  });

  it('asked of one year, that year’s stated difference ("2024年赤字规模比上年增加了多少" is 1800亿元)', async () => {
    expect((await ask('2024年赤字规模比上年增加了多少')).first).toMatch(/1800亿元/);
  });
});

describe('a report named by its year answers from that report', () => {
  it('"25年国务院报告里赤字规模多少" is the 2025 report’s own 5.66万亿元, not the 2024 report’s plan for the year it reviews', async () => {
    const answer = await ask('25年国务院报告里赤字规模多少');
    expect(answer.notFound).toBe(false);
    expect(answer.first).toMatch(/^全国2025年赤字规模（目标）：5\.66万亿元 \[1\]$/);
  });

  it('"24年国务院报告里赤字规模多少" is the 2024 report’s 4.06万亿元, never "no figure" with 2025’s beside it', async () => {
    const answer = await ask('24年国务院报告里赤字规模多少');
    expect(answer.notFound).toBe(false);
    expect(answer.first).toMatch(/^全国2024年赤字规模（目标）：4\.06万亿元 \[1\]$/);
  });
});

describe('a follow-up naming another report by its year', () => {
  it('"那24年报告里呢" after "25年国务院报告里赤字规模多少" is the 2024 report’s 4.06万亿元', async () => {
    const answer = await ask('那24年报告里呢', ['25年国务院报告里赤字规模多少']);
    expect(answer.first).toMatch(/^全国2024年赤字规模（目标）：4\.06万亿元 \[1\]$/);
  });
});

describe('a report named by its year, read as the year it reviews', () => {
  it('stays that reading when it quotes the report named: "25年国务院报告里GDP增长了多少" is 2024’s result, not the plan', async () => {
    const answer = await ask('25年国务院报告里GDP增长了多少');
    expect(answer.first).toMatch(/^（“25年国务院报告” = 2024年）全国2024年国内生产总值（实绩）：增长5% \[1\]$/);
  });
});
