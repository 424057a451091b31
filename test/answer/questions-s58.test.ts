import { describe, expect, it } from 'vitest';
import { govCorpusEngine, govFirstLine } from '../support/engine.js';

/**
 * Session 58: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over the real
 * reports (the readings: test/lang/readings-s58.test.ts).
 */
const today = new Date('2026-12-07');
const ask = (question: string, history: string[] = []) => govFirstLine(question, today, history);

describe('a year named by an event', () => {
  it('"杭州亚运那年 河湖缓冲带修了多长": 2023, noted, and 杭州\'s 29.9公里', async () => {
    expect(await ask('杭州亚运那年 河湖缓冲带修了多长')).toMatch(
      /^（杭州亚运那年 = 2023年）杭州市2023年建成河湖缓冲带（实绩）：29\.9公里 \[1\]/,
    );
  });
});

describe('a year named by an event, in English', () => {
  it('"What was Hangzhou\'s growth in the Asian Games year?": 杭州\'s 2023 GDP, not the athletes of the games', async () => {
    expect(await ask("What was Hangzhou's growth in the Asian Games year?")).toMatch(
      /^\(the Asian Games year = 2023\) Hangzhou City 2023 GDP .*up 5\.6% \[1\]/,
    );
  });
});

describe('everyday words for what the reports name', () => {
  it('"皖去年 快递业务量同比增速": 同比 and 增速 ask the change, 20.8%', async () => {
    expect(await ask('皖去年 快递业务量同比增速')).toMatch(/安徽省2025年快递业务量（实绩）：增长20\.8% \[1\]/);
  });

  it('"苏十四五 打造出多少个和美村庄": the reports\' 和美乡村, 3000多个', async () => {
    expect(await ask('苏十四五 打造出多少个和美村庄')).toMatch(/江苏省.*和美乡村（实绩）：3000多个 \[1\]/);
  });

  it('"福建25年 服务区对地方道路开口 新开多少处": the 出入口 of the reports, 28个', async () => {
    expect(await ask('福建25年 服务区对地方道路开口 新开多少处')).toMatch(/福建省.*高速服务区出入口（实绩）：28个 \[1\]/);
  });

  it('"22年拱墅 电竞中心那一批重点工程 交付使用的有几个": 竣工投用, 64个', async () => {
    expect(await ask('22年拱墅 电竞中心那一批重点工程 交付使用的有几个')).toMatch(/拱墅区2022年重点项目竣工投用（实绩）：64个 \[1\]/);
  });

  it('"皖前年 进城落户变成新市民的农业人口 多少万": 成为新市民, 39.8万', async () => {
    expect(await ask('皖前年 进城落户变成新市民的农业人口 多少万')).toMatch(/安徽省2024年.*：39\.8万 \[1\]/);
  });

  it('"钱塘去年 本地已有企业加码扩产的项目 要新增多少": 增资扩产, 100个', async () => {
    expect(await ask('钱塘去年 本地已有企业加码扩产的项目 要新增多少')).toMatch(
      /钱塘区2025年新增存量企业增资扩产项目（目标）：100个 \[1\]/,
    );
  });
});

describe('the growth asked by its noun', () => {
  it('"亚运那年杭州高新产业投资增速": the 24.5% its sentence writes as 增长', async () => {
    expect(await ask('亚运那年杭州高新产业投资增速')).toMatch(
      /^（亚运那年 = 2023年）杭州市2023年高新技术产业投资（实绩）：增长24\.5% \[1\]/,
    );
  });

  it('a rank of the growth still finds the sentence that writes 增速: "安徽进出口增速在全国排第几" (questions-s40)', async () => {
    expect(await ask('安徽进出口增速在全国排第几')).toMatch(/增速（实绩）：全国第5位/);
  });
});

describe('English questions', () => {
  it('"water supply & drainage pipes": the reports\' fused 供排水管网, 2182公里; "\'fudao\' trails" are its 福道', async () => {
    expect(await ask('fujian 2024: km of water supply and drainage pipes built or rebuilt?')).toMatch(
      /^Fujian 新改建供排水管网 \(actual\): 2182公里 \[1\]/,
    );
    expect(await ask("fujian 2024: km of water supply & drainage pipes built or rebuilt, and km of 'fudao' trails?")).toMatch(
      /^Fujian 新改建供排水管网 \(actual\): 2182公里 \[1\]/,
    );
  });

  it('"newly listed firms … and total listed": the increment and the total both lead', async () => {
    expect(await ask('guangdong 2024: newly listed firms (domestic + overseas) and total listed?')).toMatch(
      /^Guangdong 2024 新增境内外上市企业 \(actual\): 41家 \[1\]; Guangdong 2024 境内外上市企业总量 \(actual\): 1198家 \[1\]/,
    );
  });

  it('"money from beijing" in a conversation about Shandong is the centre\'s money, no question about Beijing', async () => {
    const line = await ask('projects backed by the new national policy funds it won?', [
      'shandong 2025 — money from beijing and rural zones',
    ]);
    expect(line).toMatch(/^Shandong 2025 新争取国家政策性资金/);
    expect(line).not.toMatch(/Beijing/);
  });
});

describe('English words for what the reports name', () => {
  it('"car-buying subsidies" are the reports\' 购车补贴: 3 rounds, not the 2 of 综合消费券 beside them', async () => {
    expect(await ask('gongshu 2022: how many rounds of car-buying subsidies were handed out?')).toMatch(
      /^Gongshu District 2022 购车补贴 \(actual\): 3轮 \[1\]/,
    );
  });

  it('"which province has led china on integrating informatisation and industrialisation": 江苏, its 两化融合 streak', async () => {
    expect(await ask('which province has led china on integrating informatisation and industrialisation ten years running?')).toMatch(
      /^Jiangsu 两化融合发展水平.*连续1\d年全国第一/,
    );
  });
});

describe('another report that writes the same thing again', () => {
  it('quoted already, it is named by its marker; the answer keeps its five citations', async () => {
    const answer = await (await govCorpusEngine()).ask('河源万绿湖评上国家几A级景区 是广东哪年报告里说的 26年报告回顾五年时还算进去了没', {
      today,
    });
    const lines = answer.text.split('\n');
    expect(lines[0]).toMatch(/河源万绿湖.*5A级 \[1\]/);
    const marker = Number(/也写到它 \[(\d)\]/.exec(lines[1])?.[1]);
    expect(answer.citations[marker - 1].sentence).toContain('河源万绿湖');
    expect(answer.citations.length).toBeLessThanOrEqual(5);
  });
});
