import { describe, expect, it } from 'vitest';
import { firstLineOf, govFirstLine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 45: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over real
 * reports (the readings themselves: test/lang/readings-s45.test.ts).
 */
const today = new Date('2026-12-06');
const ask = (question: string, history: string[] = []) => govFirstLine(question, today, history);

describe('a relative year inside a named report', () => {
  it('"25年国务院报告里 前年…" is the 2024 the report gives results of: 3.7亿千瓦, not "no figure for 2023"', async () => {
    expect(await ask('25年国务院报告里 前年可再生能源新增装机多少')).toMatch(
      /^（前年 = 2024年）全国2024年可再生能源新增装机（实绩）：3\.7亿千瓦 \[1\]/,
    );
  });
});

describe('a follow-up naming another indicator after a rank asked', () => {
  it('"实际使用外资增速呢" after "…贷款余额增速排第几": its rank, 全国第1位', async () => {
    expect(await ask('实际使用外资增速呢', ['安徽去年各项经济指标在全国排位怎么样', '金融机构人民币贷款余额增速排第几'])).toMatch(
      /^（去年 = 2025年）安徽省2025年实际使用外资增速（实绩）：全国第1位/,
    );
  });
});

describe('how many, asked with 有', () => {
  it('"哦不对 我想问的是重点产业专利池有几个": 44个, not "no figure"', async () => {
    expect(await ask('哦不对 我想问的是重点产业专利池有几个', ['山东去年新建了多少家高价值专利培育中心'])).toMatch(
      /^（去年 = 2025年）山东省2025年重点产业专利池（实绩）：44个/,
    );
  });

  it('a thing no report names is still refused, with or without 有: "上海去年纹身店多少家"', async () => {
    for (const question of ['上海去年纹身店多少家', '上海去年纹身店有多少家'])
      expect(await ask(question)).toMatch(/^（去年 = 2025年）报告没有给出上海市2025年的这项数字。$/);
  });

  it('a verb the dictionary also holds as a noun is no thing asked: "杭州23年公共场所新装了多少台AED" is 1671台', async () => {
    expect(await ask('杭州23年公共场所新装了多少台AED')).toMatch(/自动体外除颤仪（实绩）：1671台/);
  });
});

describe('the year’s plan asked after the year before’s result', () => {
  it('"那去年的目标定的多少" after "国考断面优良水体占多少": the plan’s 85%, not the results’ 89%', async () => {
    const engine = await wordReportsEngine('s45-word-');
    expect(await firstLineOf(engine, '那去年的目标定的多少', today, ['吉林前年生态环境怎么样', '国考断面优良水体占多少'])).toMatch(
      /^（去年 = 2025年）吉林省2025年优良水体（目标）：85%以上 \[1\]/,
    );
  });

  it('a surface-water indicator of the glossary, asked in the reports’ other words: 山东 "地表水国考断面优良水体比例" rose 4.6 points', async () => {
    expect(await ask('山东去年地表水国考断面优良水体比例提升了多少')).toMatch(/地表水国考断面优良水体比例（实绩）：.*4\.6个百分点/);
  });
});

describe('a correction opened with an apology', () => {
  it('"不好意思说错了 是想问两山实践创新基地建了几个": the subject restated, 14个', async () => {
    expect(await ask('不好意思说错了 是想问两山实践创新基地建了几个', ['山东十四五建成了多少个国家生态文明建设示范区'])).toMatch(
      /“两山”实践创新基地（实绩）：14个/,
    );
  });
});

describe('the reports’ terms asked in English', () => {
  it('"national S&T awards": 13项成果获国家科技奖, not the degree-granting units cited first', async () => {
    expect(await ask('fujian 2024: how many research results won national S&T awards?')).toMatch(/国家科技奖 \(actual\): 13项/);
  });

  it('"new HQ institutions": 新增各类总部机构 100家', async () => {
    expect(await ask('shanghai 2025 target: new HQ institutions to attract?')).toMatch(/总部机构 \(target\): 100家/);
  });
});
