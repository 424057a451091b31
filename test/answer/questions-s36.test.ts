import { describe, expect, it } from 'vitest';
import { govFirstLine } from '../support/engine.js';

/**
 * Session 36: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over the real
 * reports (the readings themselves: test/lang/readings-s36.test.ts).
 */
const today = new Date('2026-12-05');

describe('an English question with a place written short or in characters', () => {
  it('"gd \'25 goal: …" is answered as "Guangdong 2025 goal: …" is', async () => {
    const line = await govFirstLine("gd '25 goal: share of national-assessment water sections rated good — keep it above?", today);
    // The glossary's surface-water indicator (session 45) names it in English, its report's words beside.
    expect(line).toMatch(/Guangdong 2025 Surface Water Quality \(国考断面水质优良率, target\): over 90% \[1\]/);
  });

  it('a place in characters inside an English question', async () => {
    const line = await govFirstLine('广东 2025 target for the share of national-assessment water sections rated good', today);
    expect(line).toMatch(/Guangdong 2025 Surface Water Quality \(国考断面水质优良率, target\): over 90%/);
  });
});

describe('policy terms in English', () => {
  it('"anti-mafia campaign … criminal gangs busted" is 扫黑除恶 … 涉黑恶团伙', async () => {
    const line = await govFirstLine('How many criminal gangs has Qiantang’s anti-mafia campaign busted?', today);
    expect(line).toMatch(/扫黑除恶专项斗争查处涉黑恶团伙 \(actual\): 74个/);
  });
});

describe('the review since a place was set up', () => {
  it('"成立以来" asks the review since founding, not the latest year', async () => {
    expect(await govFirstLine('钱塘新区成立以来新增城镇就业人口多少万', today)).toMatch(/新增城镇就业人口（实绩）：8.6万人/);
    expect(await govFirstLine('Qiantang New Area since its launch: how many new urban jobs?', today)).toMatch(/8.6万人/);
  });

  it('without it, the latest year', async () => {
    expect(await govFirstLine('钱塘区新增城镇就业多少', today)).toMatch(/钱塘区2024年城镇新增就业（实绩）：3.1万人/);
  });

  it('a follow-up keeps the review asked before', async () => {
    const line = await govFirstLine('新增城镇就业人口多少万', today, [
      'Qiantang New Area since its launch: households in temporary relocation that were rehoused — how many?',
    ]);
    expect(line).toMatch(/新增城镇就业人口（实绩）：8.6万人/);
  });
});

describe('the economy’s structure', () => {
  it('"三产占比" leads with the tertiary sector’s part of the three sectors’ ratio', async () => {
    expect(await govFirstLine('广东三产占比多少', today)).toMatch(/广东省2025年第三产业比重（实绩）：58.3% \[1\]/);
  });

  it('a district’s share from its ratio, and two places’ shares apart by points', async () => {
    expect(await govFirstLine('钱塘区三产占比多少', today)).toMatch(/钱塘区2024年第三产业比重（实绩）：41.4% \[1\]/);
    expect(await govFirstLine('钱塘和广东 第三产业比重差多少', today)).toMatch(
      /钱塘区2024年第三产业比重（实绩）：41.4% \[1\]；广东省2025年第三产业比重（实绩）：58.3% \[2\]。后者高16.9个百分点/,
    );
  });

  it('in English too, asked as a fragment', async () => {
    expect(await govFirstLine("guangdong's tertiary sector share", today)).toMatch(
      /Guangdong 2025 Tertiary Sector Share \(第三产业比重, actual\): 58.3%/,
    );
  });

  it('"三次产业结构" is the ratio as written', async () => {
    expect(await govFirstLine('广东三次产业结构', today)).toMatch(/三次产业比重（实绩）：4:37.7:58.3/);
  });
});

describe('everyday asking of shares, places and currencies', () => {
  it('"在GDP里占到多少" leads with the share of the economy', async () => {
    expect(await govFirstLine('按江苏26年报告 制造业增加值在GDP里占到多少', today)).toMatch(
      /江苏省2025年制造业增加值占地区生产总值比重（实绩）：33.5%/,
    );
  });

  it('"首都" is Beijing', async () => {
    expect(await govFirstLine('首都前年外贸进出口规模多大', today)).toMatch(/北京市2024年北京地区进出口总额（实绩）：超3.6万亿元/);
  });

  it('"折合人民币多少" leads with the yuan of an amount written in dollars and yuan', async () => {
    expect(await govFirstLine('上海前年实际使用外资折合人民币多少', today)).toMatch(/实际使用外资（实绩）：约合1243亿元/);
    expect(await govFirstLine('上海前年实际使用外资多少', today)).toMatch(/实际使用外资（实绩）：175亿美元左右/);
  });

  it('a follow-up keeps the currency asked, and "去年比前年多还是少" sets the two years side by side in it', async () => {
    const history = ['去年上海实际使用外资折合人民币多少'];
    expect(await govFirstLine('那前年的数呢', today, history)).toMatch(/上海市2024年实际使用外资（实绩）：约合1243亿元/);
    expect(await govFirstLine('去年比前年多还是少', today, [...history, '那前年的数呢'])).toMatch(
      /2024年 约合1243亿元 \[1\]；2025年 折合1148亿元 \[2\]。2025年低于2024年/,
    );
  });
});

describe('a target and its floor written together', () => {
  it('the floor asked leads, its aim before the verb; the target otherwise', async () => {
    expect(await govFirstLine('拱墅23年服务业增加值增长 确保多少', today)).toMatch(
      /拱墅区2023年服务业增加值（目标）：确保增长5.5%以上 \[1\]/,
    );
    expect(await govFirstLine("Gongshu's 2023 plan: the floor it had to guarantee for services value added growth?", today)).toMatch(
      /target\): growth at least 5.5%/,
    );
    expect(await govFirstLine('拱墅23年服务业增加值增长目标', today)).toMatch(/（目标）：增长6%左右 \[1\]/);
  });
});

describe('a streak asked of an indicator', () => {
  it('"连续多少年全国第一" and "how many years in a row" lead with the streak of the indicator asked', async () => {
    expect(await govFirstLine('广东地方一般公共预算收入连续多少年全国第一', today)).toMatch(
      /广东省地方一般公共预算收入（实绩）：连续34年居全国首位/,
    );
    expect(
      await govFirstLine('how many years in a row has it been no. 1?', today, ["What was Guangdong's local fiscal revenue in 2024?"]),
    ).toMatch(/连续34年居全国首位/);
  });
});

describe('the farm sector asked', () => {
  it('"农业增加值" is 农林牧渔业增加值, also as a follow-up', async () => {
    expect(await govFirstLine('杭州2023年农业增加值增长多少', today)).toMatch(/杭州市2023年农林牧渔业增加值（实绩）：357亿元，增长3.7%/);
    expect(await govFirstLine('农业呢', today, ['杭州亚运那年GDP总量多少', '服务业呢 涨了多少'])).toMatch(
      /农林牧渔业增加值（实绩）：357亿元/,
    );
  });
});

describe('an English share named by its part', () => {
  it('"private sector share of jiangsu gdp" is 民营经济增加值占地区生产总值比重, not GDP', async () => {
    expect(await govFirstLine('private sector share of jiangsu gdp as of 2025', today)).toMatch(
      /Jiangsu 2025 民营经济增加值占地区生产总值比重 \(actual\): 58.5%/,
    );
  });
});

describe('a comparison of growth where one side gives only its level', () => {
  it('names that side as lacking the growth', async () => {
    expect(await govFirstLine('广东和福建24年GDP增速谁高', today)).toMatch(
      /广东省2024年地区生产总值（实绩）：迈上14万亿元 \[1\]；福建省2024年地区生产总值（实绩）：57761亿元，增长5.5% \[2\]（报告中没有广东省的该项数据）/,
    );
    expect(await govFirstLine('浙江和江苏去年GDP增速哪个高', today)).toMatch(/浙江省更高：5.5% 对 5.3%/);
  });
});

describe('from the terminal trial, asked as a user would', () => {
  it('"增长保底多少" asks the target’s floor, not a result', async () => {
    expect(await govFirstLine('拱墅23年服务业增加值增长保底多少', today)).toMatch(
      /^（23年 = 2023年）拱墅区2023年服务业增加值（目标）：确保增长5.5%以上 \[1\]/,
    );
  });

  it('"引进了多少亿元以上项目" is the count of those projects, not an amount', async () => {
    expect(await govFirstLine('钱塘新区成立以来引进了多少亿元以上项目', today)).toMatch(/钱塘区新引进亿元以上项目（实绩）：84个/);
  });
});
