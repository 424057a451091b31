import { describe, expect, it } from 'vitest';
import { firstLineOf, govFirstLine, realCorpusEngine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 37: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over real
 * reports (the readings themselves: test/lang/readings-s37.test.ts).
 */
const today = new Date('2026-12-05');

describe('a quarter asked (湖南 2025 report as a Word file: "三季度增长4.6%…四季度增长5.6%…全年增长4.8%")', () => {
  const engine = wordReportsEngine('s37-quarter-');
  const lead = async (question: string, history: string[] = []) => firstLineOf(await engine, question, today, history);

  it('the quarter’s growth leads, named by the year’s indicator and labelled with the quarter', async () => {
    expect(await lead('湖南24年四季度GDP增速多少')).toMatch(/湖南省2024年四季度经济总量（实绩）：增长5.6% \[1\]/);
    expect(await lead('hunan q3 2024 gdp growth')).toMatch(/Hunan 2024 Q3 GDP \(经济总量, actual\): growth 4.6% \[1\]/);
  });

  it('no quarter asked: the whole year', async () => {
    expect(await lead('湖南2024年GDP增长多少')).toMatch(/^湖南省2024年经济总量（实绩）：增长4.8%/);
  });

  it('a quarter the report does not single out: the year’s figure, said so', async () => {
    expect(await lead('湖南2024年二季度GDP增长多少')).toMatch(
      /^（报告没有单列二季度的数字，以下为全年）湖南省2024年经济总量（实绩）：增长4.8%/,
    );
  });

  it('a quarter of a year past the latest results: that quarter of the latest year', async () => {
    expect(await lead('湖南去年四季度经济增长了多少')).toMatch(/最新的实绩是2024年的：湖南省2024年四季度经济总量（实绩）：增长5.6%/);
  });

  it('follow-ups: another quarter, then the whole year', async () => {
    expect(await lead('三季度呢', ['湖南24年四季度GDP增速多少'])).toMatch(/湖南省2024年三季度经济总量（实绩）：增长4.6%/);
    expect(await lead('那全年呢', ['湖南24年四季度GDP增速多少'])).toMatch(/湖南省2024年经济总量（实绩）：增长4.8%/);
  });
});

describe('a difference to the year before that the report states', () => {
  it('"优良天数达到290天、增加19天": the level with its change, in the unit of an amount', async () => {
    expect(await govFirstLine('北京市2024年优良天数有多少', today)).toMatch(/北京市2024年优良天数（实绩）：290天，增加19天 \[1\]/);
  });

  it('asked against the year before with no report of that year: the stated difference, said to be the report’s', async () => {
    const line = await govFirstLine('北京2024年空气优良天数比上一年多几天', today);
    expect(line).toMatch(/2024年 290天 \[1\]；2024年比上年增加19天（报告所写）/);
  });
});

describe('the two years a conversation talked of', () => {
  it('"两年一样多吗" sets the conversation’s two years side by side, with a verdict', async () => {
    const line = await govFirstLine('两年一样多吗', today, ['福建24年国家级企业技术中心新增了几家', '那去年呢']);
    expect(line).toMatch(/2024年 8家 \[1\]；2025年 8家 \[2\]。2025年与2024年持平/);
  });

  it('"这两年" after three years talked of: the last two', async () => {
    const line = await govFirstLine('这两年是一样多吗', today, [
      '北京今年疏解一般制造业企业定了多少家',
      '去年实际疏解了多少家',
      '那前年疏解了多少家',
    ]);
    // Both years as asked, results (session 38: 2025 was read as its plan, 100家, before the conversation kept each year's kind).
    expect(line).toMatch(/疏解提质一般制造业企业（实绩）逐年：2024年 104家 \[1\]；2025年 104家 \[2\]。2025年与2024年持平/);
  });
});

describe('a follow-up asking again in words of intent and the earlier question’s own words', () => {
  it('"24年打算认定多少家" after "杭州23年认定了多少家首批总部企业" asks the same subject’s plan', async () => {
    const line = await firstLineOf(await realCorpusEngine(), '24年打算认定多少家', today, ['杭州23年认定了多少家首批总部企业']);
    expect(line).toMatch(/杭州市2024年认定总部企业（目标）：450家以上 \[1\]/);
  });
});

describe('everyday wording of a ranking and of a change, in Chinese and English', () => {
  it('"几个省里 … 谁最高" ranks the provinces on the indicator named after the group', async () => {
    expect(await govFirstLine('去年几个省里 出口整体增速谁最高', today)).toMatch(/2025年实绩最高：安徽省 17.8% \[1\]/);
  });

  it('"How fast did … rise" asks the figure', async () => {
    expect(await govFirstLine('How fast did Beijing’s per capita disposable income rise in 2024?', today)).toMatch(
      /Beijing 2024 .*居民人均可支配收入.*growth/,
    );
  });

  it('an average over the years reads with its span before the verb, once', async () => {
    const line = await govFirstLine('过去五年GDP年均增长多少', new Date('2023-06-01'));
    expect(line).toMatch(/年均增长5.2% \[1\]/);
    expect(line).not.toMatch(/年均5.2%/);
  });
});

describe('the year after the conversation’s, asked as "第二年"', () => {
  it('"第二年计划建几公里绿道" after a question about 2022 asks 2023’s plan', async () => {
    const line = await firstLineOf(await realCorpusEngine(), '第二年计划建几公里绿道', today, [
      '拱墅四年前扩绿 新增绿地多少平方米',
      '那绿道呢 提升了多长',
    ]);
    expect(line).toMatch(/（第二年 = 2023年）拱墅区2023年建设绿道（目标）：8.3公里 \[1\]/);
  });
});
