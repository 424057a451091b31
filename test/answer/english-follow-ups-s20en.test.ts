import { describe, expect, it } from 'vitest';
import { govFirstLine } from '../support/engine.js';

/**
 * Session 20 (English helper), through the engine on the work reports: "And expenditure?" after an English revenue
 * question answers 一般公共预算支出, not the revenue again; "And for 2025?" keeps the conversation's figure (or its outline),
 * not the plan's priorities the classifier heard in "for 2025". The hand-built readings are in
 * test/understand/english-counterpart-follow-up-s20en.test.ts and english-time-follow-up-s20en.test.ts.
 */
const today = new Date('2026-12-03');

describe('an English follow-up naming the counterpart of the earlier indicator (s20en)', () => {
  it('through the engine: answers for expenditure, not the revenue again', async () => {
    const line = await govFirstLine('and expenditure?', today, ['Fujian general public budget revenue 2024']);
    expect(line).toContain('一般公共预算支出');
    expect(line).not.toContain('3614.6');
  });
});

describe('an English follow-up naming only a time (s20en)', () => {
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
