import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { extractFigures } from '../../src/figures/extract.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { firstLineOf, govFirstLine, wordReportsEngine } from '../support/engine.js';
import { resultCitation } from '../support/hand-built-evidence.js';

/**
 * Session 47: questions as people ask them, found on the tune halves of the fresh sets, asked of the engine over real
 * reports (the readings themselves: test/lang/readings-s47.test.ts).
 */
const today = new Date('2026-12-06');
const ask = (question: string, history: string[] = []) => govFirstLine(question, today, history);
let wordEngine: ReturnType<typeof wordReportsEngine> | null = null;
const overWordReports = async (question: string) => {
  wordEngine ??= wordReportsEngine('s47-word-');
  return firstLineOf(await wordEngine, question, today);
};

describe('a floor asked of a sentence that writes several', () => {
  const sentence = '对10类重点就业群体新发放创业担保贷款不低于80亿元，支持不低于4万人创业。';
  const citations = [resultCitation('c1', sentence, '云南省')];
  const figures = extractFigures({ sentence, district: '云南省', period: '2025', kind: 'plan', source: 'text', citationId: 'c1' });
  const lead = (q: string) => figureLead(understandQuery(q, knownPlaces(['云南省']), { today }), figures, citations);

  it('"…创业担保贷款不低于多少" is the loan’s floor, 80亿元, not the groups’ 10类 nor the 4万人 of another name', () => {
    expect(lead('给重点就业群体新发的创业担保贷款不低于多少')).toMatch(/重点就业群体新发放创业担保贷款.*不低于80亿元 \[1\]/);
  });

  it('over the Word reports, "云南25年创业担保贷款至少要发多少" is answered (it was refused on 至少 and 要发)', async () => {
    expect(await overWordReports('云南25年创业担保贷款至少要发多少')).toMatch(/云南省2025年.*创业担保贷款（目标）：不低于80亿元/);
  });
});

describe('several figures of one sentence asked together', () => {
  it('"福建十四五期间建成了多少个国家级和省级区域医疗中心" gives both levels, 8个 and 13个', async () => {
    const line = await ask('福建十四五期间建成了多少个国家级和省级区域医疗中心');
    expect(line).toMatch(/国家级区域医疗中心（实绩）：8个 \[1\]/);
    expect(line).toMatch(/省级区域医疗中心（实绩）：13个 \[1\]/);
  });

  it('"23年报告里 全国和自贸试验区的外资负面清单条数分别压减了多少" gives 51% and 72% (it was refused as foreign investment)', async () => {
    const line = await ask('23年报告里 全国和自贸试验区的外资负面清单条数分别压减了多少');
    expect(line).toMatch(/51%/);
    expect(line).toMatch(/72%/);
  });
});

describe('people counted after a bare magnitude', () => {
  it('"how many students benefited from student loans in 2023?" is the 1100多万 the 2024 report gives, not Hangzhou’s graduates', async () => {
    expect(await ask('2024 government work report: how many students benefited from student loans in 2023?')).toMatch(
      /^China 2023 国家助学贷款提标降息惠及学生 \(actual\): over 1100万 \[1\]/,
    );
  });
});

describe('a change asked from a written year', () => {
  it('"2025 gov work report: total new govt debt, up how much from 2024?" is the 2.9万亿元 the report states', async () => {
    expect(await ask('2025 gov work report: total new govt debt, up how much from 2024?')).toMatch(
      /^China 2025 新增政府债务总规模比上年增加 \(target\): 2\.9万亿元/,
    );
  });
});

describe('two levels of one noun, the figures’ names tied on it', () => {
  it('"山东国家级和省级文明村镇分别有多少个" gives 246个 and 4295个 (国家 decides the first), not a 国家级 firm of another sentence', async () => {
    const line = await ask('山东国家级和省级文明村镇分别有多少个');
    expect(line).toMatch(/创建国家文明村镇（实绩）：246个/);
    expect(line).toMatch(/省级文明村镇（实绩）：4295个/);
  });
});

describe('a name written whole once its asking is taken out', () => {
  it('"十四五期间 广东职业伤害保障试点覆盖了多少新业态劳动者" is the 696万名 covered, not a span’s 48项 pilots', async () => {
    expect(await ask('十四五期间 广东职业伤害保障试点覆盖了多少新业态劳动者')).toMatch(/职业伤害保障试点覆盖新业态劳动者（实绩）：696万名/);
  });
});

describe('a change asked in a conversation', () => {
  const first = '一般公共预算支出规模每年比上年增加多少';
  it('"24年报告里增加了多少" is the 1.1万亿元 stated, "那25年呢" then the 1.2万亿元 (not the levels 28.5 and 29.7万亿元)', async () => {
    expect(await ask('24年报告里增加了多少', [first])).toMatch(/^全国2024年一般公共预算支出规模比上年增加（目标）：1\.1万亿元/);
    expect(await ask('那25年呢', [first, '24年报告里增加了多少'])).toMatch(/全国2025年一般公共预算支出规模比上年增加（目标）：1\.2万亿元/);
  });

  it('"and how fast did it grow?" after a figure no indicator names is that figure’s growth, not the GDP’s', async () => {
    const line = await ask('and how fast did it grow?', ['浙江2025年人工智能核心产业营收多少']);
    expect(line).toMatch(/人工智能核心产业营收/);
    expect(line).not.toMatch(/GDP/);
  });
});

describe('a share asked in everyday words', () => {
  it('"江苏前年省重大项目投资超了年度计划百分之几" is the 13.9% over plan, though the investment is named whole', async () => {
    expect(await ask('江苏前年省重大项目投资超了年度计划百分之几')).toMatch(/江苏省2024年超年度计划目标（实绩）：13\.9%/);
  });

  it('"粤前年国家科学技术奖的获奖数比上次多了百分之几" is the 47% rise', async () => {
    expect(await ask('粤前年国家科学技术奖的获奖数比上次多了百分之几')).toMatch(/增长47%/);
  });
});

describe('found in the terminal trial', () => {
  it('"China 2025 general public budget spending, up how much from 2024?" leads with the 2025 difference stated, two years named plainly', async () => {
    const line = await ask('China 2025 general public budget spending, up how much from 2024?');
    expect(line).toMatch(/China 2024 and 2025/);
    expect(line).toMatch(/China 2025 一般公共预算支出规模比上年增加 \(target\): 1\.2万亿元/);
    expect(line).not.toMatch(/the difference of the two/);
  });

  it('two years of a level are still set side by side: "2025年赤字规模比2024年多多少" gives both and their difference', async () => {
    expect(await ask('2025年赤字规模比2024年多多少')).toMatch(/4\.06万亿元.*5\.66万亿元.*多1\.6万亿元（两数相减）/);
  });
});

describe('a year no report covers, in English', () => {
  it('"jiangsu\'s population in 1895?" is refused, not answered with a 2025 sentence', async () => {
    expect(await ask("jiangsu's population in 1895?")).toMatch(/^The reports have nothing on Jiangsu 1895\./);
  });
});
