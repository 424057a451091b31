import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState, readInConversation } from '../../src/understand/conversation.js';
import { govFirstLine } from '../support/engine.js';

/**
 * "比去年高还是低" after "浙江今年GDP目标多少" compares this year's target with last year's: the earlier word of
 * intent (目标) goes with the measure, and GDP's targets, set as growth rates, are compared as rates.
 */
const today = new Date('2026-12-03');
const PLACES = knownPlaces(['浙江省', '上海市']);
const read = (q: string) => understandQuery(q, PLACES, { today });

describe('a follow-up comparing with another year', () => {
  it('keeps asking the target when the earlier question asked one', () => {
    const state = conversationState([read('浙江今年GDP目标多少')]);
    if (!state) throw new Error('no conversation');
    const followUp = readInConversation(read('比去年高还是低'), state);
    expect(followUp.question).toContain('目标');
    expect(followUp.years).toEqual([2025, 2026]);
  });

  it('asks no target after a question about a result', () => {
    const state = conversationState([read('上海去年GDP增长多少')]);
    if (!state) throw new Error('no conversation');
    expect(readInConversation(read('比前年快还是慢'), state).question).not.toContain('目标');
  });

  it('on the reports: both years’ targets, side by side, with a verdict', async () => {
    const line = await govFirstLine('比去年高还是低', today, ['浙江今年GDP目标多少']);
    expect(line).toMatch(/2025年 5\.5%左右.*2026年 5–5\.5%/);
    // A range is its two ends (session 38; was 持平): 5%—5.5% shares the upper end and reaches lower.
    expect(line).toContain('2026年低于2025年');
  });
});
