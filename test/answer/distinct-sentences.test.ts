import { describe, expect, it } from 'vitest';
import { distinctSentences } from '../../src/answer/kinds/distinct-sentences.js';

describe('distinctSentences', () => {
  it('keeps each sentence once, where it first stands', () => {
    const at = (id: string, score: number) => ({ sentence: { id }, score });
    expect(distinctSentences([at('a', 3), at('b', 2), at('a', 1), at('c', 1), at('b', 0)])).toEqual([at('a', 3), at('b', 2), at('c', 1)]);
  });
});
