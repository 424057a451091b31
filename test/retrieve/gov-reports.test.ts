import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Engine } from '../../src/answer/engine.js';
import { GOV_REPORTS } from '../support/corpus-copy.js';
import { govCorpusEngine } from '../support/engine.js';

/** yqcao/China-Fiscal-Data's annotated 2026 provincial GDP growth targets (see its SOURCE.txt), kept in the repository. */
const TARGETS = path.resolve(import.meta.dirname, '../fixtures/yqcao-prov-report-targets/targets.json');
const TargetSchema = z.array(
  z.object({ cn: z.string(), en: z.string(), code: z.string(), year: z.number(), low: z.number(), high: z.number(), sentence: z.string() }),
);
/** The seed corpus plus 20 provincial and national work reports it has never seen, no manifest entries for them. */
describe('answers over the corpus with 20 unseen work reports added', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await govCorpusEngine();
  }, 180_000);

  it.each([
    ['浙江省2026年GDP增长目标是多少？', '浙江省', '全省生产总值增长5%—5.5%', { value: 5, kind: 'target' }],
    ['上海市2026年GDP增长目标是多少？', '上海市', '全市生产总值增长5%左右', { value: 5, kind: 'target' }],
    // What the plan just ended achieved: "过去五年，…" under the next plan's heading.
    ['北京市“十四五”时期GDP年均增长多少？', '北京市', '地区生产总值年均增长5.2%', { value: 5.2, unit: '%' }],
    // The 2026 target, under "三、…推动“十五五”开好局、起好步", not the five-year plan's "年均增长5%左右".
    ['福建省2026年GDP增长目标是多少？', '福建省', '全省地区生产总值增长5%左右', { value: 5, kind: 'target' }],
    // One year's figure, not the five years' total ("城镇累计新增就业超700万人") beside it.
    ['广东省2025年城镇新增就业是多少？', '广东省', '城镇新增就业149.4万人', { value: 149.4, unit: '万人' }],
    ['福建省2025年GDP是多少？', '福建省', '2025年全省地区生产总值60199.45亿元', { value: 60199.45, unit: '亿元' }],
    ['2024年全国GDP增长目标是多少？', '国务院', '国内生产总值增长5%左右', { value: 5, kind: 'target' }],
    ['2023年全国城镇新增就业目标是多少？', '国务院', '城镇新增就业1200万人左右', { value: 1200, unit: '万人' }],
    ['钱塘区2024年GDP是多少？', '钱塘区', '全年地区生产总值达1416亿元', { value: 1416, unit: '亿元' }],
    // The sentence of the asked year, not "…2023年达到13.09万亿元" in the same section.
    ['江苏省2024年地区生产总值是多少？', '江苏省', '2024年地区生产总值达13.7万亿元', { value: 13.7, unit: '万亿元' }],
    // The year's target with its growth rate, not the five-year plan's levels.
    ["What is Shanghai's 2026 GDP growth target?", '上海市', '全市生产总值增长5%左右', { value: 5, kind: 'target' }],
  ])('%s', async (question, district, sentence, figure) => {
    const answer = await engine.ask(question);
    expect(answer.notFound).toBe(false);
    expect(answer.citations[0].district).toBe(district);
    expect(answer.citations[0].sentence).toContain(sentence);
    expect(answer.figures[0]).toMatchObject(figure);
  });

  it("does not answer a year's question from the five-year review beside it", async () => {
    // "连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%" reviews 2021-2025; 2025 grew 5.5%.
    const answer = await engine.ask('浙江省2025年GDP是多少？');
    expect(answer.citations[0].sentence).toContain('全省生产总值增长5.5%');
    expect(answer.figures.some((f) => f.value === 7 && f.unit.includes('万亿'))).toBe(false);
  });

  it('answers for a five-year plan from the review of its last year', async () => {
    expect((await engine.ask('江苏省十四五期间地区生产总值年均增长多少？')).citations[0].sentence).toContain('年均增长5.7%');
    expect((await engine.ask('浙江省“十四五”时期研发投入强度提高到多少？')).citations[0].sentence).toContain(
      '研发投入强度从2.77%提高到3.3%左右',
    );
  });

  it('answers a target question with no year from the latest year’s plan', async () => {
    // Not the "十五五" plan's 4.5%-5% average beside it in the same report.
    const answer = await engine.ask('What is Beijing GDP growth target?');
    expect(answer.figures[0]).toMatchObject({ district: '北京市', value: 5, kind: 'target', period: '2026' });
  });

  it('tells the 2025 report of a province from its 2026 report', async () => {
    const target2025 = await engine.ask('浙江省2025年GDP增长目标是多少？');
    expect(target2025.citations[0].title).toContain('2025');
    const target2026 = await engine.ask('浙江省2026年GDP增长目标是多少？');
    expect(target2026.citations[0].title).toContain('2026');
  });

  it('says the reports do not give a number they do not give', async () => {
    // Neither Beijing report states its resident population ("学龄人口" is another indicator);
    // Fujian's 2026 report sets no fixed-asset investment target ("投资于人", "总投资" are not it).
    expect((await engine.ask('北京市2025年常住人口是多少？')).notFound).toBe(true);
    expect((await engine.ask('福建省2026年固定资产投资增长目标？')).notFound).toBe(true);
    // A year inside a five-year plan has no target of its own; the reports stop at 2026.
    expect((await engine.ask('北京市2027年GDP增长目标是多少？')).notFound).toBe(true);
    expect((await engine.ask('2026年全国GDP增长目标是多少？')).notFound).toBe(true);
  });

  it('answers every annotated 2026 GDP growth target it has the report of, in Chinese and English, and refuses the rest', async () => {
    const targets = TargetSchema.parse(JSON.parse(readFileSync(TARGETS, 'utf8')));
    const covered = new Set(readdirSync(path.join(GOV_REPORTS, 'provincial-2026')).map((f) => /^\d{4}_([A-Z]{2})_/.exec(f)?.[1]));
    const squash = (text: string) => text.replace(/\s/g, '');
    let answered = 0;
    for (const target of targets) {
      for (const question of [
        `${target.cn}${target.year}年GDP增长目标是多少？`,
        `What is ${target.en}'s ${target.year} GDP growth target?`,
      ]) {
        const answer = await engine.ask(question);
        if (!covered.has(target.code)) {
          expect(answer.notFound, question).toBe(true);
          continue;
        }
        answered++;
        expect(squash(answer.citations[0]?.sentence ?? ''), question).toContain(squash(target.sentence).slice(0, 12));
        expect(
          answer.figures.slice(0, 8).some((f) => f.unit === '%' && f.value === target.low),
          question,
        ).toBe(true);
      }
    }
    expect(answered).toBe(14);
  });

  it('still refuses provinces it has no report of', async () => {
    expect((await engine.ask('河北省2025年GDP增长目标是多少？')).notFound).toBe(true);
  });

  it("gives a province's plan outline in order", async () => {
    const answer = await engine.ask('总结浙江省2026年的工作重点');
    expect(answer.priorities.length).toBeGreaterThanOrEqual(5);
    expect(answer.priorities[0].title).toMatch(/^（一）/);
    expect(answer.priorities[1].title).toMatch(/^（二）/);
  });
});
