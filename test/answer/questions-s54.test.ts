import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { firstLineOf, govFirstLine, realCorpusEngine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 54: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over the real
 * reports (the readings: test/lang/readings-s54.test.ts).
 */
const today = new Date('2026-12-07');
const ask = (question: string, history: string[] = []) => govFirstLine(question, today, history);

describe('a name the question writes whole leads', () => {
  it('"山东去年民间投资占比多少": 民间投资占比 64.7%, not the 非化石能源…占比 of the same sentence', async () => {
    expect(await ask('山东去年民间投资占比多少')).toMatch(/^（去年 = 2025年）山东省2025年民间投资占比（实绩）：64\.7% \[1\]/);
  });
});

describe('the base year of a change asked names no figure', () => {
  it('"比上一年增长了多少" after 上海重大工程投资: not the 按一年计意向成交金额 of another sentence', async () => {
    const line = await ask('比上一年增长了多少', ['上海前年重大工程投资完成了多少亿']);
    expect(line).not.toMatch(/意向成交金额/);
    expect(line).toMatch(/^（前年 = 2024年）上海市2024年重大工程投资（实绩）：2383亿元，增长5\.6% \[1\]/);
  });
});

describe('a count asked by its own noun, of a batch pointed at', () => {
  it('"京前年“两重”那批 个数多少 都动工了吗": the 86 projects, all started (开工 for 动工)', async () => {
    expect(await ask('京前年“两重”那批 个数多少 都动工了吗')).toMatch(/^（前年 = 2024年）北京市2024年“两重”项目全部开工（实绩）：86个/);
  });
});

describe("a year's plan asked in words of a task", () => {
  it('"安徽今年省级财政拿多少钱稳经济": the plan\'s 350亿元以上, answered', async () => {
    expect(await ask('安徽今年省级财政拿多少钱稳经济')).toMatch(/^（今年 = 2026年）安徽省2026年统筹安排省级财政资金（目标）：350亿元以上/);
  });

  it('"… did Gongshu have to support in 2023?": the plan\'s 8 events', async () => {
    const line = await firstLineOf(
      await realCorpusEngine(),
      'How many Asian Games and Asian Para Games events did Gongshu have to support in 2023?',
      today,
    );
    expect(line).toMatch(/^Gongshu District 2023 .*\(target\): 8项/);
  });
});

describe('English asked in words of session 54', () => {
  it('"unpermitted structures": the 500万平方米 to be dealt with in 2026', async () => {
    expect(await ask('beijing this year: unpermitted structures to deal with — how many sq m?')).toMatch(
      /^\(this year = 2026\) Beijing 2026 .*\(target\): 500万平方米/,
    );
  });
});

describe('a count written before its name past a qualifier', () => {
  let word: Engine;
  beforeAll(async () => {
    word = await wordReportsEngine('s54-word-');
  });

  it('"湖南去年民生实事里 农村4G/5G基站要新建多少个": 7000个, answered, not "no content"', async () => {
    const answer = await word.ask('湖南去年民生实事里 农村4G/5G基站要新建多少个', { today });
    expect(answer.notFound).toBe(false);
    expect(answer.text.split('\n')[0]).toMatch(/^（去年 = 2025年）湖南省2025年新建农村4G\/5G基站（目标）：7000个/);
  });

  it('"湖南去年要投入多少钱搞农村公路": no money figure, and never the 3000公里 of roads as if it were one', async () => {
    const line = (await word.ask('湖南去年要投入多少钱搞农村公路', { today })).text.split('\n')[0];
    expect(line).not.toMatch(/3000公里/);
    expect(line).toMatch(/^（去年 = 2025年）报告没有/);
  });
});
