import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { firstLineOf, govFirstLine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 25's classes through the engine, on the seed corpus and the 20 work reports, and on the 2025 reports of
 * 云南, 湖南 and 吉林 (found on the tune halves of fresh-r and fresh-s). Today pinned: 今年 = 2026, 去年 = 2025.
 */
const today = new Date('2026-12-03');
const lead = (q: string, history: string[] = []) => govFirstLine(q, today, history);

describe('a count of people named only by what they gained', () => {
  it('is named by the clause before it (发放价格补贴…受益), and answers the question in English and Chinese', async () => {
    expect(await lead('How many low-income people got price subsidies in 2022?')).toMatch(/价格补贴受益 \(actual\): about 6700万人/);
    expect(await lead('2022年多少低收入群众拿到了价格补贴')).toMatch(/价格补贴受益（实绩）：约6700万人/);
  });
});

describe('a counted noun that opens with the word the sentence’s subject ends in', () => {
  it('is that subject’s: 城中村改造…启动26个改造项目 answers how many 城中村改造项目 were started', async () => {
    const first = await lead('上海25年启动了多少个城中村改造项目');
    expect(first).toMatch(/上海市2025年启动城中村改造项目（实绩）：26个/);
  });
});

describe('on the 2025 reports of 云南, 湖南 and 吉林 (Word)', () => {
  let threeReports: Engine;
  beforeAll(async () => {
    threeReports = await wordReportsEngine('questions-s25-');
  }, 120_000);
  const lead3 = (q: string) => firstLineOf(threeReports, q, today);

  it('reads a name romanised in two words whole ("Xu Teli" is 徐特立)', async () => {
    expect(await lead3("Hunan 'Xu Teli' county high schools — how many are up and running?")).toMatch(/徐特立项目.*100所/);
  });

  it('keeps a hyphenated name’s words as read ("Three-North" is 三北, "Three" no unknown name)', async () => {
    expect(await lead3('Jilin Three-North shelterbelt construction area planned for 2025?')).toMatch(/70万亩/);
  });

  it('reads work under way ("is Jilin restoring … in 2025") as the year’s plan', async () => {
    expect(await lead3('How much land is Jilin restoring under its mountains-rivers and old-mine projects in 2025?')).toMatch(
      /Jilin 2025 .*修复国土 \(target\): 50万亩/,
    );
  });

  it('answers a result asked of a year the reports hold only the plan of with the plan, said so, never "not covered"', async () => {
    const first = await lead3('How much land did Jilin restore in 2025?');
    expect(first).toMatch(/^The reports give no actual result for Jilin 2025, only a target\..*修复国土 \(target\): 50万亩/);
  });
});
