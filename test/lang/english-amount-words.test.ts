import { describe, expect, it } from 'vitest';
import { asksAmount } from '../../src/lang/zh/trend-words.js';

describe('English questions asking an amount', () => {
  it('"What was X\'s GDP", "the value of", "bigger than" ask the level, as 是多少 and 总量 do', () => {
    for (const q of [
      "What was Jiangsu's GDP in 2025?",
      "What's Shandong's GDP?",
      'What were Zhejiang’s exports in 2025?',
      "What was the value of Zhejiang's goods exports in '24?",
      "Is Guangdong's economy bigger than Jiangsu's?",
    ])
      expect(asksAmount(q), q).toBe(true);
  });

  it('not when the question goes on to name a rate, share, rank, target or movement', () => {
    for (const q of [
      "What was Jiangsu's GDP growth in 2025?",
      "What is Zhejiang's GDP target for 2026?",
      "What is Beijing's R&D intensity?",
      'What was the trend of Anhui GDP',
      "What's the share of services in Jiangsu's GDP?",
      'what was the unemployment rate in zhejiang',
      'Which province had a larger increase in exports?',
    ])
      expect(asksAmount(q), q).toBe(false);
  });
});
