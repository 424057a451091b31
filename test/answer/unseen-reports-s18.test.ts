import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';

/**
 * 湖南's 2025 report (a Word file, see test/fixtures/report-formats/SOURCE.txt) writes its economy's year without
 * naming 地区生产总值 ("顶住经济下行压力，…全年增长4.8%、总量达5.3万亿元") and its parks' lead over the province
 * as a 分别 pair of points ("园区规模工业增加值、税收增速分别高于全省2.2个和3.7个百分点"): the first is the answer to
 * how the economy grew and how big it is; the second answers no growth question.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/report-formats/docx');
const today = new Date('2026-12-03');

describe('湖南’s economy written without its name', () => {
  let engine: Engine;
  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'unseen-reports-s18-'));
    cpSync(FIXTURES, path.join(root, 'corpus'), { recursive: true });
    engine = await Engine.open({ corpusDir: path.join(root, 'corpus'), indexDir: path.join(root, 'index'), log: () => {} });
  }, 120_000);
  const first = async (q: string) => {
    const answer = await engine.ask(q, { today });
    return { line: answer.text.split('\n')[0], notFound: answer.notFound };
  };

  it('answers how much the economy grew and how it did with the year’s growth', async () => {
    for (const q of ['湖南24年经济增长多少', '湖南2024年经济怎么样']) {
      const { line, notFound } = await first(q);
      expect(notFound).toBe(false);
      expect(line).toContain('增长4.8%');
    }
  });

  it('answers how big the economy was with the level, its growth beside it', async () => {
    const { line } = await first('湖南2024年GDP多少');
    expect(line).toMatch(/5\.3万亿元.*增长4\.8%/);
  });

  it('answers the province’s industrial growth, not the parks’ lead in points', async () => {
    const { line } = await first('湖南2024年规上工业增加值增长多少');
    expect(line).toContain('增长7.3%');
    expect(line).not.toContain('2.2');
    const gap = await first('湖南园区税收增速比全省高多少');
    expect(gap.line).toContain('3.7个百分点');
  });
});
