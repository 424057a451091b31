import { describe, expect, it } from 'vitest';
import { asksQuantityInEnglish } from '../../src/lang/zh/english-indicator-verbs.js';
import { asksAmount } from '../../src/lang/zh/trend-words.js';

describe('an English question asking a number without "how many / what was"', () => {
  it('asks it by a verb of reaching or by "how large"', () => {
    expect(asksQuantityInEnglish("What did Zhejiang's GDP reach last year?")).toBe(true);
    expect(asksQuantityInEnglish('How large were the new tax and fee cuts in China in 2023?')).toBe(true);
    expect(asksQuantityInEnglish('What did retail sales total in 2024?')).toBe(true);
    // A growth asked without an indicator is left to the sentence that answers it.
    expect(asksQuantityInEnglish('How fast did foreign visitors to Guangdong grow last year?')).toBe(false);
    expect(asksQuantityInEnglish('What did Zhejiang do for the private economy?')).toBe(false);
  });

  it('asks the level reached, so a growth alone is said to be no level', () => {
    expect(asksAmount("What did Zhejiang's GDP reach last year?")).toBe(true);
    expect(asksAmount('How fast did Zhejiang grow last year?')).toBe(false);
  });
});
