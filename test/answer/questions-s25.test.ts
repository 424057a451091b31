import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { firstLineOf, govFirstLine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 25's classes through the engine, on the seed corpus and the 20 work reports, and on the 2025 reports of
 * 云南, 湖南 and 吉林 (found on the tune halves of fresh-r and fresh-s). Today pinned: 今年 = 2026, 去年 = 2025.
 */
const today = new Date('2026-12-03');
const lead = (q: string, history: string[] = []) => govFirstLine(q, today, history);

describe('a count of people named only by what they gained', () => {
  it('is named by the clause before it (发放价格补贴…受益), and answers the question in English and Chinese', async () => {
    expect(await lead('How many low-income people got price subsidies in 2022?')).toMatch(/价格补贴受益 \(actual\): about 6700万人/);
    expect(await lead('2022年多少低收入群众拿到了价格补贴')).toMatch(/价格补贴受益（实绩）：约6700万人/);
  });
});

describe('a counted noun that opens with the word the sentence’s subject ends in', () => {
  it('is that subject’s: 城中村改造…启动26个改造项目 answers how many 城中村改造项目 were started', async () => {
    const first = await lead('上海25年启动了多少个城中村改造项目');
    expect(first).toMatch(/上海市2025年启动城中村改造项目（实绩）：26个/);
  });
});

describe('follow-ups asking the number of what was talked about', () => {
  it('"说个数" and "有数吗" ask the figure of the earlier subject, the words asking it no words searched', async () => {
    expect(await lead('说个数', ['北京老老人服务保障惠及面大吗'])).toMatch(/“老老人”服务保障措施惠及（实绩）：80余万/);
    expect(await lead('有数吗', ['浙江医疗检查检验互认推进得怎么样'])).toMatch(/“浙医互认”高频检查检验项目覆盖率（实绩）：90%/);
  });

  it('a correction asking what is already built after a plan asks the result of the same subject', async () => {
    expect(await lead('说错了 我要的是24年已经建成的', ['北京25年要新建几个紧密型城市医疗集团'])).toMatch(
      /北京市2024年建成紧密型城市医疗集团（实绩）：9个/,
    );
  });

  it('"那年" and a count in its counter (几所) are no words a sentence must write', async () => {
    expect(await lead('那年新增了几所普通高校', ['江苏24年设立的省战略性新兴产业母基金规模多大'])).toMatch(/新增普通高等学校（实绩）：4所/);
  });
});

describe('a verb and its noun with the asking of how many between them', () => {
  it('name one figure: 吸引了多少观众 is 吸引观众, 认定了多少人才 is 认定人才', async () => {
    expect(await lead('上海24年营业性演出吸引了多少观众')).toMatch(/上海市2024年吸引观众（实绩）：2545万人次/);
    expect(await lead('浙江去年“企业认定、政府认账”认定了多少人才')).toMatch(/认定人才（实绩）：5\.45万名/);
  });

  it('and a name the question writes in pieces of another order (给重大项目保障了多少用能指标)', async () => {
    expect(await lead('浙江24年给重大项目保障了多少用能指标')).toMatch(/保障重大项目用能指标（实绩）：1600万吨标准煤/);
  });
});

describe('a count asked in its counter', () => {
  it('is the number of the things, not the outline, though 重点 is in their name', async () => {
    expect(await lead('江苏今年推几项基础研究重点项目')).toMatch(/江苏省2026年基础研究重点项目（目标）：60项/);
  });

  it('but which ones (哪几件, 哪几块) asks the outline', async () => {
    expect(await lead('江苏今年准备重点干哪几件')).toMatch(/^（今年 = 2026年）江苏省工作重点/);
    expect(await lead('广东今年政府工作主要抓哪几块')).toMatch(/^（今年 = 2026年）广东省工作重点/);
  });

  it('of a place named by its size ("人口小县") is no question about the population', async () => {
    expect(await lead('福建24年完成机构改革的人口小县有几个')).toMatch(/人口小县机构改革（实绩）：11个/);
  });
});

describe('a bound reached ("压到了不超过")', () => {
  it('asks the result, not a target', async () => {
    expect(await lead('这些年工程建设项目全流程审批时间压到了不超过多少个工作日')).toMatch(/（实绩）：不超过120个工作日/);
  });
});

describe('a number written in words', () => {
  it('is no subject the cited sentence must write ("从一个多月压到了几天")', async () => {
    expect(await lead('开办一家企业的时间从一个多月压到了几天')).toMatch(/企业开办时间.*平均4个工作日以内/);
  });
});

describe('a result asked in English of a term whose only figure is a target', () => {
  it('is said to have no result, the target shown as the nearest, never another thing’s result', async () => {
    const first = await lead('how many km of underground pipelines did fujian build or renovate in 2025');
    expect(first).toMatch(
      /^The reports give no actual result for Fujian 2025, only a target\..*新建改造地下管网 \(target\): over 2000公里/,
    );
    expect(first).not.toMatch(/供水一体化管网/);
  });

  it('leads with no result of another thing beside it (a share of transfers for central budget investment)', async () => {
    expect(await lead('2022 central budget investment — how much?')).not.toMatch(/转移支付占比/);
  });
});

describe('"谁多" after two places', () => {
  it('asks which of them, no word the cited sentences must write', async () => {
    expect(await lead('今年安徽和山东各办多少项民生实事 谁多')).toMatch(
      /安徽省2026年办好民生实事（目标）：30项.*山东省2026年扎实办好重点民生实事（目标）：20项/,
    );
  });
});

describe('a streak asked in everyday words', () => {
  it('"连着几年" asks how long it runs, as 连续几年 does', async () => {
    expect(await lead('江苏在健康中国考核里连着几年拿优秀')).toMatch(/连续4年/);
  });
});

describe('an increase asked in English', () => {
  it('is answered by the amount the reports say it rose by, named by the noun after it', async () => {
    expect(await lead("How big is China's one-off local debt quota increase to swap hidden debt?")).toMatch(
      /地方专项债务限额置换存量隐性债务 \(actual\): up 6万亿元/,
    );
  });
});

describe('an English conversation about plans', () => {
  const plans = ['How many community-embedded elderly care facilities was Shandong going to add in 2025?', 'and the year after?'];
  it('keeps asking the plan when a follow-up says no more than a year that is over ("back to 2025")', async () => {
    expect(await lead('back to 2025 — how many smart elderly homes?', [...plans, 'ok, and dementia care beds that year?'])).toMatch(
      /Shandong 2025 新增智慧养老院 \(target\): 30家/,
    );
  });
});

describe('English words in the reports’ senses', () => {
  it('reads green power brought in from outside as 外调绿电', async () => {
    expect(await lead("What was Beijing's 2025 goal for green power brought in from outside the city?")).toMatch(
      /外调绿电规模 \(target\): aiming at 400亿千瓦时/,
    );
  });

  it('reads a one-off living allowance for people in hardship as 一次性生活补助 for 困难群众', async () => {
    expect(await lead('one-off living allowance for people in hardship in 2024 — how many got it?')).toMatch(
      /China 2024 向困难群众发放一次性生活补助惠及 \(actual\): over 1100万人/,
    );
  });
});

describe('on the 2025 reports of 云南, 湖南 and 吉林 (Word)', () => {
  let threeReports: Engine;
  beforeAll(async () => {
    threeReports = await wordReportsEngine('questions-s25-');
  }, 120_000);
  const lead3 = (q: string) => firstLineOf(threeReports, q, today);

  it('reads funds brought home by returning entrepreneurs as 湘商回归’s 到位资金', async () => {
    expect(await lead3('hunan — funds brought home by returning hunan entrepreneurs in 2024?')).toMatch(/6000亿元/);
  });

  it('keeps a number of a name ("五个一工程") a word the sentence must write', async () => {
    expect(await lead3('湖南和云南 24年五个一工程获奖作品 谁多')).toMatch(/4部.*3部/);
  });

  it('reads a name romanised in two words whole ("Xu Teli" is 徐特立)', async () => {
    expect(await lead3("Hunan 'Xu Teli' county high schools — how many are up and running?")).toMatch(/徐特立项目.*100所/);
  });

  it('keeps a hyphenated name’s words as read ("Three-North" is 三北, "Three" no unknown name)', async () => {
    expect(await lead3('Jilin Three-North shelterbelt construction area planned for 2025?')).toMatch(/70万亩/);
  });

  it('reads work under way ("is Jilin restoring … in 2025") as the year’s plan', async () => {
    expect(await lead3('How much land is Jilin restoring under its mountains-rivers and old-mine projects in 2025?')).toMatch(
      /Jilin 2025 .*修复国土 \(target\): 50万亩/,
    );
  });

  it('answers a result asked of a year the reports hold only the plan of with the plan, said so, never "not covered"', async () => {
    const first = await lead3('How much land did Jilin restore in 2025?');
    expect(first).toMatch(/^The reports give no actual result for Jilin 2025, only a target\..*修复国土 \(target\): 50万亩/);
  });
});
