import { describe, expect, it } from 'vitest';
import { moneyThresholdsIn, thresholdSpellings } from '../../src/lang/en/english-money-thresholds.js';

/**
 * Session 20 (English helper): a size class by money ("10-billion-yuan-plus projects", "projects worth over 100 million
 * yuan") is read as the reports write it before the noun (百亿元以上, 亿元以上, 5000万元以上), not word by word ("plus" 加上).
 */
describe('money thresholds in English questions (s20en)', () => {
  it('spells a threshold in 亿 or 万 of yuan, round ones in characters too', () => {
    expect(thresholdSpellings(1e10)).toEqual(expect.arrayContaining(['100亿元以上', '百亿元以上', '百亿级']));
    expect(thresholdSpellings(1e8)).toEqual(expect.arrayContaining(['亿元以上', '1亿元以上']));
    expect(thresholdSpellings(5e7)).toEqual(expect.arrayContaining(['5000万元以上']));
    expect(thresholdSpellings(1e12)).toEqual(expect.arrayContaining(['万亿元以上', '10000亿元以上']));
  });

  it('reads "N yuan plus" / "or more", and "worth over N yuan", where they are written', () => {
    const q = 'How many 10-billion-yuan-plus industrial projects went into production?';
    const [found] = moneyThresholdsIn(q);
    expect(found.written).toBe('10-billion-yuan-plus');
    expect(q.slice(found.at, found.at + found.written.length)).toBe('10-billion-yuan-plus');
    expect(found.chinese).toContain('百亿元以上');
    const [worth] = moneyThresholdsIn('How many projects worth over 100 million yuan started?');
    expect(worth.written).toBe('over 100 million yuan');
    expect(worth.chinese).toContain('亿元以上');
    expect(moneyThresholdsIn('firms with 50 million yuan or more')[0].chinese).toContain('5000万元以上');
  });

  it('is no threshold when an amount is compared or stated ("was GDP over 5 trillion yuan")', () => {
    expect(moneyThresholdsIn('Was GDP over 5 trillion yuan in 2024?')).toEqual([]);
    expect(moneyThresholdsIn('Did investment reach 300 billion yuan?')).toEqual([]);
  });
});
