import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import type { Answer } from '../../src/answer/schema.js';

/** Rankings, trends and comparisons read from the figure table of the external work reports. */
const GOV_REPORTS = path.resolve(import.meta.dirname, '../fixtures/gov-reports');
const today = new Date('2026-12-01');
let root = '';
let engine: Engine;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'rank-e-'));
  const corpusDir = path.join(root, 'corpus');
  mkdirSync(corpusDir);
  for (const dir of ['national', 'provincial-2025', 'provincial-2026'])
    for (const file of readdirSync(path.join(GOV_REPORTS, dir)).filter((f) => f.endsWith('.txt')))
      cpSync(path.join(GOV_REPORTS, dir, file), path.join(corpusDir, file));
  engine = await Engine.open({ corpusDir, indexDir: path.join(root, 'index'), log: () => {} });
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const firstLine = async (question: string): Promise<string> => ((await engine.ask(question, { today })) as Answer).text.split('\n')[0];

describe('rankings over every province that states the figure, however its report names it', () => {
  it('PM2.5 written as 平均浓度, 细颗粒物 or 每立方米…微克 ranks all of them, the asked year kept', async () => {
    const lead = await firstLine('24年哪个省PM2.5浓度最高');
    expect(lead).toMatch(/^（24年 = 2024年）2024年实绩最高：安徽省 35\.2微克\/立方米/);
    expect(lead).toContain('北京市 30.5');
    expect(lead).toContain('福建省 20');
  });

  it('the lowest reads "低于每立方米19微克"', async () => {
    expect(await firstLine('去年哪个省PM2.5最低')).toMatch(/最低：福建省 (?:低于)?19微克\/立方米/);
  });

  it('the year’s additions are ranked when asked, not the stock', async () => {
    expect(await firstLine('2024年哪个省新增国家级专精特新小巨人最多')).toMatch(/最高：江苏省 711家/);
  });

  it('an English "fewest" ranks, and "enterprises" asks no growth', async () => {
    expect(await firstLine('Which province reported the fewest high-tech enterprises in 2024?')).toMatch(/Fujian (?:超|over )?1\.4万家/);
  });

  it('one place’s years ranked from the table: the lowest CPI target', async () => {
    expect(await firstLine('全国哪一年CPI目标定得最低')).toMatch(/^最低（目标）：2025年 2%左右/);
  });
});

describe('comparisons and trends from the table', () => {
  it('a 分别 list’s first item takes the shared head (航空旅客和货邮吞吐量)', async () => {
    const lead = await firstLine('上海和广东去年机场旅客吞吐量谁多');
    expect(lead).toContain('1.35亿人次');
    expect(lead).toContain('1.8亿人次');
  });

  it('a bare head (总产) is read with its sentence’s subject', async () => {
    const lead = await firstLine('24年浙江和江苏粮食产量差多少');
    expect(lead).toContain('130亿斤');
    expect(lead).toContain('762亿斤');
  });

  it('"这两年是增是减" is a trend of both years', async () => {
    const lead = await firstLine('广东高新技术企业数量这两年是增是减');
    expect(lead).toContain('7.4万家');
    expect(lead).toContain('7.7万家');
  });

  it('no place named and only the country states the indicator: the country’s years, of the kind the reports hold', async () => {
    const lead = await firstLine('超长期特别国债这两年各发多少');
    expect(lead).toMatch(/^（这两年 = 2024–2025年）全国超长期特别国债逐年（目标）/);
    expect(lead).toContain('2024年 1万亿元');
    expect(lead).toContain('2025年 1.3万亿元');
  });
});
