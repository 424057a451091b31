import { describe, expect, it } from 'vitest';
import { isTimeOnlyFollowUp } from '../../src/lang/en/english-question-openers.js';
import { govFirstLine } from '../support/engine.js';

/**
 * Session 20 (English helper): "And for 2025?" after a figure question asks that figure in 2025, as "2025年呢" does; the
 * intent classifier heard an outline in "for 2025" and answered with the plan's priorities. After an outline question
 * it still asks the outline.
 */
const today = new Date('2026-12-03');

describe('an English follow-up naming only a time (s20en)', () => {
  it('is told from a question of its own', () => {
    for (const q of ['And for 2025?', 'what about for 2026?', 'and in 2024', 'How about next year?', 'And the year before?'])
      expect(isTimeOnlyFollowUp(q)).toBe(true);
    for (const q of ['What are the key tasks for 2025?', 'and for Jiangsu?', 'And GDP for 2025?'])
      expect(isTimeOnlyFollowUp(q)).toBe(false);
  });

  it('keeps the conversation’s figure, not the plan’s outline', async () => {
    const history = ['How much did Beijing general public budget revenue grow in 2024?'];
    const line = await govFirstLine('and for 2025?', today, history);
    expect(line).toContain('2025');
    expect(line).toMatch(/General Public Budget Revenue|一般公共预算收入/);
    expect(line).not.toContain('priorities');
  });

  it('keeps an outline asked before it', async () => {
    expect(await govFirstLine('and for 2025?', today, ['What are Zhejiang key tasks for 2026?'])).toContain('priorities');
  });
});
