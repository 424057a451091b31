import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState, readInConversation } from '../../src/understand/conversation.js';
import { govFirstLine } from '../support/engine.js';

/**
 * "And in 2023?" after an English question whose subject the glossary does not hold ("administrative regulations"):
 * the earlier question's readings of its English words carry over, so the evidence is checked as it was.
 */
const today = new Date('2026-12-03');
const first = 'How many administrative regulations did the State Council make or revise in 2024?';

describe('an English follow-up of slots alone', () => {
  it('keeps the earlier readings of the English words', () => {
    const read = (q: string) => understandQuery(q, knownPlaces(['国务院']), { today });
    const earlier = read(first);
    const state = conversationState([earlier]);
    if (!state) throw new Error('no conversation');
    const followUp = readInConversation(read('And in 2023?'), state);
    expect(followUp.years).toEqual([2023]);
    expect(followUp.lexiconTranslations).toEqual(expect.arrayContaining(earlier.lexiconTranslations ?? []));
    expect((earlier.lexiconTranslations ?? []).length).toBeGreaterThan(0);
  });

  it('on the reports: the other year’s figure of the same thing', async () => {
    expect(await govFirstLine('And in 2023?', today, [first])).toContain('25部');
  });
});
