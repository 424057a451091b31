import { describe, expect, it } from 'vitest';
import { govCorpusEngine, govFirstLine } from '../support/engine.js';

/**
 * Session 56: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over the real
 * reports (the readings: test/lang/readings-s56.test.ts).
 */
const today = new Date('2026-12-07');
const ask = (question: string, history: string[] = []) => govFirstLine(question, today, history);

describe('a count of times asked in its unit', () => {
  it('"钱塘去年促消费 系列活动全年打算办几场次": the 20场次 of the events, not the 40场 of job fairs', async () => {
    expect(await ask('钱塘去年促消费 系列活动全年打算办几场次')).toMatch(
      /^（去年 = 2025年）钱塘区2025年计划举办焕新消费季等系列活动（目标）：20场次以上 \[1\]/,
    );
  });

  it('"钱塘去年招聘活动办几场": the job fairs\' 40场 still', async () => {
    expect(await ask('钱塘去年招聘活动办几场')).toMatch(/钱塘区2025年开展各类招聘服务活动（目标）：不少于40场 \[1\]/);
  });

  it('"广东去年口岸进出的交通工具 全年多少万辆次": 2813.8万辆, the report\'s count with its 次 after the brackets', async () => {
    expect(await ask('广东去年口岸进出的交通工具 全年多少万辆次')).toMatch(
      /^（去年 = 2025年）广东省2025年抵离口岸的交通工具（实绩）：2813.8万辆 \[1\]/,
    );
  });
});

describe('a follow-up that names its own area', () => {
  it('"消费那边 焕新消费季这些活动打算办几场次" after a 科创 question: its own subject, the conversation\'s place and year', async () => {
    const history = ['钱塘去年的科创和消费安排', '落户钱塘的高校转化科技企业 去年目标几家'];
    expect(await ask('消费那边 焕新消费季这些活动打算办几场次', history)).toMatch(
      /^（去年 = 2025年）钱塘区2025年计划举办焕新消费季等系列活动（目标）：20场次以上 \[1\]/,
    );
  });
});

describe('an indicator written apart', () => {
  it('"杭州23年新增中小学学位多少个": the sentence writing 中小学 and 学位 apart is quoted, never "not covered"', async () => {
    const answer = await (await govCorpusEngine()).ask('杭州23年新增中小学学位多少个', { today });
    expect(answer.notFound).toBe(false);
    expect(answer.text).toContain('新建中小学和幼儿园98所、新增学位8.4万个');
  });
});

describe('English questions', () => {
  it('"surface water at grade III or better, 2024 and 2025": both years of 地表水优良水体比例', async () => {
    expect(await ask("jiangsu's surface water at grade III or better, 2024 and 2025?")).toMatch(
      /^Jiangsu Surface Water Quality by year \(actual\): 2024: 93\.3% \[1\]; 2025: 94\.8% \[2\]/,
    );
  });

  it('"the five years to 2022": the national review of 2018–2022, not a district\'s 2022', async () => {
    expect(await ask("what was china's wetland protection rate in the five years to 2022?")).toMatch(
      /^China 草原综合植被盖度和湿地保护率 \(actual\): over 50% \[1\]/,
    );
  });

  it('"grain-and-oil yield demonstration plots": 粮油单产提升引领方 260个', async () => {
    expect(await ask('shandong 2026: how many grain-and-oil yield demonstration plots will it set up?')).toMatch(
      /^Shandong 2026 新建粮油单产提升引领方 \(target\): 260个 \[1\]/,
    );
  });
});

describe('a follow-up that asks the same in another place "那边"', () => {
  it('"浙江那边新增了多少名" after a 广东 question on 非遗传承人: 浙江\'s 75名', async () => {
    const history = ['广东去年非遗保护做得怎么样', '新增了多少名国家级非遗代表性传承人'];
    expect(await ask('浙江那边新增了多少名', history)).toMatch(
      /^（去年 = 2025年）浙江省2025年新增国家级非遗代表性传承人（实绩）：75名 \[1\]/,
    );
  });
});

describe('the increment asked in everyday words', () => {
  it('"沪去年城里又多出几座公园": the 127座 added, not the 1100座 in all', async () => {
    expect(await ask('沪去年城里又多出几座公园')).toMatch(/^（去年 = 2025年）上海市2025年新增公园（实绩）：127座 \[1\]/);
  });
});

describe('English words for what the reports name otherwise', () => {
  it('"hangzhou\'s hotels in 2023 — guest growth": the 住宿设施\'s 游客, up 24.8%', async () => {
    expect(await ask("hangzhou's hotels in 2023 — guest growth, in percent?")).toMatch(
      /^Hangzhou City 2023 住宿设施共接待游客 .*up 24\.8% \[1\]/,
    );
  });
});

describe("the reports' shorthand", () => {
  it('"安徽2024年技术改造投资比全国快几个百分点": the 技改投资 gap, 12.4 points', async () => {
    expect(await ask('安徽2024年技术改造投资比全国快几个百分点')).toMatch(
      /^安徽省2024年制造业技改投资增速与全国差距（实绩）：高12\.4个百分点 \[1\]/,
    );
  });
});

describe('an ordinal of a series, the increment with its total, national labs', () => {
  it('"德清淡水珍珠复合养殖系统是浙江第几个全球重要农业文化遗产": 第6个', async () => {
    expect(await ask('德清淡水珍珠复合养殖系统是浙江第几个全球重要农业文化遗产')).toMatch(/全球重要农业文化遗产：第6个 \[1\]/);
  });

  it('"浙江24年新增全国重点实验室几家 累计多少家": both, 18家 and 38家', async () => {
    expect(await ask('浙江24年新增全国重点实验室几家 累计多少家')).toMatch(
      /^（24年 = 2024年）浙江省2024年新增全国重点实验室（实绩）：18家 \[1\]；浙江省2024年全国重点实验室（实绩）：38家 \[1\]/,
    );
  });

  it('"how many state key labs did zhejiang add in 2024?": 18家, not the 新增重大科技成果 beside it', async () => {
    expect(await ask('how many state key labs did zhejiang add in 2024?')).toMatch(
      /^Zhejiang 2024 新增全国重点实验室 \(actual\): 18家 \[1\]/,
    );
  });
});
