import { beforeAll, describe, expect, it } from 'vitest';
import { govCorpusEngine, govFirstLine } from '../support/engine.js';

/** Session 15's English classes on the real corpus: the first line a reader sees (today pinned). */
const today = new Date('2026-12-01');
const firstLine = (question: string) => govFirstLine(question, today);

describe('English questions over the work reports', () => {
  beforeAll(() => govCorpusEngine(), 180_000);

  describe('an indicator the report writes with a word inside its name is found from English', () => {
    it('"tourism revenue" is Zhejiang’s 旅游综合收入 target', async () => {
      const line = await firstLine('zhejiang tourism revenue growth target this year');
      expect(line).toContain('旅游综合收入');
      expect(line).toContain('6%');
    });

    it('"R&D spending share" is Beijing’s 全社会研发投入占比 in the 15th plan', async () => {
      const line = await firstLine("Beijing's R&D spending share target in the 15th Five-Year Plan");
      expect(line).not.toMatch(/don't cover/);
      expect(line).toContain('6%');
    });
  });

  describe('the number asked leads, not another of the same sentence', () => {
    it('a rate asked: Zhejiang’s major projects’ 投资完成率, not the 1596 projects', async () => {
      const line = await firstLine('How did the investment completion rate of Zhejiang major projects look last year?');
      expect(line).toContain('125.5%');
    });

    it('money asked: the investment of Shandong’s signed foreign projects, not their count', async () => {
      const line = await firstLine('How much investment did the foreign projects Shandong signed in 2024 involve?');
      expect(line).toContain('258');
    });

    it('the investment of Fujian’s key projects, not fixed-asset investment', async () => {
      const line = await firstLine("How much investment did Fujian's key provincial projects complete in 2025?");
      expect(line).toContain('7398');
    });
  });

  describe('what the reports do not hold is refused in English', () => {
    it('a subject no dictionary knows, written in lower case: "anhui ethereum mining"', async () => {
      expect(await firstLine('anhui ethereum mining')).toMatch(/don't cover/);
    });

    it('a part of an indicator the reports never state: youth unemployment', async () => {
      expect(await firstLine('What is the youth unemployment rate in Beijing?')).toMatch(/don't cover/);
    });

    it('an adjective the dictionary lacks refuses nothing: Anhui’s agricultural tech contribution rate', async () => {
      expect(await firstLine('anhui agricultural tech contribution rate')).toContain('67.5%');
    });
  });
});
