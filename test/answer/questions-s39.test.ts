import { describe, expect, it } from 'vitest';
import { firstLineOf, govFirstLine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 39: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over real
 * reports (the readings themselves: test/lang/readings-s39.test.ts).
 */
const today = new Date('2026-12-05');

describe('a report named with its issuer', () => {
  it('"23年国务院报告里…一共建了多少个": the 2023 report’s review, said to be 2022’s', async () => {
    const line = await govFirstLine('23年国务院报告里 基础学科拔尖学生的培养基地一共建了多少个', today);
    expect(line).toMatch(/^（“23年国务院报告” = 2022年）全国建设基础学科拔尖学生培养基地（实绩）：288个 \[1\]/);
  });

  it('"22年国务院报告说整县搞 后来升到整省了没 延长几年": the 2022 plan’s term, 30 years', async () => {
    const line = await govFirstLine('二轮土地承包到期再延长的试点 22年国务院报告说整县搞 后来升到整省了没 延长几年', today);
    expect(line).toMatch(/延长30年/);
  });
});

describe('words of asking that no sentence writes', () => {
  it('"这几年从第几升上来的" beside a rank asked: the rank and where it rose from', async () => {
    const line = await govFirstLine('安徽规上工业企业营收在全国排第几 这几年从第几升上来的', today);
    expect(line).toMatch(/规上工业企业营收（实绩）：从全国第12位到全国第5位/);
  });
});

describe('two things of one owner', () => {
  it('"生产安全死亡事故的起数、死亡人数 各下降多少": both, in the order asked', async () => {
    const line = await govFirstLine('北京24年生产安全死亡事故的起数、死亡人数 各下降多少', today);
    expect(line).toMatch(/生产安全死亡事故起数（实绩）：下降24.7% \[1\]；.*死亡人数（实绩）：下降28.2% \[1\]/);
  });
});

describe('English in the reports’ words', () => {
  it('"yiwu–europe freight trains" in a conversation: the trains, another year, then its growth', async () => {
    const first = "zhejiang's yiwu–europe freight trains: how many ran in 2025?";
    expect(await govFirstLine(first, today)).toMatch(/3005列, up 14.7%/);
    expect(await govFirstLine('same thing for 2024?', today, [first])).toMatch(/2024 .*2619列, up 10%/);
    expect(await govFirstLine('growth that year?', today, [first, 'same thing for 2024?'])).toMatch(/2024 .*up 10%/);
  });

  it('"elderly/childcare tax deductions": the taxpayers who benefited, no childcare places', async () => {
    const line = await govFirstLine('higher elderly/childcare tax deductions in 2023 — how many taxpayers benefited?', today);
    expect(line).toMatch(/^China 2023 纳税人受益 \(actual\): over 6600万/);
  });

  it('"cross-province direct billing … (2023 report)": the report’s review of 2022', async () => {
    const line = await govFirstLine(
      'cross-province direct billing for hospital & outpatient costs: how many patient-visits benefited (2023 report)?',
      today,
    );
    expect(line).toMatch(/^\(“2023 report” = 2022\) China .*over 5700万人次/);
  });

  it('"months in a row w/o a major work-safety accident, as of the 2025 report": the streak', async () => {
    const engine = await wordReportsEngine('s39-streak-');
    const line = await firstLineOf(engine, 'yunnan: months in a row w/o a major work-safety accident, as of the 2025 report?', today);
    expect(line).toMatch(/连续61个月/);
  });
});

describe('an indicator’s name inside a list’s name', () => {
  it('"进了全球人形机器人上市公司百强": the firms on the list, not the count of listed companies', async () => {
    const line = await govFirstLine('广东有几家企业进了全球人形机器人上市公司百强', today);
    expect(line).toMatch(/全球人形机器人上市公司百强（实绩）：11家/);
  });
});
