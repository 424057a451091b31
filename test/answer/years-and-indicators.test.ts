import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import type { Answer } from '../../src/answer/schema.js';
import { govCorpusEngine } from '../support/engine.js';

/**
 * One place over several years (compared, ranked, as a trend), several indicators asked at once,
 * and follow-ups that keep the figure, over the corpus plus the work reports, today pinned.
 */
const today = new Date('2026-12-01');
let engine: Engine;

beforeAll(async () => {
  engine = await govCorpusEngine();
}, 120_000);

const ask = (question: string, history?: string[]): Promise<Answer> => engine.ask(question, history ? { today, history } : { today });
const firstLine = (answer: Answer): string => answer.text.split('\n')[0];
const cited = (answer: Answer): string => answer.citations.map((c) => c.sentence).join('\n');

describe('one place, two years compared', () => {
  it('"比去年多多少" sets the year before against the asked one, each from its own report', async () => {
    const answer = await ask('上海居民收入2025年比去年多多少');
    const lead = firstLine(answer);
    expect(lead).toMatch(/2024年 8\.8万元 \[\d\].*2025年 9\.2万元 \[\d\]/);
    expect(lead).toContain('2025年高于2024年');
    expect(cited(answer)).toContain('8.8万元');
    expect(cited(answer)).toContain('9.2万元');
    // Each year's figure from the report that states its result: 2024's from the 2025 report.
    const of2024 = answer.figures.find((f) => f.value === 8.8);
    expect(answer.citations.find((c) => c.id === of2024?.citationId)?.title).toContain('2025');
  });

  it('two years whose figures measure different things each give their own, with no verdict', async () => {
    const lead = firstLine(await ask('山东社零24年和25年各是多少'));
    expect(lead).toContain('2024年 3.79万亿元');
    expect(lead).toContain('2025年 增长5.1%');
    expect(lead).not.toMatch(/高于|低于|持平/);
  });

  it('the same value in both years is said to be the same', async () => {
    const lead = firstLine(await ask('Did Zhejiang grow faster in 2025 than in 2024?'));
    expect(lead).toMatch(
      /^Zhejiang GDP growth by year \(actual, targets in brackets\): 2024: 5\.5% \[1\]; 2025: 5\.5% \[2\] \(target 5\.5%左右 \[3\]\)/,
    );
    expect(lead).toContain('was the same as 2024');
  });

  it('a resident qualifier holds for both years: never the 城镇 figure for 农村', async () => {
    const answer = await ask('浙江农村居民收入增速2025年比2024年快还是慢');
    const lead = firstLine(answer);
    expect(lead).toContain('5.5%');
    expect(lead).not.toContain('4.3%');
  });
});

describe('years ranked', () => {
  it('"哪一年最高" ranks the national growth of each year, the top year first', async () => {
    const answer = await ask('近几年全国GDP增长哪一年最快');
    const lead = firstLine(answer);
    expect(lead).toMatch(/^最高（实绩）：2021年 8\.1% \[1\]；其后：/);
    for (const rate of ['5.2%', '5%', '3%']) expect(lead).toContain(rate);
    expect(cited(answer).split('\n')[0]).toContain('增长8.1%');
  });

  it('"哪一年最低" ranks from the bottom', async () => {
    expect(firstLine(await ask('近几年全国GDP增速哪一年最低'))).toMatch(/^最低（实绩）：2022年 3% \[1\]/);
  });
});

describe('a trend', () => {
  it('reads a year from the span a later report sums up ("从29.6件增加到65件" is 2025\'s)', async () => {
    const lead = firstLine(await ask('上海每万人口高价值发明专利拥有量近年来怎么变化'));
    expect(lead).toMatch(/每万人口高价值发明专利拥有量（实绩）逐年：2024年 57\.9件 \[1\]；2025年 65件 \[2\]/);
  });

  it('over a plan period stated from–to, that sentence answers', async () => {
    const answer = await ask('浙江十四五期间一般公共预算收入怎么变化的');
    expect(firstLine(answer)).toContain('8865亿元');
    expect(firstLine(answer)).not.toContain('逐年');
  });
});

describe('several indicators with a shared tail', () => {
  it('"工业、服务业、社零增速" answers each, in the order asked', async () => {
    const lead = firstLine(await ask('山东2025年工业、服务业、社零增速分别是多少'));
    const at = ['规上工业增加值（实绩）：增长7.6%', '服务业增加值（实绩）：增长6.1%', '社会消费品零售总额（实绩）：增长5.1%'].map((s) =>
      lead.indexOf(s),
    );
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('a past year asked: each indicator leads with its result, not the plan cited beside it', async () => {
    const lead = firstLine(await ask('广东2025年外贸和社零分别增长多少'));
    expect(lead).toContain('货物进出口总额（实绩）');
    expect(lead).toContain('社会消费品零售总额（实绩）');
    expect(lead).not.toContain('（目标）');
  });

  it('English "GDP growth and trade growth" answers both', async () => {
    const lead = firstLine(await ask("Guangdong's 2025 GDP growth and trade growth?"));
    expect(lead).toContain('3.9%');
    expect(lead).toContain('4.4%');
  });
});

describe('follow-ups that keep the figure', () => {
  it('"全体居民的呢？" after a 城镇 income question answers the all-resident figure', async () => {
    const answer = await ask('全体居民的呢？', ['杭州市2023年城镇居民人均可支配收入多少']);
    expect(answer.notFound).toBe(false);
    expect(firstLine(answer)).toContain('73797元');
  });

  it('"去年定的是多少？" after a target question answers last year\'s target', async () => {
    const answer = await ask('去年定的是多少？', ['北京2026年GDP增长目标是多少']);
    expect(firstLine(answer)).toMatch(/去年 = 2025年.*北京市2025年地区生产总值（目标）：增长5%左右/);
  });
});
