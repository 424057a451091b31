/**
 * Session 20's English money thresholds under mutation (docs/mutation-survivors.md, "Session 20, the session's
 * changes"): every spelling of a threshold, every way of writing "or more", the case, and amounts too small or not round.
 */
import { describe, expect, it } from 'vitest';
import { moneyThresholdsIn, thresholdSpellings } from '../../src/lang/en/english-money-thresholds.js';
import { reportSensePhraseTerms } from '../../src/lang/en/english-lexicon.js';
import { isQuestionVerb } from '../../src/lang/en/english-topic-words.js';

describe('a threshold’s spellings', () => {
  it('are exactly those the reports write, in 亿, 万亿 or 万', () => {
    expect(thresholdSpellings(1e9)).toEqual(['10亿元以上', '10亿元及以上', '十亿元以上', '十亿元及以上', '十亿级', '十亿元级']);
    expect(thresholdSpellings(1e11)).toEqual(['1000亿元以上', '1000亿元及以上', '千亿元以上', '千亿元及以上', '千亿级', '千亿元级']);
    expect(thresholdSpellings(2e12)).toEqual(['20000亿元以上', '20000亿元及以上', '2万亿元以上', '2万亿元及以上']);
    expect(thresholdSpellings(1.5e8)).toEqual(['15000万元以上', '15000万元及以上']);
    expect(thresholdSpellings(1e4)).toEqual(['1万元以上', '1万元及以上', '万元以上', '万元及以上']);
    expect(thresholdSpellings(1e7)).toEqual(['1000万元以上', '1000万元及以上', '千万元以上', '千万元及以上', '千万级', '千万元级']);
  });

  it('are none for an amount under ten thousand yuan or not a whole number of 万', () => {
    expect(thresholdSpellings(5000)).toEqual([]);
    expect(thresholdSpellings(12345)).toEqual([]);
  });
});

describe('thresholds in an English question', () => {
  it('read every word of "or more" before or after the amount, whatever the case', () => {
    expect(moneyThresholdsIn('projects of at least 1 billion yuan')).toEqual([
      { written: 'at least 1 billion yuan', at: 12, chinese: thresholdSpellings(1e9) },
    ]);
    expect(moneyThresholdsIn('PROJECTS VALUED AT ABOVE 2 BILLION RMB')).toEqual([
      { written: 'above 2 billion rmb', at: 19, chinese: thresholdSpellings(2e9) },
    ]);
    expect(moneyThresholdsIn('projects worth over 1.5 billion yuan')[0]).toMatchObject({ written: 'over 1.5 billion yuan', at: 15 });
    expect(moneyThresholdsIn('investment of more than 3 billion yuan and above')[0]).toMatchObject({
      written: 'more than 3 billion yuan and above',
      at: 14,
    });
    expect(moneyThresholdsIn('investing upwards of 2 billion yuan')[0]).toMatchObject({ written: 'upwards of 2 billion yuan', at: 10 });
    expect(moneyThresholdsIn('100 million yuan and over')[0]).toMatchObject({ written: '100 million yuan and over', at: 0 });
    expect(moneyThresholdsIn('1 trillion yuan or above')[0].chinese).toEqual(thresholdSpellings(1e12));
    expect(moneyThresholdsIn('2 billion yuan or over')[0].written).toBe('2 billion yuan or over');
    expect(moneyThresholdsIn('a 100millionyuan plus')[0]).toMatchObject({ written: '100millionyuan plus', at: 2 });
  });

  it('read no threshold in "yuanplus", nor one too small to spell', () => {
    expect(moneyThresholdsIn('100 million yuanplus')).toEqual([]);
    expect(moneyThresholdsIn('firms with 5 thousand yuan or more')).toEqual([]);
    expect(moneyThresholdsIn('worth over 0.5 thousand yuan')).toEqual([]);
  });

  it('reads two thresholds of one question, each where it is written', () => {
    const q = 'projects worth over 100 million yuan and firms with 50 million yuan or more';
    expect(moneyThresholdsIn(q).map((t) => [t.written, t.at])).toEqual([
      ['over 100 million yuan', 15],
      ['50 million yuan or more', 52],
    ]);
  });
});

describe('the report senses of phrases, as terms', () => {
  it('are the phrases only, each with its plural (-y after a consonant → -ies), read as alternatives', () => {
    const terms = reportSensePhraseTerms();
    expect(terms.every((t) => t.en[0].includes(' '))).toBe(true);
    expect(terms.find((t) => t.en[0] === 'workplace safety')).toEqual({
      en: ['workplace safety', 'workplace safeties'],
      zh: ['安全生产'],
      alternatives: true,
    });
    expect(terms.find((t) => t.en[0] === 'clean energy')?.en).toEqual(['clean energy', 'clean energies']);
    expect(terms.find((t) => t.en[0] === 'childcare subsidy')?.en).toEqual(['childcare subsidy', 'childcare subsidies']);
    expect(terms.find((t) => t.en[0] === 'contracted investment')?.en).toEqual(['contracted investment', 'contracted investments']);
  });
});

describe('after the first run', () => {
  it('spells no threshold of nothing, and 1.5 trillion in 亿 only', () => {
    expect(thresholdSpellings(0)).toEqual([]);
    expect(moneyThresholdsIn('worth over 0 billion yuan')).toEqual([]);
    expect(thresholdSpellings(1.5e12)).toEqual(['15000亿元以上', '15000亿元及以上']);
  });

  it('reads a verb of two words whole, of three never, and a participle right after the chaining verb only', () => {
    expect(isQuestionVerb('set up now', 'did Hunan set up now')).toBe(false);
    expect(isQuestionVerb('set down', 'did Hunan set up')).toBe(false);
    expect(isQuestionVerb('approved', 'did Yunnan get funds approved')).toBe(false);
  });
});
