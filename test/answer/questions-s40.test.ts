import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { firstLineOf, govFirstLine, realCorpusEngine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 40: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over real
 * reports (the readings themselves: test/lang/readings-s40.test.ts).
 */
const today = new Date('2026-12-05');

describe('a bare generic name asked as the subject (云南 2025, the Word report)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await wordReportsEngine('s40-bare-name-');
  });
  const ask = (question: string, history: string[] = []) => firstLineOf(engine, question, today, history);

  it('"云南企业总数多少万户": the 企业 total its sentence writes after the increment (157万户)', async () => {
    expect(await ask('云南企业总数多少万户')).toMatch(/^云南省2024年企业（实绩）：157万户 \[\d\]/);
  });

  it('"云南去年企业一共有多少户" (2025, the plan only): no result of it, and the latest, 2024’s 157万户', async () => {
    expect(await ask('云南去年企业一共有多少户')).toMatch(/最新的实绩是2024年的：云南省2024年企业（实绩）：157万户/);
  });

  it('"云南企业净增多少": still the increment (15万户)', async () => {
    expect(await ask('云南企业净增多少')).toMatch(/企业净增（实绩）：15万户/);
  });

  it('"云南高新技术企业有多少": the longer name, not the bare 企业', async () => {
    expect(await ask('云南高新技术企业有多少')).toMatch(/高新技术企业净增（实绩）：600户/);
  });

  it('"算了还是说云南 企业总数到多少万户了" after another place: the filler asks nothing, the total answers', async () => {
    const history = ['云南前年经营主体净增了多少', '其中企业净增多少万户', '果洛呢'];
    expect(await ask('算了还是说云南 企业总数到多少万户了', history)).toMatch(/157万户/);
  });
});

describe('English in the reports’ words', () => {
  it('"china-europe rail services", typed in lower case: 中欧班列, no country asked', async () => {
    expect(await govFirstLine("jiangsu's china-europe rail services in '24 — number of trains?", today)).toMatch(
      /Jiangsu 2024 开行中欧班列 \(actual\): 2286列, up 7.7%/,
    );
  });

  it('"EV/battery/solar exports": the “新三样”', async () => {
    expect(await govFirstLine("did anhui's EV/battery/solar exports rise much in '24? by what %", today)).toMatch(
      /Anhui 2024 “新三样”产品出口 \(actual\): growth 23.6%/,
    );
  });

  it('"supply-demand matchmaking events": 供需对接活动', async () => {
    expect(await govFirstLine('fujian 2024 supply-demand matchmaking events (e-trucks, electronics, bamboo) — how many?', today)).toMatch(
      /109场/,
    );
  });
});

describe('English names of the reports’ things', () => {
  it('"hk–zhuhai–macau bridge … vehicle crossings": 广东’s 港珠澳大桥车流量, no Zhuhai refused', async () => {
    expect(await govFirstLine('hk–zhuhai–macau bridge: % rise in vehicle crossings, 2024?', today)).toMatch(
      /^Guangdong 2024 港珠澳大桥车流量 \(actual\): growth 90% \[1\]/,
    );
  });

  it('"grassroots sports events held?": the count, in the first line', async () => {
    expect(await govFirstLine('shandong 2025 — grassroots sports events held?', today)).toMatch(/9.5万场/);
  });
});

describe('several things asked at once in English', () => {
  it('"kindergarten enrolment & inclusive rate": both figures of the one sentence, in the order asked', async () => {
    expect(await govFirstLine('beijing 2025: kindergarten enrolment & inclusive rate?', today)).toMatch(
      /^Beijing 2025 适龄儿童入园率 \(actual\): 96% \[1\]; Beijing 2025 普惠率 \(actual\): 94% \[1\]/,
    );
  });

  it('"what about 2025?" after them: both again', async () => {
    const history = ['beijing 2024: family eldercare beds added?', 'kindergarten enrolment & inclusive rate that year?'];
    expect(await govFirstLine('what about 2025?', today, history)).toMatch(/96% \[1\]; .*94% \[1\]/);
  });
});

describe('a rank of a growth', () => {
  it('"安徽进出口增速在全国排第几": 全国第5位 of the growth, not the level’s 第9位', async () => {
    expect(await govFirstLine('安徽进出口增速在全国排第几', today)).toMatch(/增速（实绩）：全国第5位/);
  });
});

describe('a number asked in its written word', () => {
  it('"…年均增速几何" of a named report: its review’s average, not the report’s own-year target', async () => {
    const line = await govFirstLine('按23年政府工作报告的说法 这十年经济年均增速几何', today);
    expect(line).toMatch(/^（“23年政府工作报告” = 2022年）全国国内生产总值（实绩）：.*年均增长/);
  });
});

describe('a proportion asked of a percentage written with no share word (钱塘区)', () => {
  const ask = async (question: string, history: string[]) => firstLineOf(await realCorpusEngine(), question, today, history);

  it('"市控以上断面要多大比例达到III类": the plan’s 100%', async () => {
    expect(await ask('市控以上断面要多大比例达到III类', ['钱塘那份图解报告里 十四五生态类的目标有哪些'])).toMatch(
      /^钱塘区“十四五”时期市控以上断面（目标）：100% \[1\]/,
    );
  });

  it('"综保区全国绩效考评那年要保在前百分之几": 20%', async () => {
    const history = ['钱塘25年要落地几个10亿元以上项目', '签约那头 10亿元以上和亿元以上的 各定了几个'];
    expect(await ask('综保区全国绩效考评那年要保在前百分之几', history)).toMatch(/综保区全国绩效考评保持全国前（目标）：20% \[1\]/);
  });
});
