import { describe, expect, it } from 'vitest';
import { pointsBack } from '../../src/lang/zh/follow-up-words.js';
import { govFirstLine } from '../support/engine.js';

describe('"What\'s X\'s goal for them?" after a figure', () => {
  it('"them" points back', () => {
    expect(pointsBack("What's Hunan's goal for them in 2025?")).toBe(true);
    expect(pointsBack('What are the main themes?')).toBe(false);
  });

  it('asks the target of the figure talked about, not the outline; words asking an outline still ask it', async () => {
    const today = new Date('2026-12-03');
    const history = ['How many high-tech enterprises does Shandong have?'];
    const target = await govFirstLine("What's Shandong's goal for them in 2026?", today, history);
    expect(target).toContain('1.8万家');
    expect(target).toContain('target');
    expect(await govFirstLine('What are their priorities for 2026?', today, history)).toMatch(/priorities/i);
  });
});
