import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { firstLineOf, govFirstLine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 24's classes through the engine, on the seed corpus and the 20 work reports (found on the tune halves of
 * fresh-m … fresh-r). Today pinned: 今年 = 2026, 去年 = 2025.
 */
const today = new Date('2026-12-03');
const lead = (q: string, history: string[] = []) => govFirstLine(q, today, history);

describe('the latest figure of a name another year’s report writes with a place or kind before it', () => {
  it('leads with 2025’s 在沪持牌金融机构 over 2024’s 持牌金融机构', async () => {
    expect(await lead('How many licensed financial institutions are there in Shanghai?')).toMatch(/Shanghai 2025 .*1813家/);
  });
});

describe('a partner written under its short name', () => {
  it('answers sister-city pairs with Belt and Road countries by the 共建国家 count, not the trade share', async () => {
    const first = await lead('How many sister-city pairs has Jiangsu signed with Belt and Road countries?');
    expect(first).toMatch(/148对/);
    expect(first).not.toMatch(/50%/);
  });
});

describe('a price cut per unit of energy', () => {
  it('states the cut as a fall, in English and in Chinese, result and target', async () => {
    expect(await lead('How much did Zhejiang cut industrial and commercial power prices in 2024?')).toMatch(
      /Zhejiang 2024 工商业平均电价 \(actual\): down 1分\/千瓦时/,
    );
    expect(await lead('浙江2025年工商业电价目标下降多少')).toMatch(/工商业电价（目标）：下降3分\/千瓦时以上/);
  });

  it('keeps the topic for "and the target for 2025?"', async () => {
    expect(await lead('and the target for 2025?', ['How much did Zhejiang cut industrial and commercial power prices in 2024?'])).toMatch(
      /工商业电价 \(target\): down over 3分\/千瓦时/,
    );
  });
});

describe('follow-ups', () => {
  it('reads an English follow-up naming a two-word subject the dictionary holds whole as its own subject', async () => {
    const first = await lead('and vocational colleges?', [
      'How many new doctoral and master degree-granting institutions did Shandong add in 2024?',
    ]);
    expect(first).toMatch(/新增高职院校.*4所/);
    expect(first).not.toMatch(/学位授予权/);
  });

  it('reads 前一年 after a question of no year as the year before the latest results, not before today', async () => {
    expect(await lead('那前一年呢', ['广东跨境通办政务服务事项现在有多少项'])).toMatch(/前一年 = 2024年.*广东省2024年.*187项/);
  });
});

describe('follow-ups of another place or measure, in everyday words', () => {
  it('reads "换广东看看" as the same question of Guangdong', async () => {
    expect(await lead('换广东看看', ['浙江去年新增两院院士几名'])).toMatch(/广东省2025年.*9位/);
  });

  it('reads "比上届涨了几个点" as the growth of the earlier subject', async () => {
    expect(await lead('比上届涨了几个点', ['第八届进博会意向成交多少'])).toMatch(/意向成交金额.*增长4\.4%/);
  });
});

describe('a count asked in its measure word, named by the sentence in other words', () => {
  it('answers 几名 with the citation’s only count of people (9位科学家增选为两院院士)', async () => {
    expect(await lead('广东去年新增两院院士几名')).toMatch(/广东省2025年.*9位/);
  });

  it('takes no count of other things from a sentence that does not write the subject asked', async () => {
    expect(await lead('那江苏呢', ['广东有几家世界500强'])).not.toMatch(/文化企业.*4家/);
  });
});

describe('English follow-ups after a question whose verb is an intention', () => {
  const fujian = 'How many unicorn and gazelle firms does Fujian want to cultivate this year?';
  it('keeps the subject for "and for 2025 — what was the goal?"', async () => {
    expect(await lead('and for 2025 — what was the goal?', [fujian])).toMatch(/Fujian 2025 培育“独角兽”“瞪羚”企业 \(target\): over 330家/);
  });

  it('reads a follow-up naming its own subject in the glossary’s words as that subject', async () => {
    expect(
      await lead('and in 2026, how many major provincial S&T innovation projects?', [fujian, 'and for 2025 — what was the goal?']),
    ).toMatch(/Fujian 2026 实施省科技重大创新项目 \(target\): over 10个/);
  });
});

describe('a yearly average over recent years, no place named', () => {
  it('is the country’s latest review’s average, not one year’s figure, its years said', async () => {
    const first = await lead('过去五年CPI年均涨多少');
    expect(first).toMatch(/过去五年 = 2018–2022年.*全国居民消费价格（实绩）：年均增长2\.1%/);
  });
});

describe('recent years of no place named are the country’s', () => {
  it('answers 过去五年财政收入 and a fall over 五年里 from the country’s latest review, the class of cities no part of the name', async () => {
    expect(await lead('过去五年财政收入涨到多少了')).toMatch(/过去五年 = 2018–2022年.*全国财政收入（实绩）：20\.4万亿元/);
    const fall = await lead('PM2.5浓度五年里降了多少 地级及以上城市');
    expect(fall).toMatch(/五年里 = 2018–2022年.*全国细颗粒物\(PM2\.5\)平均浓度（实绩）：下降27\.5%/);
    expect(fall).not.toMatch(/只有增速/);
  });
});

describe('one subject of no glossary indicator in two years side by side', () => {
  it('reads 比去年计划 as last year asked, and leads each year’s plan with the verdict', async () => {
    expect(await lead('上海架空线入地和杆箱整治 今年计划比去年计划少多少公里')).toMatch(
      /上海市2025年架空线入地和杆箱整治（目标）：130公里 \[\d\]；上海市2026年架空线入地和杆箱整治（目标）：100公里 \[\d\]。2025年更高/,
    );
  });

  it('leads each year’s result for 各完成多少', async () => {
    expect(await lead('上海2024年和2025年架空线入地和杆箱整治各完成多少公里')).toMatch(/2024年.*134公里.*2025年.*141公里/);
  });
});

describe('which of them, after the topic changed', () => {
  it('compares the places asked on the last topic, not every place of the conversation', async () => {
    const first = await lead('which is faster?', [
      '山东去年进出口咋样',
      '安徽老百姓一年挣多少钱',
      "How much did Zhejiang's GDP grow in 2025?",
      'and Jiangsu?',
    ]);
    expect(first).toMatch(/^Zhejiang 2025 .*; Jiangsu 2025 .*Zhejiang is higher/);
    expect(first).not.toMatch(/Anhui|Shandong/);
  });
});

describe('cities without a report of their own, asked a gap', () => {
  it('leads the gap the province’s report states for them, not the growth before it', async () => {
    const first = await lead('黄山池州安庆宣城四个市服务业营收增速比全省高几个点');
    expect(first).toMatch(/没有单独的报告.*高7\.8个百分点/);
    expect(first).not.toMatch(/增长16\.7%/);
  });
});

describe('the three reports people have as Word and PDF files', () => {
  let threeReports: Engine;
  beforeAll(async () => {
    threeReports = await wordReportsEngine('questions-s24-');
  }, 120_000);
  const lead3 = (q: string, history: string[] = []) => firstLineOf(threeReports, q, today, history);

  it('answers an English question about a city named in passing from the province’s report, in English', async () => {
    expect(await lead3('changchun made the first batch of vehicle-road-cloud pilot cities — a batch of how many?')).toMatch(
      /^Changchun has no report of its own; another report states: Jilin 2024 .*20个/,
    );
  });

  it('answers a count reached under a programme the dictionary reads in the reports’ senses', async () => {
    expect(await lead3('How many people in Yunnan were cleared of the risk of sliding back into poverty?')).toMatch(/70\.6万人/);
  });
});
