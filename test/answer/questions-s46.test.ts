import { describe, expect, it } from 'vitest';
import { firstLineOf, govFirstLine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 46: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over real
 * reports (the readings themselves: test/lang/readings-s46.test.ts).
 */
const today = new Date('2026-12-06');
const ask = (question: string, history: string[] = []) => govFirstLine(question, today, history);
/** One engine over the three 2025 Word reports (吉林's among them) for the file's tests. */
let wordEngine: ReturnType<typeof wordReportsEngine> | null = null;
const overWordReports = () => {
  wordEngine ??= wordReportsEngine('s46-word-');
  return wordEngine;
};

describe('a follow-up asking a count again with the reports’ verb', () => {
  const earlier = '长三角生态绿色一体化发展示范区的制度创新成果';

  it('"前年新推出了多少项" is the 18项 of 2024, "那去年新推出了几项" the 7项 of 2025', async () => {
    expect(await ask('前年新推出了多少项', [earlier])).toMatch(/^（前年 = 2024年）上海市2024年推出制度创新成果（实绩）：18项 \[1\]/);
    expect(await ask('那去年新推出了几项', [earlier, '前年新推出了多少项'])).toMatch(
      /^（去年 = 2025年）上海市2025年推出制度创新成果（实绩）：7项 \[1\]/,
    );
  });
});

describe('how much a figure rose on the year before, asked as a follow-up', () => {
  it('"比上一年增加了多少" after the 2025 deficit is the 1.6万亿元 the 2025 report states, not 2024’s 1800亿元', async () => {
    expect(await ask('比上一年增加了多少', ['25年国务院报告的财政赤字安排', '赤字规模是多少'])).toMatch(
      /^全国2025年赤字规模比上年增加（目标）：1\.6万亿元/,
    );
  });
});

describe('a year whose reports hold only its plan, asked how many of a thing its target names whole', () => {
  it('"Jilin 2025 — new foreign-trade firms, how many?" is answered by the target, said to be one, as in Chinese', async () => {
    const engine = await overWordReports();
    const answer = await engine.ask('Jilin 2025 — new foreign-trade firms, how many?', { today });
    expect(answer.notFound).toBe(false);
    expect(answer.text.split('\n')[0]).toMatch(
      /^The reports give no actual result for Jilin 2025, only a target\. Jilin 2025 新增外贸企业 \(target\): over 200家 \[1\]$/,
    );
    expect(await firstLineOf(engine, '吉林2025年新增外贸企业多少家', today)).toMatch(/^吉林省2025年新增外贸企业（目标）：200家以上 \[1\]/);
  });

  it('a statistic of such a year stays unanswered, its target shown as what the reports hold nearest', async () => {
    const engine = await overWordReports();
    const answer = await engine.ask('Jilin 2025 GDP growth?', { today });
    expect(answer.notFound).toBe(true);
    expect(answer.text.split('\n')[0]).toMatch(/only a target\. What the reports hold nearest to it: .*growth about 5\.5%/);
  });

  it('a thing no target names stays not covered ("How many robots did Jilin build in 2025?")', async () => {
    const engine = await overWordReports();
    expect((await engine.ask('How many robots did Jilin build in 2025?', { today })).notFound).toBe(true);
  });
});

describe('a county the reports do not cover', () => {
  it('"qiemo 2024 tourist arrivals, how many?" says so, never another province’s tourists', async () => {
    const engine = await overWordReports();
    const answer = await engine.ask('qiemo 2024 tourist arrivals, how many?', { today });
    expect(answer.notFound).toBe(true);
    expect(answer.text.split('\n')[0]).toBe('The reports do not cover Qiemo.');
  });
});

describe('a report named by its year, over the real reports', () => {
  it('"25年国务院报告里赤字规模多少" is the 5.66万亿元 the 2025 report sets, "24年…" the 4.06万亿元 of 2024’s', async () => {
    expect(await ask('25年国务院报告里赤字规模多少')).toMatch(/^全国2025年赤字规模（目标）：5\.66万亿元 \[1\]$/);
    expect(await ask('24年国务院报告里赤字规模多少')).toMatch(/^全国2024年赤字规模（目标）：4\.06万亿元 \[1\]$/);
  });

  it('judges the report by the citation the first line rests on: "25年国务院报告里专项债规模多少" is the 4.4万亿元 it sets', async () => {
    expect(await ask('25年国务院报告里专项债规模多少')).toMatch(/^全国2025年拟安排地方政府专项债券（目标）：4\.4万亿元 \[1\]$/);
  });
});
