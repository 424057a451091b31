import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { firstLineOf, govFirstLine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 26's classes through the engine, on the seed corpus and the 20 work reports, and on the 2025 reports of
 * 云南, 湖南 and 吉林 (found on the tune halves of fresh-o, fresh-q and fresh-t). Today pinned: 今年 = 2026.
 */
const today = new Date('2026-12-04');
const lead = (q: string, history: string[] = []) => govFirstLine(q, today, history);

describe('a rank asked in English', () => {
  it('is a figure asked, the ranked thing named in the Chinese its words were read as', async () => {
    expect(await lead('Where did Anhui rank nationally in 2025 for the value of major projects pitched to private capital?')).toMatch(
      /^Anhui 2025 向民间资本推介重大项目投资总额 \(actual\): 全国第3位/,
    );
  });
});

describe('a place’s English name starting the name of a river', () => {
  it('is no place asked: "Suzhou Creek" is 苏州河, and neither 苏州 nor 宿州 (also "Suzhou") is said not covered', async () => {
    const first = await lead('How many riverside service stations along the Huangpu and Suzhou Creek were upgraded last year?');
    expect(first).not.toMatch(/do not cover/);
  });
});

describe('"national" after a name', () => {
  it('is part of the name ("Huairou national science centre"), not the country', async () => {
    expect(await lead('Huairou national science centre: how many facilities are now doing research?')).toMatch(
      /^Beijing 2024 怀柔综合性国家科学中心 \(actual\): 29个/,
    );
  });
});

describe('a streak in months and a count scoped by another count', () => {
  it('"持续了几个月" is answered by the streak’s length, not the growth beside it', async () => {
    expect(await lead('广东技改投资两位数增长持续了几个月')).toMatch(/技改投资（实绩）：连续24个月保持两位数增长/);
  });

  it('"涵盖多少类问题" is answered by the 101类 of 7大领域101类问题', async () => {
    expect(await lead('安徽今年问题排查治理 涵盖多少类问题')).toMatch(/安徽省2026年问题排查和治理（目标）：101类/);
  });
});

describe('the thing asked of a sentence of several', () => {
  it('a count’s noun after its measure names it ("几条举措": 出台举措 25条, not the 164条 产业链 before)', async () => {
    expect(await lead('福建24年给县域重点产业链出了几条举措')).toMatch(/福建省2024年出台举措（实绩）：25条/);
  });

  it('a size asked ("区域基金规模多大") is a level’s own value, its name writing 规模 or not', async () => {
    expect(await lead('国家创业投资引导基金去年在大湾区设的区域基金规模多大')).toMatch(/设立区域基金总规模（实绩）：超500亿元/);
    // The thing whose size is asked is the one right before its measure: the other fund of the same sentence here.
    expect(await lead('广东去年组建的省战略性新兴产业投资引导基金规模多大')).toMatch(
      /省战略性新兴产业投资引导基金总规模（实绩）：1000亿元/,
    );
  });

  it('a share asked is answered by the named share, not the whole named beside it; "要占" asks the plan', async () => {
    expect(await lead('浙江25年新增电力装机里 绿色能源要占多少')).toMatch(/浙江省2025年绿色能源占比（目标）：60%以上/);
  });

  it('"要治理掉多少万平米" asks the plan’s 治理违法建设 in 平方米', async () => {
    expect(await lead('北京2025年违法建设要治理掉多少万平米')).toMatch(/北京市2025年治理违法建设（目标）：2000万平方米/);
  });

  it('a streak counted in times ("连续几次优秀") is its length, not an outline', async () => {
    expect(await lead('福建省级政府安全生产和消防工作考核 去年为止连续几次优秀')).toMatch(
      /安全生产和消防工作考核（实绩）：连续3次获评优秀/,
    );
  });
});

describe('several things asked at once, one of them a glossary indicator', () => {
  it('answers each in the order asked, not only the indicator the glossary knows', async () => {
    const first = await lead('安徽优良天数比率、国考断面水质优良比例、公众生态环境满意率 分别是多少');
    expect(first).toMatch(/优良天数比率（实绩）：[\d.]+%.*国考断面水质优良比例（实绩）：[^；]*%.*公众生态环境满意率（实绩）：90%以上/);
  });
});

describe('two places compared on an increase', () => {
  it('gives no verdict when one side states only its total, and says so', async () => {
    const first = await lead('浙江和山东25年新增单项冠军企业谁多');
    expect(first).toMatch(/浙江省2025年新增制造业单项冠军企业（实绩）：45家.*274家.*（一为新增、一为总数，不作比较）$/);
    expect(first).not.toMatch(/更多/);
  });

  it('says which has more when both state the increase', async () => {
    expect(await lead('浙江和江苏25年新增制造业单项冠军企业谁多')).toMatch(/江苏省更多：52家 对 45家/);
  });
});

describe('which of two asked in English', () => {
  it('asks their numbers, and says which has more ("Which had more …, Zhejiang or Jiangsu?", "Did … or … add more …?")', async () => {
    for (const q of [
      'Which had more new single-champion firms in 2025, Zhejiang or Jiangsu?',
      'Did Zhejiang or Jiangsu add more single-champion firms in 2025?',
    ])
      expect(await lead(q)).toMatch(/45家.*52家.*Jiangsu has more: 52家 vs 45家/);
  });
});

describe('titles shared out without 分别', () => {
  it('answer each count by its title, in English and Chinese, and 全国 of a title is no place asked', async () => {
    expect(await lead('How many Guangdong districts made the national top-100 districts list in 2024?')).toMatch(
      /^Guangdong 2024 获评全国百强区 \(actual\): 17个/,
    );
    const towns = await lead('广东24年有几个镇进了全国千强镇');
    expect(towns).toMatch(/广东省2024年获评全国千强镇（实绩）：124个/);
    expect(towns).not.toMatch(/全国的该项数据/);
  });
});

describe('a group asked after the whole population, then another year', () => {
  it('keeps the group ("农村的呢" then "那前年呢": 农村 of 2024, not both groups), found in the terminal trial', async () => {
    const first = await lead('那前年呢', ['江苏去年人均可支配收入多少', '农村的呢']);
    expect(first).toMatch(/江苏省2024年农村居民人均可支配收入（实绩）：3\.2万元/);
    expect(first).not.toMatch(/城镇/);
  });
});

describe('follow-ups', () => {
  it('a correction of the year ("年份打错了 应该是26年不是25") asks the earlier subject in that year, read as its own', async () => {
    expect(await lead('年份打错了 应该是26年不是25', ['安徽25年新培育省级工业互联网平台几家'])).toMatch(
      /安徽省2026年新增省级重点工业互联网平台（目标）：10家以上/,
    );
  });

  it('"保持了几年" asks a streak’s length, and 全国优秀 of the earlier question is no place asked', async () => {
    const first = await lead('那没有高风险金融机构 保持了几年', ['福建污染防治攻坚战成效考核 截止24年连续几年全国优秀']);
    expect(first).toMatch(/福建省无高风险金融机构（实绩）：连续5年/);
    expect(first).not.toMatch(/全国的该项数据/);
  });

  it('"trillion-yuan industry clusters" reads the reports’ 万亿元级 too', async () => {
    expect(
      await lead('what about 广东 — how many trillion-yuan industry clusters?', [
        'How many new national advanced manufacturing clusters did Shandong get in 2024?',
      ]),
    ).toMatch(/万亿元级产业集群 \(target\): 8个/);
  });
});

describe('on the 2025 reports of 云南, 湖南 and 吉林 (Word)', () => {
  let threeReports: Engine;
  beforeAll(async () => {
    threeReports = await wordReportsEngine('questions-s26-');
  }, 120_000);
  const lead3 = (q: string) => firstLineOf(threeReports, q, today);

  it('reads "rank in China" as the scope of the rank, and the second of two ranks shared out by 分别', async () => {
    const first = await lead3('Where does Yunnan rank in China for electrolytic aluminium capacity?');
    expect(first).toMatch(/^Yunnan 2024 电解铝产能 \(actual\): 全国第4位/);
    expect(first).not.toMatch(/China\)/);
  });

  it('reads "trillion-yuan industries" as the reports’ class 万亿级产业', async () => {
    expect(await lead3('hunan: number of trillion-yuan industries')).toMatch(/万亿级产业 \(actual\): 6个/);
  });

  it('answers a count asked of a year the reports hold only the plan of with the plan, said so', async () => {
    expect(await lead3('Jilin 2025 — new foreign-trade firms, how many?')).toMatch(
      /^The reports give no actual result for Jilin 2025, only a target\..*新增外贸企业 \(target\): over 200家/,
    );
  });
});
