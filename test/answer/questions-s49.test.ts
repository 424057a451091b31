import { describe, expect, it } from 'vitest';
import { govCorpusEngine, govFirstLine } from '../support/engine.js';

/**
 * Session 49: questions as people ask them, found on the tune halves of the fresh sets and in the terminal trial, asked of
 * the engine over the real reports (the readings themselves: test/lang/readings-s49.test.ts).
 */
const today = new Date('2026-12-06');
const ask = (question: string, history: string[] = []) => govFirstLine(question, today, history);

describe('the number a question writes picks the sentence', () => {
  it('"公众安全感满意度连续12年双提升的是哪个城市" quotes the 12-year sentence (上海 2025), not the 13-year one of 2026', async () => {
    const line = await ask('公众安全感满意度连续12年双提升的是哪个城市');
    expect(line).toMatch(/^据上海市《2025年上海市政府工作报告》：.*连续12年实现“双提升”/);
  });

  it('"质量工作考核连续10次获评国家A级的是哪个省" quotes 广东’s', async () => {
    expect(await ask('质量工作考核连续10次获评国家A级的是哪个省')).toMatch(
      /^据广东省《2026年广东省政府工作报告》：质量工作考核连续10次获评国家A级/,
    );
  });
});

describe('a work report named with no place is the country’s', () => {
  it('"2025 government work report — main tasks" is the State Council’s outline, not a province’s', async () => {
    expect(await ask('2025 government work report — what are the main tasks for the year, briefly?')).toMatch(
      /^China's priorities, in the plan's own order \(2025年国务院政府工作报告\)/,
    );
  });

  it('"2025 gov report: GDP growth target?" is the country’s 5%', async () => {
    expect(await ask('2025 gov report: GDP growth target?')).toMatch(/^China 2025 GDP \(国内生产总值, target\): growth about 5% \[1\]/);
  });

  it('a place named keeps its own report', async () => {
    expect(await ask('浙江2025年政府工作报告里GDP目标')).toMatch(/^浙江省2025年生产总值（目标）：增长5\.5%左右/);
  });

  it('"哪些省的政府工作报告提到了低空经济" still asks every report', async () => {
    expect(await ask('哪些省的政府工作报告提到了低空经济')).toMatch(/^写到“低空经济”的有\d+个地方：/);
  });
});

describe('what the reports hold nearest', () => {
  it('a year a five-year review closes: the review’s figure, labelled with the plan, before an earlier year’s', async () => {
    expect(await ask('fujian 2025 — national science & technology awards won?')).toMatch(
      /nearest to it: Fujian 14th Five-Year Plan \(十四五\) period 获国家科学技术奖 \(actual\): 20项 \[1\]/,
    );
    expect(await ask('福建2025年获得国家科技奖多少项')).toMatch(/最接近的内容：福建省“十四五”时期获国家科学技术奖（实绩）：20项 \[1\]/);
  });
});

describe('English', () => {
  it('"how many NEVs did guangdong make" says no count is given, only the growth', async () => {
    expect(await ask('how many new energy vehicles did guangdong make')).toMatch(
      /^The reports give no 2025 level, only the growth: Guangdong 2025 NEV Output/,
    );
  });

  it('the reports’ own words for "townscape", "two mountains", "institutional innovation", "nurture"', async () => {
    expect(await ask("shanghai 2025: 'shanghai-style jiangnan' townscape heritage pilots underway — how many?")).toMatch(/: 15个 \[1\]/);
    expect(await ask("anhui over the 14th FYP: national eco-civilization demo zones + 'two mountains' bases created?")).toMatch(
      /“两山”实践创新基地 \(actual\): 23个 \[1\]/,
    );
    expect(await ask('qiantang 2024: provincial FTZ best institutional-innovation cases, how many?')).toMatch(
      /省级自贸试验区最佳制度创新案例 \(actual\): 4项 \[1\]/,
    );
    expect(await ask('shandong 2026 plan: how many leading producer-services firms to nurture?')).toMatch(
      /培育领军企业 \(target\): about 120家/,
    );
  });
});

describe('English words the reports write their own way', () => {
  it('"services outsourcing" is 服务外包, not the services sector’s value added', async () => {
    expect(await ask('gd 2024 services outsourcing contract value growth?')).toMatch(
      /^Guangdong 2024 服务外包合同金额 \(actual\): growth 6% \[1\]/,
    );
  });

  it('"the yangtze mainstream’s jiangsu stretch" is 长江干流江苏段, "straight years" a streak (连续)', async () => {
    expect(await ask("jiangsu: how many straight years had the yangtze mainstream's jiangsu stretch held class II water by 2024?")).toMatch(
      /长江干流江苏段水质 \(actual\): 连续7年保持Ⅱ类 \[1\]/,
    );
  });
});

describe('English report senses that would take a name apart', () => {
  it('"yangtze-delta" stays 长三角’s: the river’s own sense is read only as "yangtze mainstream"', async () => {
    expect(await ask("shanghai's 3rd yangtze-delta action plan — number of key joint items?")).toMatch(/^Shanghai 2025 重点合作事项/);
  });
});

describe('comparisons', () => {
  it('"浙江比北京多出多少" after each place’s figure sets the two side by side on that topic', async () => {
    const line = await ask('浙江比北京多出多少', ['北京25年新建和更新群众身边的运动场地多少处', '浙江同一年定了多少个']);
    expect(line).toMatch(/浙江省2025年.*1万个 \[1\]；北京市2025年.*60处 \[2\]/);
  });

  it('"幸福河湖的计划里程 浙江和山东谁更长": the length asked by its measure word, 1200公里 against 600公里以上', async () => {
    expect(await ask('去年幸福河湖的计划里程 浙江和山东谁更长')).toMatch(
      /1200公里 \[1\]；山东省2025年新增幸福河湖（目标）：600公里以上 \[2\]/,
    );
  });
});

describe('two levels of a thing better lower', () => {
  it('"两个城市谁的空气好" after two cities’ PM2.5 compares them, and says the higher is the worse', async () => {
    const line = await ask('两个城市谁的空气好', ['北京的PM2.5降到多少了', '那上海呢']);
    expect(line).toMatch(/27微克\/立方米.*26\.3微克\/立方米.*。北京市更高：27微克\/立方米 对 26\.3微克\/立方米（该指标越低越好）$/);
  });

  it('unemployment in English: "(lower is better)"', async () => {
    expect(await ask('Which had higher unemployment in 2025, Beijing or Shanghai?')).toMatch(
      /Shanghai is higher: average 4\.2% vs 4\.1% \(lower is better\)$/,
    );
  });

  it('growth compared says nothing of the kind', async () => {
    expect(await ask('浙江和江苏去年GDP谁增长更快')).toMatch(/浙江省更高：5\.5% 对 5\.3%$/);
  });
});

describe('an increase asked and a stock past a threshold given', () => {
  it('"江苏去年高新技术企业新增多少家" is answered by 超6.1万家, said to be the total', async () => {
    expect(await ask('江苏去年高新技术企业新增多少家')).toMatch(
      /高新技术企业（实绩）：超6\.1万家 \[1\]（报告给出的是总数，没有给出新增数）$/,
    );
  });

  it('an increase written as one ("新增高新技术企业超6000家") gets no such note', async () => {
    expect(await ask('浙江去年新增高新技术企业多少家')).toMatch(/新增高新技术企业（实绩）：超6000家 \[1\]$/);
  });
});

describe('a result against its target, in English', () => {
  it('"zhejiang gdp growth 2025 vs target?" sets the actual beside the target, with the verdict', async () => {
    expect(await ask('zhejiang gdp growth 2025 vs target?')).toMatch(
      /^Zhejiang 2025 GDP: actual growth 5\.5% \[1\], target growth 5\.5%左右 \[2\]; on target \(met\)/,
    );
  });
});

describe('a plan’s main targets', () => {
  it('"浙江十五五主要目标" lists the goal in words and the same goal in numbers for 2030, one paragraph', async () => {
    const engine = await govCorpusEngine();
    const answer = await engine.ask('浙江省十五五时期的主要目标有哪些', { today });
    expect(answer.text).toContain('• 到2030年，我省经济实力、科技实力、综合竞争力大幅跃升');
    expect(answer.figures.map((f) => `${f.indicator}=${f.value}${f.unit}`)).toContain('全社会研发投入强度=3.5%');
  });
});

describe('a plan’s outline', () => {
  it('the last item holds no closing words addressed to the delegates (上海 2026, item 10)', async () => {
    const engine = await govCorpusEngine();
    const answer = await engine.ask('上海今年有哪些重点工作', { today });
    expect(answer.text).toContain('（十）着力推动城市高效能治理');
    expect(answer.text).not.toContain('龙马精神');
    expect(answer.text).not.toContain('支持国防和军队现代化建设');
  });
});
