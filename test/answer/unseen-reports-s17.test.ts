import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';

/**
 * Questions on the three 2025 reports no rule was written for (Word files, see test/fixtures/report-formats/SOURCE.txt):
 * the plan's tasks under its task part, not the report's parts and an annex numbered afresh; rankings and comparisons
 * of things no glossary indicator names; a town's housing estates that are no residents' group; a thing no report
 * writes, refused.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/report-formats/docx');
const today = new Date('2026-12-03');

describe('three provinces’ reports nobody tuned to', () => {
  let engine: Engine;
  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'unseen-reports-'));
    cpSync(FIXTURES, path.join(root, 'corpus'), { recursive: true });
    engine = await Engine.open({ corpusDir: path.join(root, 'corpus'), indexDir: path.join(root, 'index'), log: () => {} });
  }, 120_000);
  const ask = async (q: string) => engine.ask(q, { today });
  const items = (text: string) => text.split('\n').filter((l) => l.startsWith('•'));

  it('lists the plan’s nine tasks, not "二、总体要求" and the annex’s 惠民实事 behind it', async () => {
    const listed = items((await ask('云南25年工作重点是啥')).text);
    expect(listed).toHaveLength(9);
    expect(listed[0]).toContain('统筹消费和投资');
    expect(listed.join('\n')).not.toContain('总体要求');
    expect(listed.join('\n')).not.toContain('稳定和扩大就业');
  });

  it('reads "有几大任务" as the outline asked', async () => {
    const listed = items((await ask('湖南2025年有几大任务')).text);
    expect(listed.length).toBeGreaterThanOrEqual(8);
    expect(listed[0]).toContain('全力推动经济持续回升向好');
  });

  it('ranks and compares places by a figure no glossary indicator names', async () => {
    const ranked = (await ask('24年云南和湖南哪个省农村劳动力转移就业最多')).text.split('\n')[0];
    expect(ranked).toMatch(/湖南省 1695万人.*云南省 1547\.3万人/);
    const compared = (await ask('云南和湖南24年开工改造老旧小区谁多')).text.split('\n')[0];
    expect(compared).toContain('2878个');
    expect(compared).toContain('5357个');
    expect(compared).toMatch(/湖南省更多/);
  });

  it('ranks grain in 亿斤 and 万吨 on one scale, each shown as written, the chart in the commoner unit', async () => {
    const answer = await ask('24年云南吉林湖南哪个省粮食产量最高');
    expect(answer.text.split('\n')[0]).toMatch(/吉林省 853\.2亿斤.*湖南省 615\.6亿斤.*云南省 1993\.5万吨/);
    expect(answer.chart?.unit).toBe('亿斤');
    expect(answer.chart?.series[0].values).toEqual([853.2, 615.6, 398.7]);
  });

  it('ranks growth by growth rates, never by a share ("贡献了全省…40%左右的税收")', async () => {
    const first = (await ask('24年云南湖南吉林谁的规上工业增加值增长最快')).text.split('\n')[0];
    expect(first).toMatch(/湖南省 7\.3%.*云南省 3\.3%/);
    expect(first).not.toContain('40%');
  });

  it('answers a year’s result and the next year’s target asked in one question, side by side', async () => {
    const first = (await ask('湖南24年规模工业增加值增长多少，25年目标多少')).text.split('\n')[0];
    expect(first).toMatch(/2024年 实绩7\.3%.*2025年 6\.5%以上/);
  });

  it('reads Hunan’s 规模工业增加值 as 规上工业增加值, its trend by growth rates, never a share', async () => {
    const first = (await ask('湖南规模工业增加值历年增速')).text.split('\n')[0];
    expect(first).toContain('7.3%');
    expect(first).not.toContain('74.6%');
  });

  it('reads the reports’ words for power capacity in English ("installed power capacity" 电力总装机)', async () => {
    expect((await ask("What is Yunnan's total installed power capacity?")).text.split('\n')[0]).toContain('1.5亿千瓦');
  });

  it('counts the housing estates asked, though 城镇 is in their name', async () => {
    expect((await ask('云南24年开工改造了多少个老旧小区')).text.split('\n')[0]).toContain('2878个');
  });

  it('leads a share asked without a year with the latest result, and a level a plan will bring it to with the target', async () => {
    expect((await ask('云南产业投资占全部投资的比重有多大')).text.split('\n')[0]).toMatch(/2024年.*52\.1%/);
    const target = await ask('湖南25年PM2.5浓度要降到多少');
    expect(target.notFound).toBe(false);
    expect(target.text.split('\n')[0]).toMatch(/目标.*33微克\/立方米/);
  });

  it('refuses a thing the reports never write, though its first word is a place they name ("普洱茶")', async () => {
    expect((await ask('云南普洱茶产量多少吨')).notFound).toBe(true);
  });
});
