import { describe, expect, it } from 'vitest';
import { firstLineOf, govCorpusEngine, govFirstLine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 44: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over real
 * reports (the readings themselves: test/lang/readings-s44.test.ts).
 */
const today = new Date('2026-12-06');
const ask = (question: string, history: string[] = []) => govFirstLine(question, today, history);

describe('the five years of a plan', () => {
  it('the level a look back on them ends on, asked of the plan: "福建十四五期间…县域重点产业链一共多少条" is 164条', async () => {
    expect(await ask('福建十四五期间搞强链补链延链的县域重点产业链一共多少条')).toMatch(
      /^福建省县域重点产业链强链补链延链（实绩）：164条 \[\d\]/,
    );
  });

  it('is stored with the sentence: the index keeps which sentence ends the five years’ review', async () => {
    const engine = await govCorpusEngine();
    const marked = engine.retriever.corpus.sentences.filter((s) => s.endsPlanReview === true);
    expect(marked.map((s) => s.text)).toContain('164条县域重点产业链强链补链延链、产值占全省比重超50%，7个县市入选全国综合实力百强。');
    // Only sentences labelled a single year are marked.
    expect(marked.every((s) => /^\d{4}$/.test(s.period))).toBe(true);
  });

  it('"这五年" in a follow-up after a year: the five years’ figure, not "no figure for 2025"', async () => {
    expect(await ask('小三通客运航线这五年运了多少旅客', ['福建去年闽台融合有啥进展', '实际使用台资多少'])).toMatch(
      /“小三通”客运航线运送旅客（实绩）：407\.4万人次/,
    );
  });
});

describe('how people ask a number', () => {
  it('"参保率到多少了" after a question about 长护险: 93%', async () => {
    expect(await ask('参保率到多少了', ['浙江去年长护险新增参保多少人'])).toMatch(/^（去年 = 2025年）浙江省2025年参保率（实绩）：93%/);
  });

  it('"上海去年纹身店有多少家": not covered, no other shop’s count', async () => {
    expect(await ask('上海去年纹身店有多少家')).toMatch(/^（去年 = 2025年）报告没有给出上海市2025年的这项数字。$/);
  });

  it('"电诈案件受理数降了多少": the reports’ 电信网络诈骗, down 12%', async () => {
    expect(await ask('电诈案件受理数降了多少', ['浙江前年反诈成效怎么样'])).toMatch(/电信网络诈骗案件受理数（实绩）：下降12%/);
  });

  it('"办结了多少件人大代表建议和政协提案": both counts, in the order asked', async () => {
    const engine = await wordReportsEngine('s44-word-');
    expect(await firstLineOf(engine, '云南前年办结了多少件人大代表建议和政协提案', today)).toMatch(
      /人大代表建议（实绩）：981件 \[1\]；.*政协提案（实绩）：765件/,
    );
  });

  it('"惠及了多少人次": the visits beside the venues named, not the 119家 venues', async () => {
    expect(await ask('福建前年公共文化场馆延时错时开放惠及了多少人次')).toMatch(/（实绩）：5900万人次/);
  });

  it('"居民存量房贷利息一年少付了多少": the 1500亿元 the payments fell by, not the CPI beside it', async () => {
    expect(await ask('25年国务院报告说居民存量房贷利息一年少付了多少')).toMatch(/居民存量房贷利息年支出（实绩）：下降约1500亿元/);
  });

  it('"各净减少多少": each area in the unit written once after the last', async () => {
    expect(await ask('23年报告说这五年水土流失 荒漠化 沙化土地面积各净减少多少')).toMatch(
      /水土流失（实绩）：10\.6万平方公里 \[1\]；全国荒漠化（实绩）：3\.8万平方公里/,
    );
  });

  it('"newly listed firms … and total listed": the listed firms, not "the reports don’t cover that"', async () => {
    // Both asked, both lead since session 58 (test/answer/questions-s58.test.ts).
    expect(await ask('guangdong 2024: newly listed firms (domestic + overseas) and total listed?')).toMatch(
      /^Guangdong 2024 新增境内外上市企业 .*; Guangdong 2024 境内外上市企业总量/,
    );
  });
});

describe('a from–to pair asked', () => {
  it('"增值税起征点从多少提到了多少": from 3万元 to 15万元', async () => {
    expect(await ask('23年报告里小规模纳税人增值税起征点从多少提到了多少')).toMatch(/小规模纳税人增值税起征点（实绩）：从3万元到15万元/);
  });
});

describe('places and English words', () => {
  it('"江苏昆山GDP多少": said first to be Jiangsu’s figure, not Kunshan’s', async () => {
    expect(await ask('江苏昆山GDP多少')).toMatch(/^报告未给出昆山市的该项数据，以下为江苏省的：江苏省2025年地区生产总值/);
  });

  it('"How many new metro lines did Beijing open in 2025?": the 3 lines, not the mileage', async () => {
    expect(await ask('How many new metro lines did Beijing open in 2025?')).toMatch(/^Beijing 2025 开通地铁新线 \(actual\): 3条/);
  });

  it('"how many times were firms served?": the 628万次 firms were served', async () => {
    expect(await ask("shanghai's 'no-application' perks in 2025 — how many times were firms served?")).toMatch(
      /^Shanghai 2025 服务企业 \(actual\): over 628万次/,
    );
  });
});

describe('a task of this year, not over', () => {
  it('"福建今年开工筹集…多少套": the year’s plan, labelled a target', async () => {
    expect(await ask('福建今年开工筹集城中村改造安置住房多少套')).toMatch(
      /^（今年 = 2026年）福建省2026年开工筹集城中村改造安置住房（目标）：1500套 \[\d\]/,
    );
  });
});
