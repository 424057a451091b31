import { describe, expect, it } from 'vitest';
import { govFirstLine } from '../support/engine.js';

/**
 * Session 52: questions as people ask them, found on the tune halves of the fresh sets and in the terminal trial, asked of
 * the engine over the real reports and over small hand-written ones (the readings: test/lang/readings-s52.test.ts).
 */
const today = new Date('2026-12-07');
const ask = (question: string, history: string[] = []) => govFirstLine(question, today, history);

describe('two places compared, the difference asked', () => {
  it('"广东和山东2025年GDP总量差多少": both levels, which is higher, and by how much, worked out and said so', async () => {
    expect(await ask('广东和山东2025年GDP总量差多少')).toMatch(/广东省更高：14\.58万亿元 对 10\.3万亿元，多4\.28万亿元（两数相减）$/);
  });

  it('two growth rates differ in points', async () => {
    expect(await ask('江苏和浙江去年GDP增速差多少')).toMatch(/浙江省更高：5\.5% 对 5\.3%，高0\.2个百分点（两数相减）$/);
  });

  it('in English too', async () => {
    expect(await ask('how much bigger was guangdong economy than shandong in 2025')).toMatch(
      /Guangdong is higher: 14\.58万亿元 vs 10\.3万亿元, 4\.28 trillion yuan more \(the difference of the two\)$/,
    );
  });

  it('"拱墅和钱塘哪个GDP增速快": each place\'s latest figure, of periods that differ, is set side by side with no verdict', async () => {
    expect(await ask('拱墅和钱塘哪个GDP增速快')).toMatch(
      /拱墅区2025年一季度GDP（实绩）：增长4\.6% \[1\]；钱塘区2024年.*（两者时期不同，不作比较）$/,
    );
  });

  it('which is higher alone asks no difference', async () => {
    expect(await ask('江苏和浙江去年GDP增速谁快')).toMatch(/浙江省更高：5\.5% 对 5\.3%$/);
  });
});

describe('a level asked where the reports give only its growth', () => {
  it('"山东去年进出口总额是多少": said so, though an activity\'s name holds 外贸 (a loose synonym), with a count beside', async () => {
    expect(await ask('山东去年进出口总额是多少')).toMatch(
      /^（去年 = 2025年）报告未给出2025年总量，只有增速：山东省2025年进出口（实绩）：增长4\.5% \[1\]$/,
    );
  });

  it('a level the reports give leads with no such words', async () => {
    expect(await ask('山东去年GDP是多少')).toMatch(/^（去年 = 2025年）山东省2025年地区生产总值（实绩）：10\.3万亿元/);
  });
});

describe("English questions in the reports' words", () => {
  it('"zj 2025 target for china-europe freight train runs?": the plan\'s 2500列, not the result 3005列', async () => {
    expect(await ask('zj 2025 target for china-europe freight train runs?')).toMatch(/^Zhejiang 2025 开行 \(target\): over 2500列 \[1\]$/);
  });

  it('"new employment & startup hubs" are the hubs the plan builds, no count of new jobs', async () => {
    expect(await ask('shandong 2025: how many new employment & startup hubs for college grads?')).toMatch(
      /Shandong 2025 新建大学生就业创业赋能中心 \(target\): 15个 \[1\]$/,
    );
  });
});

describe('"how many people live in …" asks the population', () => {
  it('a place whose reports give none is refused on its population, never answered by a passage of "living"', async () => {
    expect(await ask('how many people live in shanghai')).toBe("The reports don't cover Shanghai 常住人口.");
  });
});

describe('"大项目" asked', () => {
  it('"钱塘区2025年有啥大项目" quotes the plan\'s 重大项目', async () => {
    expect(await ask('钱塘区2025年有啥大项目')).toMatch(/^据钱塘区《.*》：强化项目全生命周期管理,推动西子航空、杭华股份等重大项目开工建设/);
  });
});

describe('an English correction in a conversation', () => {
  it('"oops, 2024 not 2025" after "zhejiang gdp growth 2025": 2024\'s growth', async () => {
    expect(await ask('oops, 2024 not 2025', ['zhejiang gdp growth 2025'])).toMatch(
      /^Zhejiang 2024 GDP \(生产总值, actual\): growth 5\.5% \[1\]$/,
    );
  });

  it('"jiangsu, not zhejiang": the other place, same year and subject', async () => {
    expect(await ask('jiangsu, not zhejiang', ['zhejiang gdp growth 2025'])).toMatch(
      /^Jiangsu 2025 GDP \(地区生产总值, actual\): growth 5\.3% \[1\]$/,
    );
  });
});

describe('a plan asked in words of work still to do', () => {
  it('"拱墅23年森林覆盖率要稳在多少以上": the target, answered as asked (no "only a target" refusal)', async () => {
    expect(await ask('拱墅23年森林覆盖率要稳在多少以上')).toMatch(/^（23年 = 2023年）拱墅区2023年森林覆盖率（目标）：24\.5%以上 \[1\]$/);
  });

  it('"anhui 2025: new overseas warehouses to set up?": the plan\'s 100, not a result of another thing', async () => {
    expect(await ask('anhui 2025: new overseas warehouses to set up?')).toMatch(/^Anhui 2025 新布局海外仓 \(target\): over 100个 \[1\]$/);
  });

  it('"km of rural roads to upgrade?": the amount in the unit asked, from the plan', async () => {
    expect(await ask('guangdong 2025 livelihood list: km of rural roads to upgrade?')).toMatch(
      /^Guangdong 2025 升级改造农村公路 \(target\): over 4000公里 \[1\]$/,
    );
  });

  it('"\'youth palaces at the doorstep\' to build or revamp?": the 200 家门口青少年宫', async () => {
    expect(await ask("zhejiang 2025: 'youth palaces at the doorstep' to build or revamp?")).toMatch(
      /^According to 浙江省《2025年浙江省政府工作报告》: 新改建“家门口青少年宫”200家。 \[1\]$/,
    );
  });

  it('"how many reserve projects on the city\'s key construction list?": the 95 预备项目, not the list\'s 881', async () => {
    expect(await ask("hangzhou's 2024 plan: how many reserve projects on the city's key construction list?")).toMatch(
      /预备项目 \(target\): 95个 \[1\]$/,
    );
  });
});

describe('a count asked of a thing no figure of the indicator counts', () => {
  it('"山东前年建成了几个高速公路项目": the 8 projects, not the 8700 km of expressway', async () => {
    expect(await ask('山东前年建成了几个高速公路项目')).toMatch(/^（前年 = 2024年）山东省2024年项目建成（实绩）：8个 \[1\]$/);
  });

  it('the length asked is still the length', async () => {
    expect(await ask('山东前年高速公路通车里程多少')).toMatch(/突破8700公里/);
  });
});

describe('a count asked in words the segmenter cuts across', () => {
  it('"福建去年国家级文化生态保护区要建好几个": the plan\'s 2 (要建, 好几个 are the asking, no words a passage must write)', async () => {
    expect(await ask('福建去年国家级文化生态保护区要建好几个')).toMatch(
      /^（去年 = 2025年）福建省2025年建好国家级文化生态保护区（目标）：2个 \[1\]$/,
    );
  });
});

describe('every place asked of a figure', () => {
  it('"各省2026年GDP增长目标": every covered province\'s target, in order, and those without it named', async () => {
    const first = await ask('各省2026年GDP增长目标');
    expect(first).toMatch(/^2026年目标最高：安徽省 5–5\.5% \[1\]、浙江省 5–5\.5% \[2\]（并列）；其后：/);
    expect(first).toMatch(/广东省 4\.5–5% \[8\]$/);
  });

  it('"start with zhejiang" after "GDP growth targets for 2026, province by province": that province\'s target', async () => {
    expect(await ask('start with zhejiang', ['GDP growth targets for 2026, province by province'])).toMatch(
      /^Zhejiang 2026 GDP \(生产总值, target\): growth 5–5\.5% \[1\]$/,
    );
  });
});

describe('the difference of the places talked about, asked bare', () => {
  it('"how much faster?" after two places\' growth: which is higher and by how many points', async () => {
    expect(await ask('how much faster?', ['zhejiang gdp growth 2024', 'and jiangsu?', 'which grew faster?'])).toMatch(
      /Jiangsu is higher: 5\.8% vs 5\.5%, 0\.3 percentage points higher \(the difference of the two\)$/,
    );
  });

  it('"差多少" after "浙江去年GDP增速" and "江苏呢"', async () => {
    expect(await ask('差多少', ['浙江去年GDP增速', '江苏呢'])).toMatch(/浙江省更高：5\.5% 对 5\.3%，高0\.2个百分点（两数相减）$/);
  });

  it("one place's result and target: the gap to the target, as before", async () => {
    expect(await ask('差了多少', ['拱墅22年GDP增速多少', '当时目标是多少'])).toMatch(/低于目标5\.5个百分点（未完成目标）$/);
  });
});
