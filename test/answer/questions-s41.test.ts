import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { firstLineOf, govFirstLine, wordReportsEngine } from '../support/engine.js';

/**
 * Session 41: questions as people ask them, found on the tune halves of the fresh sets and fresh-aj's, asked of the engine
 * over real reports (the readings themselves: test/figures/attribute-kinds-s41.test.ts, test/lang/readings-s41.test.ts).
 */
const today = new Date('2026-12-06');
const ask = (question: string, history: string[] = []) => govFirstLine(question, today, history);

describe('what a thing is numbered, asked by the shape of its number', () => {
  it('"是几百周年": the anniversary in hundreds (纪念郑成功诞辰400周年)', async () => {
    expect(await ask('郑成功诞辰的纪念活动 24年在福建办的是几百周年')).toMatch(/郑成功诞辰：400周年 \[\d\]/);
  });

  it('"是几零几国道": the national highway by its three digits (104国道)', async () => {
    expect(await ask('钱塘24年跟S211竞潮快速路一起稳步推进的 是几零几国道')).toMatch(/：104国道 \[\d\]/);
  });

  it('"增长了几倍": the multiple the sentence writes (增长近3倍), not the level before it', async () => {
    expect(await ask('北京24年在京生产的新能源车 比上年增长了差不多几倍')).toMatch(/：3倍 \[\d\]/);
  });

  it('"是几号几号机组": each unit of a list sharing the unit, the first leading (台山核电3、4号机组)', async () => {
    expect(await ask('广东25年推进核准的台山核电 是几号几号机组')).toMatch(/台山核电：3号机组 \[\d\]/);
  });

  it('"跟3号线一期一块儿开通的 还有哪条整线": the line named besides it (12号线)', async () => {
    expect(await ask('北京24年跟3号线一期一块儿开通的 还有哪条整线 几号线')).toMatch(/开通：12号线 \[\d\]/);
  });

  it('"是上世纪几十年代的事": the decade a note gives (上世纪70年代)', async () => {
    expect(await ask('广东说的“岳山造林” 是上世纪几十年代的事')).toMatch(/70年代 \[\d\]/);
  });

  it('"占全国的份额是几分之一": a share ending its clause (占全国1/3)', async () => {
    expect(await ask('江苏船舶海工出口规模占全国的份额 24年是几分之一')).toMatch(/船舶海工出口规模占全国：1\/3 \[\d\]/);
  });

  it('a measure word carried by a follow-up is no attribute asked: "那年落地的高层次人才创业项目呢" after "是多少条"', async () => {
    const first = await ask('那年落地的高层次人才创业项目呢', ['钱塘24年迭代出台的人才新政 是多少条']);
    expect(first).toMatch(/落地高层次人才创业项目（实绩）：61个/);
  });
});

describe('English notes and names', () => {
  it('"Peaceful China" names the campaign, not the country: Anhui’s rank in its assessment (全国第4位)', async () => {
    const first = await ask('Where did Anhui rank in the Peaceful China assessment?');
    expect(first).toMatch(/^Anhui 2025 平安中国建设考评 \(actual\): 全国第4位 \[\d\]$/);
  });

  it('"# of …" asks a count, "physical" is the reports’ 实体 (实体书店数量超2100家)', async () => {
    expect(await ask('beijing 2024 — # of physical bookstores?')).toMatch(/实体书店数量 \(actual\): over 2100家/);
  });

  it('"no. of …" asks a count too', async () => {
    expect(await ask('no. of new zhuanjingtexin firms in shanghai 2024?')).toMatch(/新增专精特新企业 \(actual\): 2115家/);
  });

  it('a rank asked in English still leads with the first citation’s rank when no whole phrase names another', async () => {
    expect(await ask('Where does Anhui’s income growth rank nationally?')).toMatch(/全国第6位/);
  });
});

describe('a share and a plan’s end asked in everyday words', () => {
  it('"北京今年普惠托位的占比要提到多少": the plan’s 68%, no longer "nothing on 托位"', async () => {
    expect(await ask('北京今年普惠托位的占比要提到多少')).toMatch(/^（今年 = 2026年）北京市2026年普惠托位占比（目标）：68% \[\d\]$/);
  });

  it('"福建十四五末文旅经济增加值大概多少" (asked after the plan): the level its last year reached', async () => {
    expect(await ask('福建十四五末文旅经济增加值大概多少')).toMatch(
      /^（十四五末 = 2025年）福建省.*文旅经济增加值（实绩）：6500亿元 \[\d\]$/,
    );
  });
});

describe('where a figure started, asked with a year', () => {
  it('"上海去年跨部门综合监管事项从几个扩到了几个": from 39 to 91', async () => {
    expect(await ask('上海去年跨部门综合监管事项从几个扩到了几个')).toMatch(/跨部门综合监管事项（实绩）：从39个到91个 \[\d\]$/);
  });

  it('"guangdong 2025: total online hits on national games coverage?": 点击量 of the coverage (超610亿次)', async () => {
    expect(await ask('guangdong 2025: total online hits on national games coverage?')).toMatch(/总点击量 \(actual\): over 610亿次/);
  });
});

describe('the Word reports (云南, 湖南, 吉林 2025)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await wordReportsEngine('s41-word-');
  });
  const askWord = (question: string) => firstLineOf(engine, question, today);

  it('"第几个小时": the hour a response plan’s note gives (第1小时), not "no rank found"', async () => {
    expect(await askWord('云南“123”快速响应 各级应急指挥系统第几个小时要全面运转')).toMatch(/：第1小时 \[\d\]/);
  });

  it('"…, PF?" asks a number in petaflops, and 算力 is the reports’ "capacity" (超算算力达223PF)', async () => {
    expect(await askWord("hunan's supercomputing capacity in 2024, PF?")).toMatch(/223PF/);
  });
});
