import { describe, expect, it } from 'vitest';
import { govFirstLine } from '../support/engine.js';

/**
 * Session 20 (English helper), through the engine: of one sentence's figures, an English question is answered by the one
 * whose name shares the longest reading of its words (国家制造业单项冠军 44家, not 新增“雄鹰”企业 50家 listed first, which
 * shares only the verb's 新增) — a rate asked still by a rate; a size class by money names its subject.
 */
const today = new Date('2026-12-03');

describe('the figure an English question names (s20en)', () => {
  it('leads the figure whose name shares the longest reading, not the first of its sentence', async () => {
    const line = await govFirstLine('How many national single-champion manufacturers did Zhejiang add in 2024?', today);
    expect(line).toContain('44家');
    expect(line).not.toContain('50家');
  });

  it('still leads a rate when a rate is asked (投资完成率 125.5%, not 完成投资 1.5万亿元)', async () => {
    expect(await govFirstLine('How did the investment completion rate of Zhejiang major projects look last year?', today)).toContain(
      '125.5%',
    );
  });

  it('a size class by money must be written by the passage (百亿元以上), not any project put into production', async () => {
    const line = await govFirstLine(
      'How many 10-billion-yuan-plus industrial projects went into production in Guangdong last year?',
      today,
    );
    expect(line).not.toContain('7.6万家');
  });
});
