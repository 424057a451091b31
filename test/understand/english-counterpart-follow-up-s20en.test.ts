import { describe, expect, it } from 'vitest';
import { englishCounterpartQuestion } from '../../src/lang/en/english-counterpart-follow-ups.js';

/**
 * Session 20 (English helper): "And expenditure?" after an English revenue question asks 一般公共预算支出, the glossary
 * indicator whose English name is the earlier one's with its last word the follow-up's noun, as "支出呢" does in Chinese;
 * it no longer repeats the revenue. Through the engine: test/answer/english-follow-ups-s20en.test.ts.
 */
const names = ['general public budget revenue', 'budget revenue', 'fiscal revenue', 'public budget revenue'];

describe('an English follow-up naming the counterpart of the earlier indicator (s20en)', () => {
  it('is the earlier question with the counterpart name', () => {
    expect(englishCounterpartQuestion('and expenditure?', 'Fujian general public budget revenue 2024', names)).toBe(
      'Fujian general public budget expenditure 2024',
    );
    expect(englishCounterpartQuestion('What about spending?', 'What was Fujian fiscal revenue in 2024?', names)).toBe(
      'What was Fujian fiscal expenditure in 2024?',
    );
  });

  it('is nothing for a noun naming its own indicator, a place, or more than a noun', () => {
    expect(englishCounterpartQuestion('and exports?', 'Fujian general public budget revenue 2024', names)).toBeNull();
    expect(englishCounterpartQuestion('and Jiangsu?', 'Fujian general public budget revenue 2024', names)).toBeNull();
    expect(englishCounterpartQuestion('and the growth rate?', 'Fujian general public budget revenue 2024', names)).toBeNull();
  });
});
