import { describe, expect, it } from 'vitest';
import { firstLineOf, govFirstLine, realCorpusEngine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 38: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over real
 * reports (the readings themselves: test/lang/readings-s38.test.ts).
 */
const today = new Date('2026-12-05');

describe('a follow-up setting the conversation’s year against the one before', () => {
  it('"比上年高还是低" after a question about 2024: 2023 beside 2024, not 2025', async () => {
    const line = await govFirstLine('比上年高还是低', today, ['全国24年居民收入实际增长多少']);
    expect(line).toMatch(/上年 = 2023年/);
    expect(line).toMatch(/2023年 6.1% \[1\]；2024年 5.1% \[2\]。2024年低于2023年/);
  });

  it('"比上一年多几天" where only the later year’s report is held: the difference that year’s report states', async () => {
    const line = await govFirstLine('比上一年多几天', today, ['北京前年空气优良天数多少天']);
    expect(line).toMatch(/2024年 290天 \[1\]；2024年比上年增加19天（报告所写）/);
    expect(line).not.toMatch(/没有北京市2023年/);
  });
});

describe('"差多少" after one thing asked in two years', () => {
  it('the later year less the earlier, said to be a subtraction', async () => {
    const line = await govFirstLine('多了多少', today, ['全国25年中央预算内投资安排多少', '24年呢']);
    expect(line).toMatch(/7000亿元 \[1\]；.*7350亿元 \[2\]。2025年更高：7350亿元 对 7000亿元，多350亿元（两数相减）/);
  });

  it('in English too', async () => {
    const line = await govFirstLine('how much more in 2025?', today, [
      'central govt budget investment, china, 2025 plan — size?',
      'and for 2024?',
    ]);
    expect(line).toMatch(/35 billion yuan more \(the difference of the two\)/);
  });

  it('a year asked as its plan and another as its result: each as asked, and not set against each other', async () => {
    const line = await govFirstLine('差多少', today, ['北京今年疏解一般制造业企业定了多少家', '去年实际疏解了多少家']);
    expect(line).toMatch(/2025年 104家 \[1\]；2026年 80家（目标） \[2\]（一为目标、一为实绩，不作比较）/);
  });
});

describe('how much of the plan was done', () => {
  it('a result set against its target carries the completion rate the report writes', async () => {
    const line = await firstLineOf(await realCorpusEngine(), '拱墅22年新增停车泊位的完成率多少', today);
    expect(line).toMatch(/实际14539个\[1\]，目标3500个\[1\]，高于目标（完成目标），完成率415.4%（报告所写）/);
    // Labelled by the thing done, whose counts the values are, however asked.
    expect(await firstLineOf(await realCorpusEngine(), '拱墅22年新增停车泊位完成率多少', today)).toMatch(/拱墅区2022年新增停车泊位：实际/);
  });

  it('a result whose plan states no figure: the share of it the result’s sentence states', async () => {
    const line = await firstLineOf(await realCorpusEngine(), '杭州23年盘活低效工业用地完成年度目标多少', today);
    expect(line).toMatch(/1.3万亩 \[1\]，完成率130%（报告所写）/);
  });

  it('the result given as that share itself is not said twice', async () => {
    const line = await firstLineOf(await realCorpusEngine(), '杭州23年新建标准厂房完成了年度目标的百分之几', today);
    expect(line).toMatch(/160.1% \[1\]$/);
  });
});

describe('a streak written after the indicator’s figure', () => {
  it('"连着几年达到国家二级标准" is answered by the streak of the sentence that gives PM2.5', async () => {
    const line = await govFirstLine('江苏PM2.5年均浓度连着几年达到国家二级标准了', today);
    expect(line).toMatch(/达国家二级标准（实绩）：连续5年 \[1\]/);
  });

  it('asked no streak, the indicator’s own figure still leads', async () => {
    expect(await govFirstLine('江苏PM2.5年均浓度多少', today)).not.toMatch(/连续5年/);
  });
});

describe('follow-ups in everyday words', () => {
  it('"same thing for 2024?" points back at the subject, not at an outline', async () => {
    const line = await govFirstLine('same thing for 2024?', today, ['zhejiang’s yiwu–europe freight trains: how many ran in 2025?']);
    expect(line).not.toMatch(/priorities/);
  });
});

describe('a change over the years asked in the everyday verb', () => {
  it('"五年来怎么变的" finds the sentence that writes the change (从15家跃升到38家)', async () => {
    const line = await govFirstLine('浙江全国重点实验室五年来怎么变的', today);
    expect(line).toMatch(/全国重点实验室从15家跃升到38家/);
  });
});

describe('the reports’ own name of an indicator', () => {
  it('"普惠小微企业贷款" is the 普惠小微贷款 asked', async () => {
    expect(await govFirstLine('全国21年普惠小微贷款增长多少', today)).toMatch(/普惠小微企业贷款（实绩）：增长27.3% \[1\]/);
  });
});

describe('from the terminal trial', () => {
  it('"杭州钱塘" is the district written with its city, not two places', async () => {
    const line = await firstLineOf(await realCorpusEngine(), '杭州钱塘24年GDP多少来着', today);
    expect(line).toMatch(/^（24年 = 2024年）钱塘区2024年地区生产总值（实绩）：1416亿元/);
    expect(line).not.toMatch(/没有杭州市/);
  });

  it('"差了多少" after a year’s result and then its target: the gap to the target', async () => {
    const line = await firstLineOf(await realCorpusEngine(), '差了多少', today, ['拱墅22年GDP增速多少', '当时目标是多少来着']);
    expect(line).toMatch(/实际增长1.5%\[1\]，目标增长7%\[2\]，低于目标5.5个百分点（未完成目标）/);
  });

  it('"is that higher or lower than hunan?" compares the conversation’s figure with Hunan’s', async () => {
    const line = await firstLineOf(await wordReportsEngine('s38-either-way-'), 'is that higher or lower than hunan?', today, [
      'yunnan gdp 2024 and how fast did it grow',
    ]);
    expect(line).toMatch(/Hunan is higher: 4.8% vs 3.3%/);
  });

  it('"比上年高还是低" after a target: both years’ targets, labelled so, a range compared by both ends', async () => {
    const line = await govFirstLine('比上年高还是低', today, ['浙江26年GDP目标多少']);
    expect(line).toMatch(/浙江省生产总值（目标）逐年：2025年 5.5%左右 \[1\]；2026年 5–5.5% \[2\]。2026年低于2025年/);
  });
});

describe('money asked as "多少亿"', () => {
  it('the named figure in money, not the other money of its sentence', async () => {
    const line = await firstLineOf(await realCorpusEngine(), '拱墅22年一揽子稳经济政策 减负降本一共多少亿', today);
    expect(line).toMatch(/拱墅区2022年减负降本（实绩）：85.54亿元 \[1\]/);
  });
});

describe('a plan carried into a year whose plan is not held', () => {
  it('the result, said to stand for the target the reports do not give', async () => {
    const line = await firstLineOf(await realCorpusEngine(), '24年呢', today, ['钱塘21年一般公共预算收入目标是多少']);
    expect(line).toMatch(/报告中没有2024年的目标，以下为实绩：钱塘区2024年一般公共预算收入（实绩）：134亿元/);
  });

  it('a year whose plan is held: the plan, no note', async () => {
    const line = await govFirstLine('25年呢', today, ['浙江26年GDP目标多少']);
    expect(line).toMatch(/浙江省2025年生产总值（目标）：增长5.5%左右/);
    expect(line).not.toMatch(/没有2025年的目标/);
  });
});

describe('a trend of one year of results', () => {
  it('"钱塘区历年GDP增速" shows the earlier years’ targets too (2021’s 6.5%), not the one year alone', async () => {
    const line = await firstLineOf(await realCorpusEngine(), '钱塘区历年GDP增速', today);
    expect(line).toMatch(/2021年 目标6.5% \[\d\]；2024年 5.1% \[\d\]；2025年 目标5.6%左右 \[\d\]/);
  });
});
