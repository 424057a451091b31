import { describe, expect, it } from 'vitest';
import { firstLineOf, govCorpusEngine, govFirstLine, wordReportsEngine } from '../support/engine.js';

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

describe('an outline’s count asked', () => {
  it('"广东2026年重点工作一共几个方面": all 14, counted in the lead', async () => {
    const engine = await govCorpusEngine();
    const answer = await engine.ask('广东2026年重点工作一共几个方面', { today });
    expect(answer.text.split('\n')[0]).toBe('广东省工作重点共14个方面（按报告原文顺序，出自《2026年广东省政府工作报告》）：');
    expect(answer.priorities).toHaveLength(14);
    expect(answer.priorities.at(-1)?.title).toMatch(/^（十四）全面加强政府自身建设/);
  });

  it('asked for the outline alone, all 14 still, without a count', async () => {
    const answer = await (await govCorpusEngine()).ask('广东2026年重点工作', { today });
    expect(answer.text.split('\n')[0]).toBe('广东省工作重点（按报告原文顺序，出自《2026年广东省政府工作报告》）：');
    expect(answer.priorities).toHaveLength(14);
  });
});

describe('words the reports write otherwise', () => {
  it('"课间调成了几分钟": 调整到15分钟', async () => {
    expect(await govFirstLine('北京前年把中小学课间调成了几分钟', today)).toMatch(/15分钟 \[1\]/);
  });

  it('"全天候开放的公园占比": 87.3%', async () => {
    expect(await govFirstLine('上海前年全天候开放的公园占比有多少', today)).toMatch(/87.3% \[1\]/);
  });

  it('"over the 14th fyp": the plan’s average growth, not the last year’s', async () => {
    const line = await govFirstLine("zhejiang's economy over the 14th fyp, in a few lines?", today);
    expect(line).toMatch(/average annual growth 5.9%/);
  });

  it('"全国最多的是哪个省": the province whose report says it is first', async () => {
    const line = await govFirstLine('国家一级图书馆博物馆文化馆加起来数量全国最多的是哪个省 有多少家', today);
    expect(line).toMatch(/山东省 293家 \[1\]/);
  });
});

describe('this year, not over', () => {
  it('"山东今年新培育…多少家": a task of a year not over is its plan, labelled a target, not last year’s result of a kin', async () => {
    // (Session 44: a task's number asked of a year not over is the plan's, answered; until then it was refused beside it.)
    const line = await govFirstLine('山东今年新培育独角兽小巨人单项冠军企业多少家', today);
    expect(line).toMatch(/^（今年 = 2026年）山东省2026年新培育独角兽、小巨人、单项冠军企业（目标）：300家以上/);
  });

  it('a statistic of a year not over is still no result the reports hold ("浙江今年GDP增长多少")', async () => {
    expect(await govFirstLine('浙江今年GDP增长多少', today)).toMatch(/只有目标。报告中最接近的内容：浙江省2026年生产总值（目标）/);
  });

  it('last year, asked after its results are out, still gives the latest results held', async () => {
    expect(await govFirstLine('浙江去年GDP增长多少', today)).toMatch(/浙江省2025年.*5.5%/);
  });
});

describe('since the new area was set up', () => {
  it('the review since founding, not the latest year’s figure', async () => {
    const line = await govFirstLine(
      'qiantang since the new area was set up: inefficient land redeveloped after chem plants moved out, mu?',
      today,
    );
    expect(line).toMatch(/3500亩/);
  });
});

describe('found in the session’s terminal trial', () => {
  it('"广东今年的工作分几个方面" is the outline, counted, and "第三条具体说说" after it its third item', async () => {
    expect(await govFirstLine('广东今年的工作分几个方面', today)).toMatch(/广东省工作重点共14个方面/);
    expect(await govFirstLine('第三条具体说说', today, ['广东今年的工作分几个方面'])).toMatch(/共14条，第3条/);
  });

  it('"China-Europe freight trains" of Jiangsu: no note that China lacks the figure', async () => {
    const line = await govFirstLine('How many China-Europe freight trains did Jiangsu run in 2024?', today);
    expect(line).toMatch(/^Jiangsu 2024 .*2286列/);
    expect(line).not.toMatch(/for China/);
  });
});
