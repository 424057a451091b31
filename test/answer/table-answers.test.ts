import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import type { Answer } from '../../src/answer/schema.js';
import { govCorpusEngine } from '../support/engine.js';

/** Trends and rankings read from the figure table, over the seed corpus and the 20 work reports. */
const TARGETS = path.resolve(import.meta.dirname, '../fixtures/yqcao-prov-report-targets/targets.json');
const today = new Date('2026-12-01');
let engine: Engine;

beforeAll(async () => {
  engine = await govCorpusEngine();
}, 180_000);

const ask = (question: string): Promise<Answer> => engine.ask(question, { today });
const firstLine = (answer: Answer): string => answer.text.split('\n')[0];

/** Every "value [n]" of the lead: citation n's sentence writes that value. */
function expectEveryValueCited(answer: Answer): void {
  const marks = [...firstLine(answer).matchAll(/([\d.]+)(?:[–-][\d.]+)?%?[^\s[]*\s*\[(\d+)\]/g)];
  expect(marks.length).toBeGreaterThan(1);
  for (const [, value, n] of marks) expect(answer.citations[Number(n) - 1].sentence.replace(/,/g, '')).toContain(value);
}

describe('a ranking across places, from the figure table', () => {
  it('ranks every province with a 2026 growth target, each value as the annotated gold and cited', async () => {
    const answer = await ask('哪个省2026年GDP增长目标最高');
    const lead = firstLine(answer);
    expect(lead).toMatch(/^2026年目标最高/);
    expectEveryValueCited(answer);
    const gold = (JSON.parse(readFileSync(TARGETS, 'utf8')) as { cn: string; low: number; high: number }[]).filter((t) =>
      answer.chart?.categories.includes(t.cn),
    );
    expect(gold.length).toBeGreaterThanOrEqual(7);
    const values = answer.chart?.series[0].values ?? [];
    for (const t of gold) expect(values[answer.chart?.categories.indexOf(t.cn) ?? -1]).toBe(t.high);
    expect(answer.chart).toMatchObject({ type: 'bar', unit: '%', series: [{ kind: 'target' }] });
    // Ranked high to low: the chart's values never rise.
    for (let i = 1; i < values.length; i++) expect(values[i] ?? 0).toBeLessThanOrEqual(values[i - 1] ?? 0);
  });

  it("a ranking of results is one year, like for like, and names the places without that year's figure", async () => {
    const answer = await ask('哪个省城镇化率最高');
    expect(firstLine(answer)).toMatch(/^2025年实绩最高：广东省 76\.58%/);
    expect(answer.text).toMatch(/报告中没有2025年该数据的：.*(安徽省|北京市)/);
    expectEveryValueCited(answer);
  });

  it('in English, the lowest growth of last year', async () => {
    const answer = await ask('Which province grew slowest last year?');
    expect(firstLine(answer)).toMatch(/Lowest 2025 actual: Guangdong 3\.9%/);
  });

  it('a growth superlative naming no indicator ranks GDP growth targets of the districts', async () => {
    const answer = await ask('哪个区增长目标最高');
    expect(firstLine(answer)).toMatch(/目标最高：钱塘区/);
    expect(answer.chart?.categories).toEqual(['钱塘区', '拱墅区']);
  });
});

describe('a trend of one place, from the figure table', () => {
  it("each year's result with the target set for it beside it, and a line chart of both", async () => {
    const answer = await ask('江苏近几年GDP增速');
    const lead = firstLine(answer);
    expect(lead).toMatch(/2024年 5\.8% \[\d\]；2025年 5\.3% \[\d\]（目标5%以上 \[\d\]）；2026年 目标5%/);
    expectEveryValueCited(answer);
    expect(answer.chart?.type).toBe('line');
    expect(answer.chart?.series.map((s) => s.kind)).toEqual(['actual', 'target']);
    expect(answer.chart?.series[0].values).toEqual([5.8, 5.3, null]);
  });

  it("levels when two years give one: the level the five-year review says was reached is the last year's", async () => {
    const answer = await ask('江苏近几年GDP');
    expect(firstLine(answer)).toMatch(/2024年 13\.7万亿元 \[\d\]；2025年 14\.2万亿元 \[\d\]/);
    expect(answer.chart).toMatchObject({ unit: '万亿元', series: [{ kind: 'actual', values: [13.7, 14.2] }] });
  });

  it('a question about targets leads with the targets, results beside them', async () => {
    const lead = firstLine(await ask('全国历年GDP增长目标'));
    expect(lead).toMatch(/逐年（目标，括号中为当年实绩）/);
    expect(lead).toMatch(/2023年 5%左右 \[\d\]（实绩5\.2% \[\d\]）/);
  });

  it("a group in the indicator's own name is no group asked (城镇调查失业率)", async () => {
    const lead = firstLine(await ask('北京近几年城镇调查失业率'));
    expect(lead).toMatch(/2025年 4\.1%/);
    expect(lead).toMatch(/目标5%以内/);
  });

  it('a trend of a level indicator with one year of levels is of its growth, said so', async () => {
    expect(firstLine(await ask('How has Zhejiang’s fiscal revenue changed over the years?'))).toMatch(
      /growth by year \(actual\): 2024: 1\.2% \[1\]; 2025: 1\.8% \[2\]/,
    );
  });

  it('where a figure went from and to, with no span named, is the span the latest review covers', async () => {
    expect(firstLine(await ask('浙江这几年财政收入从多少涨到多少'))).toMatch(/从7248亿元到8865亿元/);
  });

  it("two years asked for an amount keep each year's own figure, not a rate in its place", async () => {
    expect(firstLine(await ask('山东社零24年和25年分别多少'))).toContain('3.79万亿元');
  });
});

describe('two places compared, from the figure table', () => {
  it('one year, one measure, the verdict like for like, both cited, a bar chart of the two', async () => {
    const answer = await ask('钱塘和拱墅2025年GDP增长目标哪个高');
    expect(firstLine(answer)).toMatch(/钱塘区.*5\.6%左右 \[1\].*拱墅区.*5\.5%左右 \[2\]。钱塘区更高/);
    expect(answer.citations.map((c) => c.district)).toEqual(['钱塘区', '拱墅区']);
    expect(answer.chart).toMatchObject({ type: 'bar', categories: ['钱塘区', '拱墅区'], series: [{ kind: 'target', values: [5.6, 5.5] }] });
  });

  it('with no year asked, the latest year both hold', async () => {
    const answer = await ask('浙江和江苏GDP增速哪个快');
    expect(firstLine(answer)).toMatch(/浙江省2025年.*5\.5%.*江苏省2025年.*5\.3%.*浙江省更高/);
    expect(answer.chart?.title).toContain('增速');
  });
});
