import { describe, expect, it } from 'vitest';
import { isTimeOnlyFollowUp } from '../../src/lang/en/english-question-openers.js';

/**
 * Session 20 (English helper): "And for 2025?" after a figure question asks that figure in 2025, as "2025年呢" does; the
 * intent classifier heard an outline in "for 2025" and answered with the plan's priorities. After an outline question
 * it still asks the outline. Through the engine: test/answer/english-follow-ups-s20en.test.ts.
 */
describe('an English follow-up naming only a time (s20en)', () => {
  it('is told from a question of its own', () => {
    for (const q of ['And for 2025?', 'what about for 2026?', 'and in 2024', 'How about next year?', 'And the year before?'])
      expect(isTimeOnlyFollowUp(q)).toBe(true);
    for (const q of ['What are the key tasks for 2025?', 'and for Jiangsu?', 'And GDP for 2025?'])
      expect(isTimeOnlyFollowUp(q)).toBe(false);
  });
});
