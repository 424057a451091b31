import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { firstLineOf, govFirstLine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 43: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over real
 * reports (the readings themselves: test/lang/readings-s43.test.ts).
 */
const today = new Date('2026-12-06');
const ask = (question: string, history: string[] = []) => govFirstLine(question, today, history);

describe('things counted and the words around them', () => {
  it('"the Jinan–Qingdao–Yantai new-format consumption pilots": the 3 pilots, not a count of another sentence', async () => {
    expect(await ask('sd this year: the Jinan–Qingdao–Yantai new-format consumption pilots — how many?')).toMatch(
      /^\(this year = 2026\) Shandong 2026 济青烟新业态新模式新场景消费试点 \(target\): 3个 \[\d\]/,
    );
  });

  it('"accessibility points … upgraded": the 14万个 upgraded, no change of a level and no other sentence’s figure', async () => {
    expect(await ask('How many accessibility points and key public-service venues did Hangzhou upgrade in 2023?')).toMatch(
      /无障碍点位及重要公共服务场所改造 \(actual\): 14万个/,
    );
  });

  it('"计划开工几条 竣工几条 顺便报下公里数": each count asked, in the order asked', async () => {
    expect(await ask('拱墅23年道路 计划开工几条 竣工几条 顺便报下公里数')).toMatch(/开工（目标）：17条 \[\d\]；.*竣工（目标）：20条/);
  });
});

describe('plans and levels asked in a note’s shorthand', () => {
  it('"grain output floor, mn tonnes?": the plan’s floor (511万吨以上), not "no actual result"', async () => {
    expect(await ask("fujian's 2025 grain output floor, mn tonnes?")).toMatch(
      /^Fujian 2025 Grain Output \(粮食产量, target\): over 511万吨/,
    );
  });

  it('"GDP of zhejiang in 2024 pls": the growth, said to be no level', async () => {
    expect(await ask('GDP of zhejiang in 2024 pls')).toMatch(/^The reports give no 2024 level, only the growth: .*growth 5\.5%/);
    expect(await ask('浙江2024年GDP')).toMatch(/^报告未给出2024年总量，只有增速：.*增长5\.5%/);
    // A growth asked is answered as asked.
    expect(await ask('浙江2024年GDP增速')).toMatch(/^浙江省2024年生产总值（实绩）：增长5\.5%/);
  });
});

describe('places the reports do not cover', () => {
  it('a county-level city is refused by name, never answered with another place’s figure', async () => {
    expect(await ask('万宁25年接待了多少游客')).toBe('（25年 = 2025年）这些报告不涉及万宁市。');
    expect(await ask('golmud gdp growth last yr?')).toBe('(last yr = 2025) The reports do not cover Golmud.');
    expect(await ask('那琼海呢', ['江苏前年新增了几个国家学前教育普及普惠县'])).toBe('（前年 = 2024年）这些报告不涉及琼海市。');
  });
});

describe('the Word reports (云南, 湖南, 吉林 2025)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await wordReportsEngine('s43-word-');
  });
  const askWord = (question: string) => firstLineOf(engine, question, today);

  it('"城镇居民收入" where the reports give only the all-resident figure: that figure, said so, never the rural one', async () => {
    const line = await askWord('云南前年城镇居民收入多少');
    expect(line).toMatch(/^（前年 = 2024年）报告未给出城镇居民的数据，只有全体居民：云南省2024年居民人均可支配收入（实绩）：增长5\.3%/);
    expect(line).not.toMatch(/农村/);
  });

  it('"…, bn yuan?" asks money: the key projects’ investment (5367.1亿元), not the count of projects beside it', async () => {
    expect(await askWord('hunan 2024 — investment in provincial key projects, bn yuan?')).toMatch(
      /省重点工程项目投资 \(actual\): 5367\.1亿元/,
    );
  });
});

describe('several things asked of one measure', () => {
  it('"食品和药品抽检合格率分别多少": each, in the order asked', async () => {
    expect(await ask('福建去年食品和药品抽检合格率分别多少')).toMatch(
      /食品抽检合格率（实绩）：99\.62% \[\d\]；.*药品抽检合格率（实绩）：99\.71%/,
    );
  });

  it('"国有建设用地 新增用海 用林地各多少万亩": the three, in the order asked', async () => {
    expect(await ask('浙江去年供应的国有建设用地 新增用海 用林地各多少万亩')).toMatch(/37\.3万亩.*29\.2万亩.*13\.2万亩/);
  });
});

describe('a market value asked', () => {
  it('"北交所总市值去年底多少": Beijing’s 8600亿元, no place 北交所总市', async () => {
    expect(await ask('北交所总市值去年底多少')).toMatch(/北京市2025年总市值（实绩）：超8600亿元/);
    expect(await ask('BSE (beijing stock exchange) total market cap end-2025?')).toMatch(/^Beijing 2025 总市值 \(actual\): over 8600亿元/);
  });
});

describe('from the terminal trial', () => {
  it('"广东深圳去年GDP多少": Guangdong’s figure, said to be no figure of Shenzhen', async () => {
    expect(await ask('广东深圳去年GDP多少')).toMatch(
      /^（去年 = 2025年）报告未给出深圳市的该项数据，以下为广东省的：广东省2025年地区生产总值/,
    );
  });

  it('"新开了几条地铁线": the report’s 开通3条地铁新线', async () => {
    expect(await ask('北京去年新开了几条地铁线')).toMatch(/北京市2025年开通地铁新线（实绩）：3条/);
  });
});

describe('English compounds', () => {
  it('"min effective corporate income tax rate for small & micro firms — from what to what?": the pair, not disposable income', async () => {
    expect(await ask('2023 work report: min effective corporate income tax rate for small & micro firms — from what to what?')).toMatch(
      /小微企业所得税实际最低税负率 \(actual\): from 10% to 2\.5%/,
    );
  });
});

describe('conversations', () => {
  it('"总里程呢" after "北京去年新开了几条地铁线": the total length (909公里), not the 3 lines again', async () => {
    expect(await ask('总里程呢', ['北京去年新开了几条地铁线'])).toMatch(/北京市2025年总里程（实绩）：909公里/);
  });

  it('"那今年累计要到多少处" after "信号灯联网呢": the running total of the thing talked about (8000处)', async () => {
    expect(await ask('那今年累计要到多少处', ['北京去年打算利用闲置空间建多少个停车位', '信号灯联网呢'])).toMatch(
      /北京市2026年信号灯联网（目标）：8000处/,
    );
  });
});
