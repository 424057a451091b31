import { describe, expect, it } from 'vitest';
import { firstLineOf, govFirstLine, realCorpusEngine } from '../support/engine.js';

/**
 * Session 33: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over the real
 * reports (the readings themselves: test/lang/readings-s33.test.ts).
 */
const today = new Date('2026-12-05');
const seed = realCorpusEngine();

describe('a rank asked of a subject no glossary indicator names', () => {
  it('leads with the rank the sentence states, not "no rank found"', async () => {
    const line = await govFirstLine('安徽25年法治政府示范创建数量排第几', today);
    expect(line).toMatch(/安徽省2025年.*法治政府建设示范创建数量（实绩）：全国第1位/);
  });

  it('a rank the sentence gives two subjects at once ("均居全国第1位")', async () => {
    const line = await govFirstLine('安徽去年道德模范和中国好人的数量排全国第几', today);
    expect(line).toMatch(/道德模范、“中国好人”数量（实绩）：全国第1位/);
  });
});

describe('a follow-up naming only a plan period', () => {
  it('"到十四五收官 实际落到多少了" asks the earlier subject over the plan', async () => {
    const line = await govFirstLine('到十四五收官 实际落到多少了', today, ['山东25年城市污水处理厂提标改造 计划完成多大比例']);
    expect(line).toMatch(/山东省“十四五”时期城市污水处理厂完成提标改造（实绩）：61%/);
  });
});

describe('a year’s result and the next year’s target of a subject no glossary indicator names', () => {
  it('the target spelled 省 where the question writes 省级 is found', async () => {
    const line = await firstLineOf(await seed, '钱塘的省级专精特新中小企业 24年新认定了几家 25年目标又是几家', today);
    expect(line).toMatch(/2024年 49家 \[1\]；2025年 70家（目标） \[2\]/);
  });
});

describe('a report’s delivery day asked of two years', () => {
  it('each year’s report, and whether the day changed', async () => {
    const line = await govFirstLine('浙江省长作政府工作报告 25年和26年各是1月几号 换日子了吗', today);
    expect(line).toMatch(
      /《2025年浙江省政府工作报告》：2025年1月14日作 \[1\]；《2026年浙江省政府工作报告》：2026年1月14日作 \[2\]。是同一天/,
    );
  });
});

describe('a streak written in words', () => {
  it('"连着第几年" is answered by "连续十七年获评…", not refused for want of digits', async () => {
    const line = await firstLineOf(await seed, '拱墅拿“省平安区” 到22年是连着第几年了', today);
    expect(line).toMatch(/拱墅区获评“省平安区”（实绩）：连续17年 \[1\]/);
    const unquoted = await firstLineOf(await seed, '拱墅拿省平安区 到22年是连着第几年了', today);
    expect(unquoted).toMatch(/连续17年 \[1\]/);
  });
});

describe('found in a terminal trial', () => {
  it('a result asked over the past five years is the plan period’s, not the next plan’s target', async () => {
    const line = await govFirstLine('浙江这五年城镇化率提高了多少', today);
    expect(line).toMatch(/浙江省“十四五”时期常住人口城镇化率（实绩）：从72%到76%左右/);
  });

  it('the output of new-energy vehicles written "生产新能源汽车…辆" answers 新能源汽车产量, in Chinese and in English', async () => {
    expect(await govFirstLine('北京24年新能源汽车产量多少', today)).toMatch(/北京市2024年.*生产新能源汽车（实绩）：约30万辆/);
    expect(await govFirstLine('How many new energy vehicles were produced in Beijing in 2024?', today)).toMatch(/about 30万辆/);
  });

  it('a rank asked of a year the reports hold only the plan of: the latest result’s rank, said to be the latest', async () => {
    const line = await govFirstLine('安徽今年法治政府示范创建数量排全国第几', today);
    expect(line).toMatch(/最新的实绩是2025年的：安徽省2025年.*法治政府建设示范创建数量（实绩）：全国第1位/);
  });
});

describe('a follow-up in Chinese after an English question', () => {
  it('says the carried relative year in Chinese', async () => {
    const line = await govFirstLine('那江苏呢', today, ["What's Anhui's GDP growth target for this year?"]);
    expect(line).toMatch(/^（今年 = 2026年）江苏省2026年地区生产总值（目标）：增长5%/);
  });
});

describe('an increment asked of a thing no glossary indicator names', () => {
  it('"新增了几个公园" leads with 新增公园, not the parks of a sentence cited first', async () => {
    const line = await govFirstLine('上海24年新增了几个公园', today);
    expect(line).toMatch(/上海市2024年新增公园（实绩）：141座/);
  });
});
