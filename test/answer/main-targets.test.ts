import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { asksMainTargets } from '../../src/lang/zh/main-target-words.js';
import { govCorpusEngine } from '../support/engine.js';

describe('the questions that ask a plan’s targets in general', () => {
  it('reads them in either language, not whether a target was met', () => {
    expect(asksMainTargets('广东2026年有啥目标', ['广东'])).toBe(true);
    expect(asksMainTargets('What are Zhejiang’s targets for 2026?', ['zhejiang'])).toBe(true);
    expect(asksMainTargets('北京今年的预期指标', ['北京'])).toBe(true);
    expect(asksMainTargets('上海去年的目标完成了吗')).toBe(false);
    expect(asksMainTargets('Did Jiangsu hit its target?')).toBe(false);
    expect(asksMainTargets('广东2026年GDP是多少')).toBe(false);
  });
});

describe('a plan’s main targets, as the plan lists them', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await govCorpusEngine();
  });

  it('quotes a semicolon list item by item, each cited, its figures the year’s targets', async () => {
    const answer = await engine.ask('国家2024年的发展目标');
    const lines = answer.text.split('\n');
    expect(lines[0]).toBe('全国2024年主要预期目标（按报告原文，出自《2024年国务院政府工作报告》）：');
    expect(lines[1]).toBe('• 国内生产总值增长5%左右； [1]');
    // The list ends where an item ends on a full stop.
    expect(lines.filter((l) => l.startsWith('• ')).length).toBe(answer.citations.length);
    expect(answer.citations.at(-1)?.sentence).toMatch(/。$/);
    expect(answer.citations.slice(0, -1).every((c) => /[;；]$/.test(c.sentence))).toBe(true);
    expect(answer.figures.length).toBeGreaterThanOrEqual(5);
    expect(answer.figures.every((f) => f.kind === 'target' && f.period === '2024')).toBe(true);
    expect(answer.priorities).toHaveLength(1);
  });

  it('takes the plan’s latest year when none is asked, and a list written under its heading', async () => {
    const latest = await engine.ask('山东的主要目标有哪些');
    expect(latest.text.split('\n')[0]).toMatch(/^山东省2026年主要预期目标/);
    const heading = await engine.ask('拱墅区2023年主要预期目标');
    expect(heading.citations[0].sentence).toMatch(/^地区生产总值增长5\.5%左右/);
    expect(heading.citations.length).toBeGreaterThanOrEqual(5);
  });

  it('prefers the sentence that opens the list to a heading that only names it, and answers in English', async () => {
    const qiantang = await engine.ask('钱塘区2025年的主要目标');
    expect(qiantang.citations[0].sentence).toMatch(/主要目标为:地区生产总值增长5\.6%左右/);
    const english = await engine.ask('What are Jiangsu’s targets for 2026?');
    expect(english.text.split('\n')[0]).toMatch(/^Jiangsu's main targets for 2026, as the plan lists them/);
  });

  it('leaves an outline question and an indicator’s target to their own answers', async () => {
    expect((await engine.ask('钱塘区2025年的目标任务')).priorities.length).toBeGreaterThan(1);
    expect((await engine.ask('上海2025年GDP目标')).text.split('\n')[0]).toMatch(/生产总值（目标）：增长5%左右/);
  });
});

describe('a question that names one target', () => {
  it('is not a question about the targets in general', () => {
    expect(asksMainTargets('浙江今年科技创新投入目标多少', ['浙江'])).toBe(false);
    expect(asksMainTargets('浙江25年高标准农田建设目标', ['浙江'])).toBe(false);
    expect(asksMainTargets('北京十五五研发投入占比目标多少', ['北京'])).toBe(false);
    expect(asksMainTargets('浙江今年的主要目标是什么', ['浙江'])).toBe(true);
    expect(asksMainTargets("What are Jiangsu's main economic targets for 2026?", ['jiangsu'])).toBe(true);
    expect(asksMainTargets('国家2024年的发展目标', [])).toBe(true);
  });
});
