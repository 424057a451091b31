import { describe, expect, it } from 'vitest';
import { firstLineOf, govFirstLine, realCorpusEngine } from '../support/engine.js';

/**
 * Session 32: questions as people ask them, found on the tune halves of fresh-aa and fresh-z, asked of the engine over the
 * real reports (the readings themselves: test/lang/readings-s32.test.ts). A rate named, levels passed, the economy in
 * everyday words, a gap to the target, a year's result beside the next year's aim, the conversation's year moved.
 */
const today = new Date('2026-12-05');
const seed = realCorpusEngine();

describe('a gap to the target', () => {
  it('answers the gap the review states, not the plan’s outline', async () => {
    const line = await firstLineOf(await seed, '拱墅22年固定资产投资 比目标任务高出几个百分点', today);
    expect(line).toMatch(/拱墅区2022年固定资产投资.*高5\.1个百分点/);
  });
});

describe('a year’s result beside the next year’s aim, "突破了多少" asked', () => {
  it('answers both years, each of its kind', async () => {
    const line = await firstLineOf(await seed, '钱塘市场经营主体总量 前年突破了多少万家 去年想冲到多少', today);
    expect(line).toMatch(/2024年 突破14万家 \[\d\]；2025年 突破16万家（目标）/);
  });
});

describe('the conversation’s year moved, the subject carried', () => {
  it('"往后挪一年 25年打算落地几个" after a question about 2024 asks 2025’s plan of the same projects', async () => {
    const line = await firstLineOf(await seed, '往后挪一年 25年打算落地几个', today, ['钱塘24年落地的高层次人才创业项目多少个']);
    expect(line).toMatch(/钱塘区2025年落地高层次人才项目（目标）：60个/);
    expect(line).not.toContain('2027');
  });
});

describe('the economy over five years in everyday words', () => {
  it('leads with its growth, not a share of the country or the levels passed', async () => {
    const line = await govFirstLine('山东这五年经济大盘 总的来说怎么样', today);
    expect(line).toMatch(/地区生产总值.*年均增长5\.9%/);
  });

  it('the levels passed, asked, lead', async () => {
    const line = await govFirstLine('山东十四五期间经济总量连续跨过几个万亿大关', today);
    expect(line).toContain('连续跨过3个万亿元大关');
  });
});

describe('a rate named', () => {
  it('leads with the rate of its sentence', async () => {
    const line = await govFirstLine('广东今年省内产的国家集采中选药 抽检覆盖率得达到多少', today);
    expect(line).toMatch(/抽检覆盖率（目标）：100%/);
  });
});

describe('a target set against the year before’s result, in a conversation', () => {
  it('answers the year before’s result and the plan, and which is higher', async () => {
    const line = await firstLineOf(await seed, '目标比上年实际高还是低', today, ['拱墅22年新增省科技型中小企业几家', '23年的目标是多少']);
    expect(line).toMatch(/2022年 460家 \[1\]；2023年 200家以上（目标） \[2\]。2023年目标低于2022年实绩/);
  });
});

describe('several things asked in one question', () => {
  it('the topic first, then each thing asked in a part of its own', async () => {
    const line = await firstLineOf(await seed, '杭州前年市本级政府投资计划 安排了几个项目 年度投资多少 一并说', today);
    expect(line).toMatch(/534个 \[\d\]；.*532\.3亿元/);
  });
});

describe('the day a report was delivered', () => {
  it('quotes the report’s own opening line, and says whether two were delivered on one day', async () => {
    expect(await govFirstLine('广东26年政府工作报告落款的日子 1月哪天', today)).toBe('《2026年广东省政府工作报告》：2026年1月26日作 [1]');
    expect(await govFirstLine('安徽和山东25年的政府工作报告 是不是同一天作的', today)).toMatch(
      /1月20日作 \[1\]；.*1月20日作 \[2\]。是同一天/,
    );
    expect(await govFirstLine('When was the 2026 Beijing report delivered?', today)).toMatch(/delivered on 2026-01-25/);
  });
});

describe('a plan period’s pair of a share of a wider whole', () => {
  it('is no answer to how the economy did', async () => {
    const line = await govFirstLine("How did Shandong's economy do over the 14th five-year plan?", today);
    expect(line).toMatch(/GDP.*5\.9%/);
    expect(line).not.toContain('7.4%');
  });
});

describe('a year’s result beside the next year’s plan, of a subject the glossary does not know', () => {
  it('"上海24年新增了几个公园 25年打算再建几个": the subject read with the asking taken out, each year of its kind', async () => {
    const line = await govFirstLine('上海24年新增了几个公园 25年打算再建几个', today);
    expect(line).toMatch(/新增公园逐年：2024年 141座 \[1\]；2025年 120座（目标）/);
  });
});
