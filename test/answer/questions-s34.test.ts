import { describe, expect, it } from 'vitest';
import { govCorpusEngine, govFirstLine } from '../support/engine.js';

/**
 * Session 34: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over the real
 * reports (the readings themselves: test/lang/readings-s34.test.ts).
 */
const today = new Date('2026-12-05');

describe('two places, each with a subject of its own', () => {
  it('"A的X 跟 B的Y 条数差多少": each side found by its own words, both counts, and the difference', async () => {
    const line = await govFirstLine('24年 山东的营商环境创新提升措施 跟上海减轻企业负担那套措施 条数差多少', today);
    expect(line).toMatch(/山东省2024年营商环境创新提升：59条 \[1\]；上海市2024年减轻企业负担政策：20条 \[2\]。前者多39条/);
  });

  it('"数量上谁压谁一头": which is more, of counts in 项 and 个', async () => {
    const line = await govFirstLine('25年 山东安排的重大科技攻关 和福建的省重大科技创新项目 数量上谁压谁一头', today);
    expect(line).toMatch(/山东省2025年实施重大科技攻关（目标）：120项 \[1\]；福建省.*10个以上 \[2\]。前者更多/);
  });

  it('a subject written once after both places is still both places’ ("安徽和上海…谁多")', async () => {
    const line = await govFirstLine('安徽和上海去年办理人大代表建议谁多', today);
    expect(line).toMatch(/1401件/);
    expect(line).toMatch(/1256件/);
  });
});

describe('a name’s number asked in a conversation', () => {
  it('"同一份报告里 那套…是“2+几+6+6”" reads the report the conversation named', async () => {
    const line = await govFirstLine('同一份报告里 那套现代化产业体系是“2+几+6+6”', today, [
      '上海25年要办的创新创业青年论坛 叫多少人论坛',
      '不对 我记得是26年报告里的',
    ]);
    expect(line).toMatch(/上海市“十五五”时期现代化产业体系：2\+3\+6\+6/);
  });

  it('"那个叫“16几几”" beside a second quoted name', async () => {
    const line = await govFirstLine('拱墅23年也有个跟“141”贯通的体系 那个叫“16几几”', today);
    expect(line).toMatch(/拱墅区2023年体系贯通：1612/);
  });

  it('"这套体系还在迭代吗" points at the earlier question’s subject, in the report it names', async () => {
    const answer = await (await govCorpusEngine()).ask('到26年报告里这套体系还在迭代吗', {
      today,
      history: ['浙江25年报告里那个“141”基层治理体系 是要完善还是新建'],
    });
    expect(answer.notFound).toBe(false);
    expect(answer.citations[0]?.sentence).toMatch(/迭代完善“141”基层治理体系/);
    expect(answer.citations[0]?.year).toBe(2026);
  });
});

describe('a thing set against the answer just given', () => {
  it('"“共停共享”补的泊位比这少多少": both figures in the first line, and which is more', async () => {
    const line = await govFirstLine('“共停共享”补的泊位比这少多少', today, ['杭州23年地铁口新增非机动车停放点多少处', '停车位加了多少个']);
    expect(line).toMatch(/补充地铁口非机动车泊位资源（实绩）：1700个 \[1\]；杭州市2023年停车位（实绩）：18288个 \[1\]。后者更多/);
  });
});

describe('a conversation’s year and place, pointed at', () => {
  it('"杭州前一年改完的那批" after a question about 福建 in 2024 is 杭州’s 2023', async () => {
    const line = await govFirstLine('杭州前一年改完的那批 惠及多少住户', today, ['福建24年开工改造的老旧小区 有多少万户']);
    expect(line).toMatch(/（前一年 = 2023年）杭州市2023年惠及住户（实绩）：近10万户/);
  });

  it('"全国综保区创新发展案例 新入选几项" in a conversation about 钱塘 is 钱塘’s', async () => {
    const line = await govFirstLine('全国综保区创新发展案例 新入选几项', today, ['钱塘24年新认定的国高企有多少']);
    expect(line).toMatch(/钱塘区2024年新入选全国综保区创新发展案例（实绩）：3项/);
  });

  it('"一年计划投多少亿" leads with the money, not the count of projects', async () => {
    const line = await govFirstLine('杭州24年区、县(市)那一级安排的重点建设实施项目 一年计划投多少亿', today);
    expect(line).toMatch(/年度计划投资（目标）：1364\.6亿元/);
  });
});

describe('a share of the year’s target, in everyday words', () => {
  it('"三年前是年度目标的百分之多少" leads with the share reached, 130%', async () => {
    const line = await govFirstLine('杭州盘活低效工业用地 三年前是年度目标的百分之多少', today);
    expect(line).toMatch(/杭州市2023年盘活低效工业用地完成年度目标（实绩）：130%/);
  });

  it('English: "gongshu 2022 river upkeep: overall cleaning efficiency rose by what %?"', async () => {
    const line = await govFirstLine('gongshu 2022 river upkeep: overall cleaning efficiency rose by what %?', today);
    expect(line).toMatch(/Gongshu District 2022 河道整体保洁效率.*250%/);
  });
});
