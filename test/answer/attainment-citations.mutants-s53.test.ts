import { describe, expect, it } from 'vitest';
import { handWrittenReportsEngine } from '../support/engine.js';

/**
 * Session 53: a year's result set against its target from a sentence of its own, each cited by its own number, on small
 * hand-written reports (the result and target of one sentence, over the seed reports: test/answer/questions-s53.test.ts).
 */
const today = new Date('2026-12-07');

describe('a result and its target, each from a sentence of its own', () => {
  it('the target from a sentence of its own is cited by its own number', async () => {
    const engine = await handWrittenReportsEngine('s53-attain-', {
      '2025_ZJ_浙江省_政府工作报告.txt': [
        '2025年浙江省政府工作报告',
        '二、2025年工作安排',
        '2025年主要预期目标是：地区生产总值增长5.5%左右。',
      ],
      '2026_ZJ_浙江省_政府工作报告.txt': ['2026年浙江省政府工作报告', '一、2025年工作回顾', '全省地区生产总值达到9.2万亿元、增长5.6%。'],
    });
    const answer = await engine.ask('浙江2025年GDP增速完成目标了吗', { today });
    expect(answer.text.split('\n')[0]).toMatch(/实际增长5\.6%\[1\]，目标增长5\.5%左右\[2\]，高于目标0\.1个百分点（完成目标）/);
    expect(new Set(answer.figures.map((f) => f.citationId)).size).toBe(2);
    // No rate written: none added.
    expect(answer.figures).toHaveLength(2);
  });
});
