import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { govCorpusEngine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 20's classes through the engine, on the seed corpus and the 20 work reports, and on the three 2025 reports of
 * 云南, 湖南 and 吉林 as Word files (found on the tune halves of fresh-n and fresh-o). Today pinned: 今年 = 2026, 去年 = 2025.
 */
const today = new Date('2026-12-03');
const ask = async (q: string, history: string[] = []) => (await govCorpusEngine()).ask(q, { today, history });
const lead = async (q: string, history: string[] = []) => (await ask(q, history)).text.split('\n')[0];

let threeReports: Engine;
beforeAll(async () => {
  threeReports = await wordReportsEngine('questions-s20-');
}, 120_000);
/** The first line of the answer on the three Word reports. */
const leadOn3 = async (q: string, history: string[] = []) => (await threeReports.ask(q, { today, history })).text.split('\n')[0];

describe('a report named by its year', () => {
  it('answers a plan figure of the report’s own year when the year it reviews holds none', async () => {
    expect(await lead('24年政府工作报告里赤字规模比上年年初预算多了多少')).toMatch(/全国2024年.*1800亿元/);
  });

  it('still answers a result of the year it reviews first', async () => {
    expect(await lead('2024年政府工作报告里GDP增长了多少')).toMatch(/2023年.*5\.2%/);
  });
});

describe('what the reports hold nearest, for a number of a subject no indicator names', () => {
  it('says the year’s figure is not given, then shows the nearest, not a blanket "not covered"', async () => {
    const answer = await ask('广东去年闲置土地处置了多少亩');
    expect(answer.notFound).toBe(true);
    const [first] = answer.text.split('\n');
    expect(first).toMatch(/报告没有给出广东省2025年的这项数字.*报告中最接近的内容/);
    expect(answer.text).toMatch(/18\.3万亩|2\.8万亩/);
  });
});

describe('ranks', () => {
  it('reads a rank risen to in a clause after its subject’s', async () => {
    expect(await leadOn3('吉林肉牛屠宰量在全国排第几 以前呢')).toContain('从全国第11位到全国第5位');
  });

  it('answers a rank’s move over the years from the sentence that writes it, not a yearly table', async () => {
    expect(await lead('安徽高新技术企业数量全国排名这几年往前挪了几位')).toContain('从全国第10位到全国第8位');
  });

  it('takes a sentence that writes only the indicator’s rank as evidence for a rank asked in a year', async () => {
    expect(await lead('安徽24年进出口在全国排第几')).toMatch(/2024年.*全国第9位/);
  });

  it('reads a rank named by the question with a space before its rank word', async () => {
    expect(await leadOn3('云南有机产品低碳产品认证证书数 全国第几')).toContain('全国第2位');
  });
});

describe('several things asked at once', () => {
  it('"…和…哪个多" answers each', async () => {
    expect(await lead('山东这五年办理人大代表建议和政协委员提案哪个多')).toMatch(/4417件.*4245件.*。前者更多：4417件 对 4245件$/);
  });

  it('"…和…各压了多少" answers each', async () => {
    expect(await lead('安徽高效办成一件事 办理时限和提交材料各压了多少')).toMatch(/69%.*60%/);
  });

  it('two places each with a subject and a year of its own', async () => {
    expect(await lead('广东24年新增高标准农田 和江苏25年建成的 比一比')).toMatch(/广东省2024年.*112万亩.*江苏省2025年.*1739万亩/);
    expect(await leadOn3('吉林“畅返不畅”和湖南农村公路提质改造 25年计划哪个里程长 比一比')).toMatch(
      /5200公里.*湖南省2025年提质改造农村公路.*3000公里.*。前者更长：5200公里 对 3000公里$/,
    );
  });
});

describe('the asked figure of a sentence with several', () => {
  it('a part after 其中 leads, asked as 其中 or in a conversation', async () => {
    expect(await lead('广东25年改造农村危旧桥 其中通双车道的多少座')).toContain('超120座');
    expect(await lead('广东今年农村公路里 县道提档升级多少公里')).toContain('超600公里');
    expect(
      await lead('其中全国首创多少', [
        '安徽去年新增多少家科技型中小企业',
        '未来产业先导区集聚了多少核心企业',
        '自贸区累计推出多少项制度创新成果',
      ]),
    ).toContain('56项');
  });

  it('a noun over a shared verb', async () => {
    expect(await leadOn3('湖南25年计划新增多少专精特新中小企业')).toContain('800家');
  });

  it('the second of quoted names side by side', async () => {
    expect(await leadOn3('湖南保交房交付率到了多少')).toContain('98%');
  });
});

describe('conversations', () => {
  it('"加固重建的呢" asks its own subject', async () => {
    expect(await leadOn3('加固重建的呢', ['吉林24年安置了多少户危房群众'])).toContain('1312户');
  });

  it('"高出全国几个点" asks the conversation’s gap', async () => {
    expect(await lead('高出全国几个点', ['安徽24年制造业技改投资增长多少'])).toContain('12.4个百分点');
  });

  it('"地表水呢" and "美丽河湖呢" ask subjects of their own, in the conversation’s span', async () => {
    expect(await lead('地表水呢', ['过去五年全国细颗粒物浓度降了多少'])).toContain('87.9%');
    expect(await lead('美丽河湖呢', ['山东十四五期间建成几个国家生态文明建设示范区', '美丽海湾呢'])).toContain('7个');
  });

  it('"其中出口增长多少" after a trade question asks the part, not the whole again', async () => {
    expect(await lead('其中出口增长多少', ['上海去年外贸进出口总额多少'])).toMatch(/出口.*10\.8%/);
  });

  it('"跟浙江比谁多" still compares the conversation’s figure', async () => {
    expect(await lead('跟浙江比谁多', ['广东去年新增专精特新小巨人多少家'])).toMatch(/688家.*397家/);
  });
});

describe('words', () => {
  it('a misspelt place, "现在" and pinyin initials', async () => {
    expect(await leadOn3('湖男工业百亿企业现在一共几家')).toContain('53家');
    expect(await leadOn3('yn法治建设群众满意率保持在多少以上')).toContain('97%');
  });

  it('"粮食打了多少斤" asks the grain output, a past year’s target never standing in for it', async () => {
    const answer = await threeReports.ask('吉林去年粮食打了多少斤', { today });
    expect(answer.notFound).toBe(true);
    expect(answer.text.split('\n')[0]).toContain('只有目标');
    expect(answer.text).toContain('853.2亿斤');
  });

  it('"砍到只剩几类" and 类', async () => {
    expect(await lead('工业产品生产许可证 这些年砍到只剩几类')).toContain('10类');
  });

  it('a list’s second count named before it, in another report than its place’s', async () => {
    expect(await lead('深圳综合改革试点有多少项经验在全国推广')).toContain('48项');
  });
});
