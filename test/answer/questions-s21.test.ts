import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { govCorpusEngine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 21's classes through the engine, on the seed corpus and the 20 work reports, and on the three 2025 reports of
 * 云南, 湖南 and 吉林 as Word files (found on the tune half of fresh-p). Today pinned: 今年 = 2026, 去年 = 2025.
 */
const today = new Date('2026-12-03');
const ask = async (q: string, history: string[] = []) => (await govCorpusEngine()).ask(q, { today, history });
const lead = async (q: string, history: string[] = []) => (await ask(q, history)).text.split('\n')[0];

let threeReports: Engine;
beforeAll(async () => {
  threeReports = await wordReportsEngine('questions-s21-');
}, 120_000);
const on3 = async (q: string, history: string[] = []) => threeReports.ask(q, { today, history });

describe('milestones passed', () => {
  it('leads every level asked for "哪几个台阶", each from the sentence that names it', async () => {
    expect(await lead('北京十四五期间经济总量跨了哪几个台阶')).toMatch(/北京市.*4万亿.*5万亿/);
    expect(await lead('浙江过去五年GDP跨越了哪几个万亿台阶')).toMatch(/7万亿.*8万亿.*9万亿/);
  });

  it('leads how many for "几个台阶", not the trend of the years', async () => {
    expect(await lead('江苏五年GDP连续迈上几个万亿台阶')).toMatch(/江苏省.*连续迈上4个万亿元台阶/);
    // Two years read from 过去五年 ask no comparison of the two.
    expect(await lead('江苏过去五年GDP跨越了哪几个万亿台阶')).toMatch(/江苏省.*连续迈上4个万亿元台阶/);
  });

  it('never leads a milestone for a question that asks no milestone', async () => {
    expect(await lead('北京2025年经济总量多少')).not.toMatch(/台阶/);
  });
});

describe('conversation turns of session 21', () => {
  it('answers "那最新的呢" after a year the reports do not hold with the latest figure', async () => {
    const answer = await ask('那最新的呢', ['山东2015年新培育了几个省级现代海洋特色产业集聚区']);
    expect(answer.notFound).toBe(false);
    expect(answer.text.split('\n')[0]).toMatch(/山东省2025年.*现代海洋特色产业集聚区.*7个/);
  });

  it('answers "具体数据呢" with the conversation’s figure, not the help text', async () => {
    const answer = await ask('具体数据呢', ['浙江去年GDP怎么样']);
    expect(answer.text.split('\n')[0]).toMatch(/浙江省2025年.*生产总值.*5\.5%/);
  });

  it('compares the two places of the conversation on its subject for "两个省谁多"', async () => {
    const answer = await on3('两个省谁多', ['云南25年居家适老化改造打算做多少户', '吉林呢']);
    const cited = answer.citations.map((c) => c.sentence).join('|');
    expect(cited).toContain('7000户');
    expect(cited).toContain('6000户');
  });

  it('answers "多不多" with the number', async () => {
    expect((await on3('湖南国家级科技人才多不多')).text.split('\n')[0]).toMatch(/湖南省.*国家级科技人才.*1000人/);
  });
});

describe('counts asked in the reports’ own order', () => {
  it('answers the places given a title', async () => {
    expect(await lead('广东新获评全国文明城市的县级城市几个')).toMatch(/广东省.*全国文明城市.*5个/);
  });
});

describe('a recent span asked of no place', () => {
  it('is the country’s latest review of as many years when no report reviews the years read from today', async () => {
    expect(await lead('过去五年政府负债率控制在多少左右')).toMatch(/过去五年 = 2018–2022年.*全国.*50%/);
  });

  it('is the country’s even when a province’s report reviews those years (session 24: no place named is the country)', async () => {
    expect(await lead('过去五年城镇新增就业多少')).toMatch(/过去五年 = 2018–2022年.*全国城镇新增就业/);
  });
});

describe('two places compared in a year no report holds results for yet', () => {
  it('compares their latest results, said so first, with the verdict', async () => {
    const answer = await on3('两个省谁快', ['湖南去年经济咋样', '那云南呢']);
    expect(answer.notFound).toBe(true);
    expect(answer.text.split('\n')[0]).toMatch(/^报告中还没有湖南省、云南省2025年的实绩，最新的是2024年的：.*4\.8%.*3\.3%.*湖南省更高/);
    const en = await on3('which one grew faster?', ['How did Hunan do last year?', 'and Yunnan?']);
    expect(en.text.split('\n')[0]).toMatch(
      /^The reports hold no 2025 results for Hunan, Yunnan yet; the latest are for 2024:.*Hunan is higher/,
    );
  });

  it('leaves a target asked as a target', async () => {
    expect((await on3('湖南和吉林2025年GDP目标谁高')).text.split('\n')[0]).toMatch(/（目标）.*两者相同/);
  });
});

describe('an increment asked with its count between the verb and the noun', () => {
  it('leads the increment, not the total beside it', async () => {
    expect(await lead('上海去年新增了多少座公园')).toMatch(/上海市2025年新增公园.*127座/);
    expect(await lead('上海去年新建了多少个公园')).toMatch(/新增公园.*127座/);
    expect(await lead('上海公园一共多少座')).toMatch(/1100座/);
  });
});
