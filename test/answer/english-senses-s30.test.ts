import { beforeAll, describe, expect, it } from 'vitest';
import { govCorpusEngine, govFirstLine } from '../support/engine.js';

/**
 * Session 30: English verbs of two words the reports write as one ("roll out" 推出, "plug into" 对接, "handed down" 下放),
 * nouns the dictionary reads in another sense or not at all ("drugmakers" 医药企业, "outcomes" 成果, "rotating
 * presidency" 轮值主席国), and "R&D" before a noun that makes it a place of research (研发机构), not R&D spending.
 * On the seed corpus, the 20 work reports and the 2025 reports of 云南, 湖南 and 吉林; today pinned: 去年 = 2025.
 */
const today = new Date('2026-12-04');
const firstLine = (question: string) => govFirstLine(question, today);

describe('English report senses of session 30', () => {
  beforeAll(() => govCorpusEngine(), 180_000);

  it('"roll out … to plug into": 推出35个对接上海“五个中心”建设重点平台', async () => {
    expect(await firstLine("How many key platforms did Anhui roll out last year to plug into Shanghai's 'five centres'?")).toMatch(
      /Anhui 2025 .*重点平台.*35个/,
    );
  });

  it('"big-name … drugmakers opened R&D units": 8家知名外资医药企业在京新设研发机构, not R&D spending', async () => {
    const line = await firstLine('How many big-name foreign drugmakers opened R&D units in Beijing in 2024?');
    expect(line).toMatch(/Beijing 2024 .*研发机构.*8家/);
    expect(line).not.toMatch(/研发经费|don't cover/);
  });

  it('"outcomes … rotating presidency": 46项成果纳入轮值主席国成果清单', async () => {
    expect(await firstLine("How many Shandong outcomes went onto the SCO rotating presidency's list of results last year?")).toMatch(
      /46项/,
    );
  });

  it('a foreign bank is still not in the reports: "foreign" is no reading of 实际使用外资', async () => {
    const engine = await govCorpusEngine();
    const answer = await engine.ask('How many foreign banks operate in Zhejiang?', { today });
    expect(answer.notFound).toBe(true);
    expect(answer.text).not.toMatch(/外资/);
  });

  it('"physical activity … daily … school kids", Guangdong by its initials before a year: 每天综合体育活动时间不低于2小时', async () => {
    expect(await firstLine('gd 2026: minimum daily physical activity time for school kids?')).toMatch(
      /中小学生每天综合体育活动时间不低于2小时/,
    );
  });

  it('a hotline asked "which number": 12356心理援助热线', async () => {
    expect(await firstLine("jiangsu's unified provincial psychological-aid hotline — which number?")).toMatch(/Jiangsu 2026 .*12356/);
  });

  it('"how many measures" reads a package named by its count of articles: 虹桥国际贸易中心新平台建设“33条”', async () => {
    expect(
      await firstLine('How many measures were in the Hongqiao international trade centre platform package that took effect last year?'),
    ).toMatch(/33条/);
  });
});
