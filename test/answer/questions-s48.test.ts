import { describe, expect, it } from 'vitest';
import { firstLineOf, govFirstLine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 48: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over real
 * reports (the readings themselves: test/lang/readings-s48.test.ts).
 */
const today = new Date('2026-12-06');
const ask = (question: string, history: string[] = []) => govFirstLine(question, today, history);
let wordEngine: ReturnType<typeof wordReportsEngine> | null = null;
const overWordReports = async (question: string, history: string[] = []) => {
  wordEngine ??= wordReportsEngine('s48-word-');
  return firstLineOf(await wordEngine, question, today, history);
};

describe('an amount asked beside its rank', () => {
  it('"山东2024年核准和在建核电机组多少，全国排第几" gives both: 1003万千瓦 and 全国第2位', async () => {
    const line = await ask('山东2024年核准和在建核电机组多少，全国排第几');
    expect(line).toMatch(/核准和在建核电机组（实绩）：1003万千瓦 \[1\]；.*全国第2位 \[1\]/);
  });

  it('in English too, "nuclear capacity … and national rank?"', async () => {
    const line = await ask('shandong nuclear capacity approved+under construction by end-2024, and national rank?');
    expect(line).toMatch(/1003万千瓦 \(10\.03 million kW\) \[1\]; .*全国第2位/);
  });

  it('the rank alone asked is the rank alone', async () => {
    expect(await ask('山东2024年核准和在建核电机组全国排第几')).toMatch(/^山东省2024年核准和在建核电机组（实绩）：全国第2位 \[1\]$/);
  });

  it('a rank no passage states: the amount, and the rank said to be missing', async () => {
    expect(await ask('浙江2024年GDP多少，全国排第几')).toMatch(/生产总值.*增长5\.5% \[1\]（报告没有给出其排名）$/);
  });
});

describe('English questions', () => {
  it('"bj IC industry scale growth 2025?" is Beijing’s 集成电路产业规模, over 20%', async () => {
    expect(await ask('bj IC industry scale growth 2025?')).toMatch(/^Beijing 2025 集成电路产业规模 \(actual\): growth over 20% \[1\]/);
  });

  it('"retail sales of warehouse clubs & concept stores" are those stores’, 15.7%, not the whole 社零', async () => {
    expect(await ask('jiangsu 2025 retail sales of warehouse clubs & concept stores, growth?')).toMatch(
      /限上仓储会员店、集合店零售额 \(actual\): growth 15\.7%/,
    );
  });

  it('retail sales alone are still 社会消费品零售总额', async () => {
    expect(await ask("what were jiangsu's retail sales in 2025")).toMatch(/社会消费品零售总额, actual\): 4\.64万亿元/);
  });
});

describe('two years of a thing one report names with what is done to it', () => {
  it('"北京桥下空间整治 前年和去年各整治了多少座桥": 49座 (2024) and 251座 (2025), side by side', async () => {
    const line = await ask('北京桥下空间整治 前年和去年各整治了多少座桥');
    expect(line).toMatch(/2024年桥系桥下空间（实绩）：49座 \[\d\]；北京市2025年桥系桥下空间整治（实绩）：251座/);
  });
});

describe('the means to the year’s targets', () => {
  it('"浙江25年计划里 实现目标的主要措施有哪几个方向" gives the plan’s outline', async () => {
    expect(await ask('浙江25年计划里 实现目标的主要措施有哪几个方向')).toMatch(/工作重点（按报告原文顺序/);
  });
});

describe('a follow-up pointing at the money asked before', () => {
  it('"这笔钱支持了几个项目" after the special bonds’ funds: 512个', async () => {
    const line = await ask('这笔钱支持了几个项目', ['山东前年超长期特别国债争取得怎么样', '争取到多少资金']);
    expect(line).toMatch(/支持项目（实绩）：512个/);
    expect(line).not.toMatch(/383亿元/);
  });
});

describe('a name with an alternative in parentheses', () => {
  it('"生活污水治理率呢" after the toilets’ coverage: 57%, the report’s 生活污水治理（管控）率', async () => {
    const line = await overWordReports('生活污水治理率呢', ['云南前年农村人居环境整治得咋样', '卫生户厕覆盖率到多少了']);
    expect(line).toMatch(/生活污水治理率（实绩）：57%/);
  });
});

describe('a growth asked over a plan', () => {
  it('"安徽十四五期间经营主体多少，增长了多少": 超850万户，增长45%, with no note that a year’s growth is missing', async () => {
    expect(await ask('安徽十四五期间经营主体多少，增长了多少')).toMatch(/^安徽省“十四五”时期经营主体（实绩）：超850万户，增长45% \[1\]/);
  });

  it('a year’s growth the reports do not give is still said to be missing', async () => {
    expect(await ask('江苏2025年社会消费品零售总额增长多少')).toMatch(/^报告未给出2025年增速，只有总量/);
  });

  it('in English with a pinyin gloss: "market entities (jingying zhuti) and how much it grew?"', async () => {
    expect(await ask('anhui over the 14th FYP: number of market entities (jingying zhuti) and how much it grew?')).toMatch(
      /^Anhui 14th Five-Year Plan.*over 850万户.*up 45% \[1\]/,
    );
  });
});

describe('a growth over a base the report writes', () => {
  it('"广东2024年澳资企业比3年前增长了多少": 较3年前增长44%, said with its base', async () => {
    expect(await ask('广东2024年澳资企业比3年前增长了多少')).toMatch(/^广东省2024年澳资企业（实绩）：较3年前增长44% \[1\]$/);
  });

  it('in English the base follows the value: "growth 44% vs 3 years earlier"', async () => {
    expect(await ask('how much did macao-funded firms in guangdong grow in 2024')).toMatch(/growth 44% vs 3 years earlier \[1\]$/);
  });
});

describe('the measure asked of a thing named whole', () => {
  it('"山东2025年新投产项目带来多少产值": the output value, 5100多亿元, not the 3920 projects', async () => {
    expect(await ask('山东2025年新投产项目带来多少产值')).toMatch(/^山东省2025年新投产项目增加产值（实绩）：5100多亿元 \[1\]$/);
  });

  it('the projects asked are still the projects', async () => {
    expect(await ask('山东2025年新投产项目多少个')).toMatch(/^山东省2025年新投产项目（实绩）：3920个 \[1\]$/);
  });
});

describe('an increase asked, the total given', () => {
  it('"江苏25年新增了几家专精特新小巨人企业" of "增至3022家": the total, said not to be the increase', async () => {
    expect(await ask('江苏25年新增了几家专精特新小巨人企业')).toMatch(/：3022家 \[1\]（报告给出的是总数，没有给出新增数）$/);
    expect(await ask('how many new little giants did jiangsu add in 2025')).toMatch(
      /3022家 \[1\] \(the reports give the total, not the increase\)$/,
    );
  });

  it('an increase the report writes as one gets no note', async () => {
    expect(await ask('浙江25年专精特新小巨人企业新增几家')).toMatch(/：397家 \[1\]$/);
    expect(await ask('江苏25年专精特新小巨人企业一共多少家')).toMatch(/：3022家 \[1\]$/);
  });
});

describe('a city with no report of its own, named beside the place asked', () => {
  it('"前年上海和六安对口合作 新签了多少个亿元以上项目" is answered by 安徽’s report, 六安’s province: 35个', async () => {
    const line = await ask('前年上海和六安对口合作 新签了多少个亿元以上项目');
    expect(line).toMatch(/安徽省2024年上海与六安对口合作新签约亿元以上项目（实绩）：35个 \[1\]$/);
  });

  it('where the place’s own reports answer, the city is still said to be uncovered', async () => {
    expect(await ask('上海和苏州去年GDP多少')).toMatch(/^（去年 = 2025年）上海市2025年生产总值.*（报告中没有苏州市的数据，无法比较）$/);
  });
});

describe('a share written in tenths', () => {
  it('"十四五这几年广东财政花在民生上的钱 占一般公共预算支出的比重多大": 7成以上', async () => {
    expect(await ask('十四五这几年广东财政花在民生上的钱 占一般公共预算支出的比重多大')).toMatch(
      /^广东省“十四五”时期民生类支出占一般公共预算支出（实绩）：7成以上 \[1\]$/,
    );
  });
});
