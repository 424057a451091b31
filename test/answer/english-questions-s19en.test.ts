import { describe, expect, it } from 'vitest';
import { govFirstLine } from '../support/engine.js';

/**
 * Session 19 (English helper), through the engine: English questions the reports answered but the evidence check refused,
 * for readings of everyday words the dictionary gives in another sense, the question's verb weighed as its topic, a
 * counting word ("pieces of") read as a subject; a romanised name the passage must write; money asked by its verb.
 */
const today = new Date('2026-12-03');
const refused = "don't cover";

describe('English questions on the work reports (s19en)', () => {
  it("the question's verb is no part of its topic: the reports word it their own way (更新, 开设, 压减)", async () => {
    expect(await govFirstLine('How many pieces of industrial equipment did Jiangsu upgrade in 2024?', today)).toContain('33.6万');
    expect(await govFirstLine('How much non-essential spending did Beijing cut last year?', today)).toContain('18.2亿元');
  });

  it("everyday words read in the reports' sense (体重管理 门诊, 助餐, 立体绿化)", async () => {
    expect(await govFirstLine('How many hospitals in Anhui opened weight-management clinics?', today)).toContain('197家');
    expect(await govFirstLine('How much vertical greening does Shanghai plan to add this year?', today)).toContain('10万平方米');
  });

  it('a romanised name asked is what the passage must name (河套: 1.5万名, not the province-wide 研发人员 159万人)', async () => {
    const line = await govFirstLine('How many research staff has the Hetao zone drawn in?', today);
    expect(line).toContain('1.5万');
    expect(line).not.toContain('159万');
  });

  it('money asked by its verb ("how much did … pay out") leads the amount in 元, not the count beside it', async () => {
    expect(await govFirstLine('How much did family pooling of medical accounts pay out in Zhejiang?', today)).toContain('69.1亿元');
  });

  it("an event's edition and the country heading its name (第七届 进博会 in Shanghai's report, not the 8th's figure)", async () => {
    const line = await govFirstLine('How much did the 7th China International Import Expo sign in intended deals?', today);
    expect(line).toContain('800.1亿美元');
  });

  it('"the 2023 work report" asks its results year, 2022', async () => {
    expect(await govFirstLine("What was China's forest coverage rate, according to the 2023 work report?", today)).toContain('24%');
  });

  it('still refuses what the reports do not hold', async () => {
    expect(await govFirstLine('How many Michelin-starred restaurants does Shanghai have?', today)).toContain(refused);
    expect(await govFirstLine('How many coffee shops did Shanghai open in 2024?', today)).toContain(refused);
  });
});
