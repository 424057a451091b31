import { describe, expect, it } from 'vitest';
import { moneyThresholdsIn, thresholdSpellings } from '../../src/lang/en/english-money-thresholds.js';
import { asksForQuantity } from '../../src/lang/zh/question-words.js';
import { NATIONAL_RANK_CONTEXT } from '../../src/lang/zh/place-words.js';
import { STREAK_LENGTH_QUESTION, STREAK_QUESTION } from '../../src/lang/zh/span-words.js';

describe('an amount joined to its yuan by a hyphen', () => {
  it('is a class of things, with or without digits ("trillion-yuan industries": 万亿级)', () => {
    expect(moneyThresholdsIn('number of trillion-yuan industries')).toEqual([
      { written: 'trillion-yuan', at: 10, chinese: thresholdSpellings(1e12) },
    ]);
    expect(thresholdSpellings(1e12)).toContain('万亿级');
    expect(moneyThresholdsIn('hundred-billion-yuan clusters')[0]?.chinese).toContain('千亿级');
    expect(moneyThresholdsIn('100-billion-yuan clusters')[0]?.chinese).toContain('千亿级');
  });

  it('but an amount compared, written without the hyphen, is no class', () => {
    expect(moneyThresholdsIn('was GDP 5 trillion yuan')).toEqual([]);
    expect(thresholdSpellings(1e4)).not.toContain('万级');
  });
});

describe('English words asking a rank', () => {
  it('ask a figure', () => {
    expect(asksForQuantity('Where did Anhui rank nationally in 2025?')).toBe(true);
    expect(asksForQuantity('Yunnan ranks where for aluminium')).toBe(true);
    expect(asksForQuantity('Tell me about Yunnan’s frankness')).toBe(false);
  });

  it('"rank in China" is the scope a rank is counted in', () => {
    expect(NATIONAL_RANK_CONTEXT.test('Where does Yunnan rank in China for aluminium?')).toBe(true);
    expect(NATIONAL_RANK_CONTEXT.test('Yunnan aluminium capacity ranked first in China')).toBe(true);
    expect(NATIONAL_RANK_CONTEXT.test('What was the GDP of China in 2024?')).toBe(false);
  });
});

describe('a streak asked in months', () => {
  it('asks a streak and its length ("持续了几个月", "连续多少个月")', () => {
    for (const q of ['两位数增长持续了几个月', '连续多少个月保持增长', '持续多少年']) {
      expect(STREAK_QUESTION.test(q)).toBe(true);
      expect(STREAK_LENGTH_QUESTION.test(q)).toBe(true);
    }
    expect(STREAK_QUESTION.test('增长了多少')).toBe(false);
  });
});
