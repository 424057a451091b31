import { describe, expect, it } from 'vitest';
import { govCorpusEngine, govFirstLine } from '../support/engine.js';

/**
 * Session 35: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over the real
 * reports (the readings themselves: test/lang/readings-s35.test.ts).
 */
const today = new Date('2026-12-05');

describe('figures named as the reports write them', () => {
  it('"那101个市重点项目 投资完成率超过多少": the written rate of the projects named, no target sought', async () => {
    const line = await govFirstLine('钱塘24年那101个市重点项目 投资完成率超过多少', today);
    expect(line).toMatch(/钱塘区2024年市重点项目投资完成率（实绩）：超180% \[1\]/);
  });

  it('a per-head figure asked in English leads over the total beside it', async () => {
    const line = await govFirstLine('gongshu 2025: invention-patent holdings per 10k people — goal?', today);
    expect(line).toMatch(/每万人发明专利拥有量 \(target\): over 58件/);
  });

  it('the total is still what a question without "per head" asks', async () => {
    const line = await govFirstLine('拱墅25年有效发明专利拥有量目标', today);
    expect(line).toMatch(/有效发明专利拥有量（目标）：18000件/);
  });

  it('"连拿了几个季度": the streak written in words', async () => {
    const line = await govFirstLine('钱塘24年全省投资“赛马”激励 连拿了几个季度', today);
    expect(line).toMatch(/获全省投资“赛马”激励（实绩）：连续2个季度 \[1\]/);
  });
});

describe('everyday asking', () => {
  it('"经济大面上咋样 简单说两句" is the overview of the quarter asked', async () => {
    const line = await govFirstLine('拱墅去年一季度 经济大面上咋样 简单说两句', today);
    expect(line).toMatch(/拱墅区2025年一季度GDP（实绩）：增长4.6% \[1\]/);
  });

  it('"四类 挨个报数": each stage’s count, one named by its verb alone', async () => {
    const line = await govFirstLine('杭州24年市本级政府投资 前期、新开工、续建、决算四类 挨个报数', today);
    expect(line).toMatch(
      /前期项目（目标）：195个 \[1\]；杭州市2024年新开工项目（目标）：118个 \[1\]；.*续建项目（目标）：183个.*决算项目（目标）：38个/,
    );
  });
});

describe('several things of one report', () => {
  it('two fields whose figures share one name are told apart by their sentences, and named by the question’s words', async () => {
    const line = await govFirstLine('前年杭州重点建设项目里 清洁能源保供跟文化旅游融合 投资计划差多少', today);
    expect(line).toMatch(
      /杭州市2024年清洁能源保供年度计划投资（目标）：14.8亿元 \[1\]；杭州市2024年文化旅游融合年度计划投资（目标）：42.2亿元 \[2\]。后者多27.4亿元/,
    );
  });

  it('"各有几个实施项目" of the two fields', async () => {
    const line = await govFirstLine('杭州24年 清洁能源保供跟文化旅游融合领域 各有几个实施项目', today);
    expect(line).toMatch(/清洁能源保供实施项目（目标）：7个 \[1\]；.*文化旅游融合领域实施项目（目标）：24个/);
  });

  it('a space sets the first thing apart however short the last ("签约那头 10亿元以上和亿元以上的")', async () => {
    const line = await govFirstLine('签约那头 10亿元以上和亿元以上的 各定了几个', today, ['钱塘25年要落地几个10亿元以上项目']);
    expect(line).toMatch(/钱塘区2025年10亿元以上项目（目标）：20个 \[1\]；钱塘区2025年亿元以上项目（目标）：100个/);
  });

  it('the battery plant’s capacity, in the unit asked', async () => {
    const line = await govFirstLine('杭州24年先进制造业基地领域 那个动力电池项目年产能多少GWh', today);
    expect(line).toMatch(/12GWh/);
  });
});

describe('English asked of the reports', () => {
  it('"Class IV or better" of the district’s rivers', async () => {
    const line = await govFirstLine('Qiantang New Area, 2020: share of district-level rivers at Class IV or better?', today);
    expect(line).toMatch(/over 70%/);
  });

  it('"golden corner, silver edge" spots to add', async () => {
    const line = await govFirstLine("Beijing 2026: how many 'golden corner, silver edge' spots will be added?", today);
    expect(line).toMatch(/金角银边 \(target\): 100处/);
  });

  it('"per Fujian’s 2025 report … so far": the report’s review of the year before', async () => {
    const line = await govFirstLine(
      "Per Fujian's 2025 report, how much in special loans for private small firms has been issued so far?",
      today,
    );
    expect(line).toMatch(/^\(“2025 report” = 2024\) Fujian .*专项贷款 \(actual\): 200亿元/);
  });
});

describe('a code name asked in English by its missing digits', () => {
  it("\"the provincial party committee's '13-what' plan\": 1310", async () => {
    const line = await govFirstLine("guangdong's 2025 work revolves around the provincial party committee's '13-what' plan?", today);
    expect(line).toMatch(/具体部署: 1310/);
  });

  it('"\'?+N\'": 7+N', async () => {
    const line = await govFirstLine("anhui 2024: its future-industries programme is the '?+N' project?", today);
    expect(line).toMatch(/7\+N/);
  });
});

describe('session 35, later finds', () => {
  it('"浙江民企“五张榜单”大满贯 到去年是连着几年了": the streak the five years’ review states', async () => {
    const line = await govFirstLine('浙江民企“五张榜单”大满贯 到去年是连着几年了', today);
    expect(line).toMatch(/中国民营企业“五张榜单”（实绩）：连续2年实现大满贯 \[1\]/);
  });

  it('"至少拿出几分之一投基础研究": 1/3', async () => {
    const line = await govFirstLine('广东25年省科技创新战略专项资金 至少拿出几分之一投基础研究', today);
    expect(line).toMatch(/省科技创新战略专项资金：1\/3以上 \[1\]/);
  });

  it('"钱塘前年整体经济 用一句话讲": the year’s GDP', async () => {
    const line = await govFirstLine('钱塘前年整体经济 用一句话讲', today);
    expect(line).toMatch(/钱塘区2024年地区生产总值（实绩）：1416亿元，增长5.1%/);
  });

  it('"was Gongshu to build": the plan’s figure', async () => {
    const line = await govFirstLine('How many scenic-spot TCM experience halls was Gongshu to build in 2023?', today);
    expect(line).toMatch(/^Gongshu District 2023 .*中医体验馆 \(target\): 1家/);
  });

  it('"gs 2023 … demolition and relocation … which metro line": 15号线', async () => {
    const line = await govFirstLine('gs 2023: demolition and relocation for which metro line of phase IV?', today);
    // What a thing is numbered is neither a result nor a target: answered, not "no actual result".
    expect(line).toMatch(/^Gongshu District 2023 .*: 15号线 \[1\]/);
  });
});

describe('a city with no report of its own', () => {
  it('is answered from the report that writes what was asked of it, no number asked', async () => {
    const line = await govFirstLine('福州呢 那年入选了什么气候方面的试点', today, ['福建24年龙岩地质公园批成了什么']);
    expect(line).toMatch(
      /^（24年 = 2024年）福州市没有单独的报告，据福建省《2025年福建省政府工作报告》：.*福州、龙岩入选深化气候适应型城市建设试点/,
    );
  });

  it('a number asked of it that no sentence gives stays refused', async () => {
    const engine = await govCorpusEngine();
    const answer = await engine.ask('厦门2025年GDP多少', { today });
    expect(answer.notFound).toBe(true);
  });

  it('a sentence that names it but not every word asked is only shown, not an answer', async () => {
    const engine = await govCorpusEngine();
    const answer = await engine.ask('福州有什么海上风电新项目', { today });
    expect(answer.notFound).toBe(true);
  });
});

describe('things joined and asked each', () => {
  it('are each found by their own words, and set like for like (two targets)', async () => {
    const line = await govFirstLine('城中村雨污分流项目跟单村水站 各多少', today, ['浙江25年青年入乡实践站点建多少个']);
    expect(line).toMatch(/实施城中村雨污分流及纳厂治理项目（目标）：300个 \[1\]；浙江省2025年改造提升单村水站（目标）：300座以上/);
  });
});

describe('English shorthand', () => {
  it('"sd, 2021–25: big science facilities added?": the five years\' count', async () => {
    const line = await govFirstLine('sd, 2021–25: big science facilities added?', today);
    expect(line).toMatch(/^Shandong 14th Five-Year Plan \(十四五\) period 大科学装置新增 \(actual\): 2个/);
  });

  it('"keeps building a \'Shanhai No. ?\' scenic byway": 1号', async () => {
    const line = await govFirstLine("Fujian keeps building a 'Shanhai No. ?' scenic byway in 2025 — which number?", today);
    expect(line).toMatch(/风景道: 1号/);
  });
});

describe('a growth set against the answer just given', () => {
  it('"…的增速 跟这个比哪个高": both figures, compared by growth', async () => {
    const line = await govFirstLine('钱塘24年规上工业总产值的增速 跟这个比哪个高', today, [
      '亚运那年杭州规上工业增加值 规模多少亿',
      '那涨幅呢',
    ]);
    expect(line).toMatch(
      /钱塘区2024年规上工业总产值（实绩）：3756.5亿元，增长2.4% \[1\]；杭州市2023年规上工业增加值（实绩）：4355亿元，增长2.4% \[2\]。两者相同：2.4% 对 2.4%/,
    );
  });
});

describe("a covered place that only begins a venue's name", () => {
  it('"Hangzhou Gymnasium" beside Gongshu is no second place asked', async () => {
    const line = await govFirstLine(
      'Gongshu 2023 plan: how many big venues (Canal Sports Park, the esports centre, Hangzhou Gymnasium) in its operations plan?',
      today,
    );
    expect(line).not.toMatch(/Hangzhou City/);
  });

  it('two places named as places are still both asked', async () => {
    const line = await govFirstLine('Compare Hangzhou and Gongshu GDP growth in 2023', today);
    expect(line).toMatch(/Hangzhou City 2023 .*Gongshu District 2023/);
  });
});
