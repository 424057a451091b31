import { describe, expect, it } from 'vitest';
import { readsAsFollowUp } from '../../src/lang/zh/follow-up-words.js';

describe('English follow-up openers (s17)', () => {
  it.each(['Same for Shandong?', 'same in 2024?', 'Likewise for Zhejiang?', 'What about Jiangsu?'])('%s reads as a follow-up', (q) => {
    expect(readsAsFollowUp(q, true)).toBe(true);
  });

  it('a question that only holds "same" further on is none', () => {
    expect(readsAsFollowUp('Did Shandong keep the same growth target as in 2024?', true)).toBe(false);
  });
});
