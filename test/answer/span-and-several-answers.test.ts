import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import type { Answer } from '../../src/answer/schema.js';

/** Span, several-indicator and target answers over the provincial work reports of 2025 and 2026. */
const GOV_REPORTS = path.resolve(import.meta.dirname, '../fixtures/gov-reports');
const today = new Date('2026-12-01');
let root = '';
let engine: Engine;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'span-answers-'));
  const corpusDir = path.join(root, 'corpus');
  mkdirSync(corpusDir);
  for (const dir of ['provincial-2025', 'provincial-2026'])
    for (const file of readdirSync(path.join(GOV_REPORTS, dir)).filter((f) => f.endsWith('.txt')))
      cpSync(path.join(GOV_REPORTS, dir, file), path.join(corpusDir, file));
  engine = await Engine.open({ corpusDir, indexDir: path.join(root, 'index'), log: () => {} });
}, 120_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const firstLine = async (question: string): Promise<string> => ((await engine.ask(question, { today })) as Answer).text.split('\n')[0];

describe('a span asked is led by the asked indicator from where to where', () => {
  it('“since 2020” reads the plan review’s pair, labelled with the plan', async () => {
    const lead = await firstLine("How has Shanghai's GDP changed since 2020?");
    expect(lead).toMatch(/from 4\.16万亿元 to 5\.67万亿元/);
    expect(lead).toContain('十四五');
  });

  it('a plan period asked: the pair, not the plan’s target sentence', async () => {
    const lead = await firstLine('广东十四五期间GDP怎么变化的');
    expect(lead).toContain('从11.37万亿元到14.58万亿元');
    expect(lead).toContain('（实绩）');
  });
});

describe('several indicators asked for one year', () => {
  it('each leads, one read from the review of the plan ending that year', async () => {
    const lead = await firstLine('江苏2025年GDP和人均GDP分别多少');
    expect(lead).toContain('地区生产总值');
    expect(lead).toContain('人均地区生产总值（实绩）：16.7万元');
  });
});

describe('a target asked', () => {
  it('is never led by an actual', async () => {
    const lead = await firstLine('江苏省2025年居民人均可支配收入目标是多少？');
    expect(lead).not.toContain('实绩');
    expect(lead).toContain('居民收入增长与经济增长基本同步');
  });

  it('exports asked are not answered by the trade total', async () => {
    const lead = await firstLine('How much did Guangdong export in 2025');
    expect(lead).not.toContain('进出口');
  });
});
