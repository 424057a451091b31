import { describe, expect, it } from 'vitest';
import { govFirstLine } from '../support/engine.js';

/** "地区生产总值增长5.5%、达到10.3万亿元": a level asked leads with the level, though its sentence gives the growth first. */
const today = new Date('2026-12-03');

describe('a level asked whose sentence gives the growth first', () => {
  it('leads with the level, the growth beside it', async () => {
    expect(await govFirstLine('山东2025年GDP多少', today)).toMatch(/10\.3万亿元 \[1\]，增长5\.5% \[1\]/);
    expect(await govFirstLine("What was Shandong's GDP in 2025?", today)).toContain('10.3万亿元');
  });

  it('still says so where the reports give only the growth', async () => {
    expect(await govFirstLine('浙江2025年GDP多少', today)).toMatch(/^报告未给出2025年总量，只有增速/);
  });
});
