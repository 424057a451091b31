import { describe, expect, it } from 'vitest';
import { govFirstLine } from '../support/engine.js';

/**
 * Session 51: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over the real
 * reports (the readings themselves: test/lang/readings-s51.test.ts).
 */
const today = new Date('2026-12-07');
const ask = (question: string, history: string[] = []) => govFirstLine(question, today, history);

describe('the thing counted after the count asked, with an indicator read before it', () => {
  it('"拱墅22年安置房项目有几个主体结顶了": 17个 of 项目主体结顶, not the 51 安置房项目续建 of the indicator 安置', async () => {
    expect(await ask('拱墅22年安置房项目有几个主体结顶了')).toMatch(/^（22年 = 2022年）拱墅区2022年项目主体结顶（实绩）：17个 \[1\]$/);
  });

  it('and the next thing of the same list ("竣工交付")', async () => {
    expect(await ask('拱墅22年安置房项目有几个竣工交付了')).toMatch(/项目竣工交付（实绩）：10个/);
  });
});

describe('an average over years written with a qualifier on both sides', () => {
  it('"那五年城镇新增就业年均多少": the 年均1270多万人, an average over the five years, before a span total', async () => {
    expect(await ask('那五年城镇新增就业年均多少')).toMatch(/^全国城镇新增就业（实绩）：年均1270多万人 \[1\]$/);
  });
});

describe('a plan asked after a result', () => {
  it('"去年要再建多少个" after "广东前年建成了多少个标准化就业驿站": the 122个 to be built, not the 爱心驿站 built before', async () => {
    expect(await ask('去年要再建多少个', ['广东前年建成了多少个标准化就业驿站'])).toMatch(/广东省2025年建设“就业驿站”（目标）：122个/);
  });
});

describe('this year, its results not yet reported', () => {
  it('"浙江今年省属国企研发投入增速 要比全省平均高几个点": the plan answers, labelled a target', async () => {
    expect(await ask('浙江今年省属国企研发投入增速 要比全省平均高几个点')).toMatch(
      /^（今年 = 2026年）浙江省2026年省属国有企业研发投入增速与全省平均差距（目标）：高2个百分点以上 \[1\]$/,
    );
  });

  it('a result asked in words of this year is still said to be unreported, its target the nearest held', async () => {
    expect(await ask('浙江今年GDP增长多少')).toMatch(/^（今年 = 2026年）报告没有浙江省2026年地区生产总值的实际完成情况，只有目标。/);
  });

  it('a year already reported is answered by its result, whatever its words', async () => {
    expect(await ask('浙江去年省属国企研发投入增速比全省平均高几个点')).toMatch(/^（去年 = 2025年）浙江省2025年.*（实绩）/);
  });
});

describe('a thing counted, named in quotes', () => {
  it('"广东户外劳动者爱心驿站已经建成多少个": the 超1.6万个 爱心驿站', async () => {
    expect(await ask('广东25年户外劳动者爱心驿站已经建成多少个')).toMatch(/建成户外劳动者“爱心驿站”.*超1\.6万个/);
  });
});

describe('a fall asked in per cent', () => {
  it('"平均跑动次数少了百分之几" asks the fall (减少93%), no share', async () => {
    expect(await ask('安徽去年高效办成一件事 平均跑动次数少了百分之几')).toMatch(
      /^（去年 = 2025年）安徽省2025年平均跑动次数（实绩）：下降93% \[1\]$/,
    );
  });
});

describe('the words qualifying a name, read past the time written between them', () => {
  it('"南沙港前年集装箱吞吐量破了多少万标箱": 南沙港\'s 2000万标箱, not 下沙港\'s 14万', async () => {
    expect(await ask('南沙港前年集装箱吞吐量破了多少万标箱')).toMatch(/广东省2024年南沙港集装箱吞吐量（实绩）：突破2000万标箱/);
  });
});

describe('English words the reports write', () => {
  it.each([
    ['anhui 2024 — new provincial regional (specialty) medical centres?', /新布局省级区域\(专科\)医疗中心 \(actual\): 7个/],
    ['fujian 2025 target for passenger-freight-mail combined routes?', /客货邮融合线路 \(target\): 800条/],
    ['guangdong 2024: central towns being built to small-city standards — how many?', /中心镇按照小城市标准规划建设 \(actual\): 65个/],
    [
      'beijing 2025: interdisciplinary research platforms (brain-computer etc) in trial operation — how many?',
      /交叉研究平台试运行 \(actual\): 3个/,
    ],
  ])('%s', async (question, answer) => {
    expect(await ask(question)).toMatch(answer);
  });
});

describe("the world's economy is no place's own", () => {
  it('"24年我国对全球经济增长的贡献率大概多少": the 30% contribution, not the country\'s GDP growth', async () => {
    expect(await ask('24年我国对全球经济增长的贡献率大概多少')).toMatch(
      /^（24年 = 2024年）全国2024年对全球经济增长的贡献率（实绩）：30%左右 \[1\]$/,
    );
  });
});

describe('an English growth of things counted in a generic word', () => {
  it('"hangzhou 2023: growth in the number of registered companies?": 企业96万户, up 9.5%, said to count entities', async () => {
    expect(await ask('hangzhou 2023: growth in the number of registered companies?')).toMatch(
      /^Hangzhou City 2023 Enterprises \(企业, actual\): 96万户 \(960,000 entities\), up 9\.5% \[\d\]$/,
    );
  });

  it('the year asked names no figure whose name writes it ("入选2023年度全国物流50强企业")', async () => {
    expect(await ask('hangzhou 2023: growth in the number of registered companies?')).not.toMatch(/物流50强/);
  });
});

describe('a part above a higher threshold, asked in conversation', () => {
  it('"那制造业里10亿以上的呢" after the 服务业 pair: the 55 of 制造业, not the 300 of 1亿元以上', async () => {
    expect(
      await ask('那制造业里10亿以上的呢', ['杭州24年要落地的亿元以上制造业固投项目 多少个', '服务业那头 亿元以上的和10亿以上的各几个']),
    ).toMatch(/落地总投资10亿元以上制造业固投类项目（目标）：55个/);
  });
});

describe('another of the same kind, asked after', () => {
  it('"服务业的呢" after the 制造业 projects above 10亿元: the 35 of 服务业', async () => {
    expect(await ask('服务业的呢', ['杭州24年10亿元以上的制造业项目要落地几个'])).toMatch(/落地总投资10亿元以上服务业项目（目标）：35个/);
  });

  it('"进口呢" after a question of exports never answers with the exports', async () => {
    expect(await ask('进口呢', ['浙江去年出口增长多少'])).not.toMatch(/出口/);
  });
});

describe('two thresholds asked each', () => {
  it('"服务业那头 亿元以上的和10亿以上的各几个": both the 90 and the 35', async () => {
    expect(await ask('服务业那头 亿元以上的和10亿以上的各几个', ['杭州24年要落地的亿元以上制造业固投项目 多少个'])).toMatch(
      /1亿元以上服务业项目（目标）：90个 \[1\]；杭州市2024年落地总投资10亿元以上服务业项目（目标）：35个/,
    );
  });
});
