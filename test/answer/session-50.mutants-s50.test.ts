import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { figureLead } from '../../src/answer/figure-lead.js';
import { extractFigures } from '../../src/figures/extract.js';
import { handWrittenReportsEngine } from '../support/engine.js';

/**
 * Session 50's answers told apart on small reports of hand-written sentences: an English count by the head of its noun, a
 * count the reports rank instead of giving, a growth asked in per cent.
 */
const today = new Date('2026-12-07');
let engine: Engine;

beforeAll(async () => {
  engine = await handWrittenReportsEngine('s50-answer-', {
    '2025_JL_吉林省_政府工作报告.txt': [
      '2025年吉林省政府工作报告',
      '一、2024年工作回顾',
      '改造老旧燃气管道2249公里，瓶装液化气居民“阀、管”改造99.94万户。',
      '新增外贸企业150家。',
      // The words the reports write for "gas valves" (开关) and pipes (管网), as the real corpus does: "pipes" then names the
      // 2249公里 of 管道 and nothing of the households.
      '完成城市管网更新，推广使用安全开关。',
    ],
    // No report reviews 2023: the 2023 report's plan is all the reports hold of it.
    '2023_JL_吉林省_政府工作报告.txt': [
      '2023年吉林省政府工作报告',
      '一、2022年工作回顾',
      '全省地区生产总值增长2%。',
      '二、2023年主要工作',
      '做好冰雪赛事服务保障，举办国际滑雪赛事12项。',
    ],
    '2025_BJ_北京市_政府工作报告.txt': [
      '2025年北京市政府工作报告',
      '一、2024年工作回顾',
      '国家高新技术企业、国家级专精特新小巨人企业、独角兽企业数量均居全国各城市首位。',
      '新增就业岗位26.3万个。',
      '加快培育瞪羚企业。',
    ],
  });
});

const ask = async (question: string) => {
  const answer = await engine.ask(question, { today, history: [] });
  return { notFound: answer.notFound, first: answer.text.split('\n')[0] ?? '', cited: answer.citations.map((c) => c.sentence) };
};

/** A sentence's figures and its citation, as the engine would cite it. */
function cited(sentence: string, id: string, district: string, period: string, kind: 'result' | 'plan') {
  const figures = extractFigures({ sentence, district, period, kind, source: 'text', citationId: id });
  return { figures, citation: { id, sentence, period, district, kind, source: 'text', score: 1 } };
}

/** The lead over the given sentences' figures, cited in that order. */
const leadOver = (question: string, ...sentences: ReturnType<typeof cited>[]) =>
  figureLead(
    engine.understand(question),
    sentences.flatMap((c) => c.figures),
    sentences.map((c) => c.citation) as never,
  );

describe('an English count by the head of its noun', () => {
  it('"How many households got their gas valves and pipes replaced" is the 99.94万户, not the 2249公里 of pipes', async () => {
    const answer = await ask('How many households got their gas valves and pipes replaced in Jilin?');
    expect(answer.first).toMatch(/^Jilin 2024 瓶装液化气居民“阀、管”改造 \(actual\): 99\.94万户/);
  });

  it('the pipes asked in their measure are still the 2249公里', async () => {
    expect((await ask('How many kilometres of old gas pipes did Jilin replace in 2024?')).first).toMatch(/2249公里/);
  });
});

describe('a count the reports rank instead of giving', () => {
  it('"How many unicorns does Beijing have?" quotes the rank under "no figure for exactly that"', async () => {
    const answer = await ask('How many unicorns does Beijing have?');
    expect(answer.notFound).toBe(false);
    expect(answer.first).toBe('The reports give no figure for exactly that; here is what they say.');
    expect(answer.cited[0]).toMatch(/独角兽企业数量均居全国各城市首位/);
  });

  it('a thing the cited sentence names without ranking or counting it is still refused ("培育瞪羚企业")', async () => {
    const answer = await ask('How many gazelle companies does Beijing have?');
    expect(answer.notFound).toBe(true);
    expect(answer.first).toBe("The reports don't cover that.");
  });

  it('a thing neither ranked nor counted is refused', async () => {
    const answer = await ask('How many coffee shops does Beijing have?');
    expect(answer.notFound).toBe(true);
  });
});

describe('a growth asked in per cent', () => {
  const transfers = cited('中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元,增长18%,为多年来最大增幅。', 'c1', '全国', '2022', 'plan');
  const lead = (question: string) => leadOver(question, transfers);

  it('"增长百分之几" is the 18%, not the 增加约1.5万亿元 of the name written whole', () => {
    expect(lead('2022年中央对地方转移支付增长百分之几')).toMatch(/增长18%/);
  });

  it('"增长多少" is still the increase the name writes', () => {
    expect(lead('2022年中央对地方转移支付增长多少')).toMatch(/增加约1\.5万亿元/);
  });

  it('a growth over five years is no year’s growth; asked over them it answers', () => {
    const overFiveYears = cited('中央财政对相关地区转移支付资金比五年前增长66.8%。', 'c0', '全国', '2022', 'result');
    expect(leadOver('2022年中央对地方转移支付增长百分之几', overFiveYears, transfers)).toMatch(/增长18%/);
  });
});

describe('a year its reports hold only the plan of, though not the last', () => {
  it('"How many international ski events did Jilin host in 2023?" says no result is held and gives the plan, never a refusal', async () => {
    const answer = await ask('How many international ski events did Jilin host in 2023?');
    expect(answer.first).toMatch(/^The reports give no actual result for Jilin 2023, only a target\..*12项/);
  });

  it('a year the reports review is no plan-only year: a thing they do not hold is refused, no plan offered', async () => {
    const answer = await ask('How many coffee shops did Jilin open in 2024?');
    expect(answer.notFound).toBe(true);
    expect(answer.first).toBe("The reports don't cover that.");
  });

  it('a year the reports review is answered from its results', async () => {
    expect((await ask('How many households got their gas valves and pipes replaced in Jilin in 2024?')).first).toMatch(/^Jilin 2024 /);
  });
});

describe('a count asked in a measure word of its own (几次), beside a figure the question names', () => {
  const load = cited('成功应对全网用电负荷39天破亿、4次刷新历史记录考验。', 'c1', '山东省', '2024', 'result');
  const lead = (question: string) => leadOver(question, load);

  it('"全网用电负荷刷新了几次历史纪录" is the 4次, not the 39天 of the name asked', () => {
    expect(lead('2024年全网用电负荷刷新了几次历史纪录')).toMatch(/：4次 \[1\]$/);
  });

  it('"全网用电负荷破亿多少天" is still the 39天', () => {
    expect(lead('2024年全网用电负荷破亿多少天')).toMatch(/：39天 \[1\]$/);
  });
});

describe('what the asker says they are not asking about', () => {
  const growth = cited('5G基站、算力规模分别增长4.3倍和3.5倍。', 'c1', '山东省', '2021-2025', 'result');

  it('"算力规模扩了几倍 不是问5G基站" is the 3.5倍 of 算力规模', () => {
    expect(leadOver('山东这五年算力规模扩了几倍 不是问5G基站', growth)).toMatch(/算力规模.*3\.5倍/);
  });

  it('asked of 5G基站 it is the 4.3倍', () => {
    expect(leadOver('山东这五年5G基站扩了几倍 不是问算力规模', growth)).toMatch(/5G基站.*4\.3倍/);
  });
});
