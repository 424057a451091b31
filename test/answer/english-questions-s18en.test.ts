import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { govFirstLine } from '../support/engine.js';

/**
 * Session 18 (English helper), through the engine: English shares asked as numbers, an amount asked as the level, names
 * matched in the Chinese the question was read as, romanised names the reports write once and names with a number.
 */
const today = new Date('2026-12-03');

describe('English questions on the work reports (s18en)', () => {
  it('a share asked leads the percentage, not a sentence saying the share stays high', async () => {
    expect(await govFirstLine('fujian share of migrant children in public schools', today)).toContain('95.4%');
    expect(await govFirstLine('What share of days had good air in Shandong?', today)).toContain('77.8%');
    expect(await govFirstLine('What share of Fujian students got into regular high school last year?', today)).toContain('72%');
  });

  it('a share no cited sentence gives a figure for is answered by the sentences, as before, not refused', async () => {
    expect(await govFirstLine("What share of Shandong's industrial firms have gone digital?", today)).not.toContain("don't cover");
  });

  it('"electric vehicles on the road" leads the part (新能源汽车 356万辆), not the whole (汽车 3230万辆)', async () => {
    expect(await govFirstLine('electric vehicles on the road in shandong', today)).toContain('356万辆');
  });

  it('a head noun the reports shorten after its modifier (海外仓), report senses of common words (保障性, 场馆)', async () => {
    expect(await govFirstLine('How many overseas warehouses has Zhejiang built?', today)).toContain('839个');
    expect(await govFirstLine('How many affordable homes did Guangdong start building in 2024?', today)).toContain('28.6万套');
    expect(await govFirstLine("How many of Fujian's public cultural venues extended their opening hours?", today)).toContain('119家');
  });

  it('report senses: express delivery volume (快递业务量), spend on science and technology (科技创新投入)', async () => {
    expect(await govFirstLine("How much did Anhui's express delivery volume grow last year?", today)).toContain('20.8%');
    expect(await govFirstLine('How much did Zhejiang spend on science and technology innovation last year?', today)).toContain('7232亿元');
    expect(await govFirstLine('How many EV chargers will Guangdong build this year?', today)).not.toContain('新能源汽车产量');
  });

  it("keywords: a subject's growth asked bare, a five-year span written bare, a bus is 公交", async () => {
    expect(await govFirstLine('anhui domestic tourists growth', today)).toContain('6.9%');
    expect(await govFirstLine('shandong 5g base stations growth five years', today)).toContain('4.3倍');
    expect(await govFirstLine('beijing bus lines optimized 2024', today)).toContain('143条');
  });

  it('a romanised name of three characters written once is read (Jinfuyun → 金服云)', async () => {
    expect(await govFirstLine("How much financing did Fujian's Jinfuyun platform provide?", today)).toContain('1.58万亿元');
  });
});

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/report-formats/docx');

describe('English questions on three reports nobody tuned to (s18en)', () => {
  let engine: Engine;
  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'english-s18en-'));
    cpSync(FIXTURES, path.join(root, 'corpus'), { recursive: true });
    engine = await Engine.open({ corpusDir: path.join(root, 'corpus'), indexDir: path.join(root, 'index'), log: () => {} });
  }, 120_000);
  const firstLine = async (q: string) => (await engine.ask(q, { today })).text.split('\n')[0] ?? '';

  it('"How big was Hunan\'s economy" is its level, 5.3万亿元, not the growth written first', async () => {
    expect(await firstLine("How big was Hunan's economy in 2024?")).toContain('5.3万亿元');
    expect(await firstLine("How much did Hunan's economy grow in 2024?")).toContain('4.8%');
  });

  it('"Jilin-1" is “吉林一号”; "Hongqi car" is 红旗汽车, written once', async () => {
    expect(await firstLine('How many Jilin-1 satellites are in orbit?')).toContain('117颗');
    // Which of its 分别 pair is sales rests on the reports' wording of "sales" (汽车销售 in the wider corpus; none here).
    expect(await firstLine('How much did Hongqi car sales grow in 2024?')).toContain('红旗汽车');
  });

  it("Yunnan's share of good-air days is the rate the report gives", async () => {
    expect(await firstLine("Yunnan's share of days with good air quality")).toContain('99.1%');
  });
});
