import { describe, expect, it } from 'vitest';
import { govCorpusEngine, govFirstLine } from '../support/engine.js';

/**
 * Session 28's classes through the engine, on the seed corpus, the 20 work reports and the 2025 reports of 云南, 湖南 and
 * 吉林. Today pinned: 今年 = 2026.
 */
const today = new Date('2026-12-04');
const lead = (q: string, history: string[] = []) => govFirstLine(q, today, history);

describe('a year before the place’s earliest results', () => {
  it('is refused, with the earliest year held as the nearest, not the latest', async () => {
    const first = await lead('江苏2023年GDP是多少');
    expect(first).toMatch(/^这些报告没有.*江苏省2023年/);
    expect(first).toMatch(/报告中最接近的内容：江苏省2024年地区生产总值（实绩）：13\.7万亿元/);
  });

  it('in English too', async () => {
    expect(await lead("How big was Jiangsu's economy in 2020?")).toMatch(/nearest to it: Jiangsu 2024 GDP .*13\.7万亿元/);
  });
});

describe('two places’ amounts asked where one report gives only the growth', () => {
  it('shows the one amount and the other’s growth, said to be all its report gives', async () => {
    const first = await lead('浙江和江苏2024年GDP分别是多少');
    expect(first).toMatch(/^江苏省2024年地区生产总值（实绩）：13\.7万亿元，增长5\.8% \[1\]/);
    expect(first).toContain('（报告中没有浙江省的该项总量，只有增速：浙江省2024年生产总值（实绩）：增长5.5% [2]）');
  });

  it('asked in English as "the economies of"', async () => {
    const first = await lead('How big were the economies of Zhejiang and Jiangsu in 2024?');
    expect(first).toMatch(/^Jiangsu 2024 GDP .*13\.7万亿元/);
    expect(first).toMatch(/no amount for Zhejiang, only its growth: .*growth 5\.5% \[2\]/);
  });
});

describe('two years’ growth asked where one year’s report gives only the level', () => {
  it('shows that year’s level, said to be all its report gives, beside the other year’s growth', async () => {
    const answer = await (await govCorpusEngine()).ask('广东2024年和2025年GDP增长各多少', { today });
    const lines = answer.text.split('\n');
    expect(lines[0]).toMatch(/2024年 迈上14万亿元 \[1\]；2025年 增长3\.9% \[2\]/);
    expect(lines[1]).toBe('报告没有给出2024年的增速，只有总量。');
  });

  it('is not read into a span asked ("过去五年"), which its own sentence answers', async () => {
    expect(await lead('过去五年全国赤字率控制在多少')).not.toContain('增速');
  });
});

describe('an English count of things no figure of the passage is named by', () => {
  it('is the best passage’s one count of them, when it writes a phrase the question was read as', async () => {
    expect(await lead('How many people claimed trade-in subsidies in Fujian in 2024?')).toMatch(
      /^Fujian 享受补贴 \(actual\): over 430万人次/,
    );
  });

  it('is no answer when the passage counts other things only', async () => {
    expect(await lead('How many lawyers claimed trade-in subsidies in Fujian in 2024?')).not.toMatch(/430万人次/);
  });
});

describe('a conversation about a plan', () => {
  it('reads "要新培育多少家" as the plan’s target, a 新 between 要 and its verb', async () => {
    expect(await lead('第3条具体讲讲 专精特新小巨人和单项冠军要新培育多少家', ['山东25年重点工作一共列了几条'])).toMatch(
      /山东省2025年新培育专精特新“小巨人”和单项冠军（目标）：300家左右/,
    );
  });

  it('finds a place set beside the earlier one in words of checking ("拿广东来对照")', async () => {
    expect(await lead('拿广东来对照 新增电源装机定了多少', ['山东25年新能源和可再生能源装机 计划新增多少万千瓦'])).toMatch(
      /广东省2025年新增电源装机（目标）：3000万千瓦/,
    );
  });
});

describe('an age, an anniversary or an edition asked', () => {
  it('leads with the number the sentence writes, not the count beside it', async () => {
    expect(await lead('广东25年免费上门健康管理的失能老人 年龄线是多少岁及以上')).toMatch(/失能老年人年龄：65岁及以上 \[1\]/);
    expect(await lead('苏州工业园区开发建设 前年办的是多少周年系列活动')).toMatch(/苏州工业园区开发建设：30周年/);
  });

  it('reads "第几届" as an edition, not a rank', async () => {
    expect(await lead('浙江这五年办的亚残运会 是第几届')).toMatch(/亚残运会：第4届/);
  });
});

describe('a count written with a bound and a modifier before its name', () => {
  it('gives the plan’s number of it ("滚动实施1500个以上省重点技改项目")', async () => {
    expect(await lead('福建今年定了多少省重点技改项目')).toMatch(/福建省2026年实施省重点技改项目（目标）：1500个以上/);
  });

  it('asked in English as "the number they set for this year" after a result', async () => {
    expect(await lead('ok and the number they set for this year?', ['福建24年实施了多少项省重点技改项目'])).toMatch(
      /^\(this year = 2026\) Fujian 2026 实施省重点技改项目 \(target\): over 1500个/,
    );
  });
});

describe('two things asked apart in one question', () => {
  it('finds each by its own words and leads with both', async () => {
    const first = await lead('北京25年紧密型城市医疗集团新建几个 检查检验结果互认医院新增多少家');
    expect(first).toMatch(/新建紧密型城市医疗集团（目标）：5个 \[\d\]；北京市2025年检查检验结果互认医院（目标）：60家/);
  });
});

describe('战新 before 重点项目', () => {
  it('is 战略性新兴产业, and the count "实施好200项以上…" is the plan’s', async () => {
    expect(await lead('福建今年实施多少项工业战新重点项目')).toMatch(/工业战略性新兴产业重点项目（目标）：200项以上/);
  });
});

describe('two places set side by side in a follow-up that names no topic', () => {
  it('compares them on the conversation’s topic', async () => {
    expect(await lead('安徽和福建2025年哪个高', ['安徽24年和25年GDP增长多少'])).toMatch(/安徽省更高：5\.5% 对 5%/);
    expect(await lead('which is higher, Anhui or Fujian, in 2025?', ["What was Anhui's GDP growth in 2024 and 2025?"])).toMatch(
      /Anhui is higher/,
    );
  });
});
