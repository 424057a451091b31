/**
 * Session 20's English words, the survivors its mutation run left without tests (docs/mutation-survivors.md, "Session 21,
 * session 20's query and conversation lines"): a counterpart follow-up typed with spaces round it, and the plural of a
 * report-sense phrase with a y inside it.
 */
import { describe, expect, it } from 'vitest';
import { englishCounterpartQuestion } from '../../src/lang/en/english-counterpart-follow-ups.js';
import { reportSensePhraseTerms } from '../../src/lang/en/english-lexicon.js';

const names = ['general public budget revenue', 'budget revenue', 'fiscal revenue', 'public budget revenue'];

describe('an English counterpart follow-up', () => {
  it('is read with spaces typed before and after it', () => {
    expect(englishCounterpartQuestion('  and expenditure? ', 'Fujian fiscal revenue 2024', names)).toBe('Fujian fiscal expenditure 2024');
  });
});

describe('a report-sense phrase’s plural', () => {
  it('is -ies only for a phrase ending in a consonant and y', () => {
    const plural = (en: string) => reportSensePhraseTerms().find((t) => t.en[0] === en)?.en[1];
    expect(plural('energy retrofit')).toBe('energy retrofits');
    expect(plural('elderly care')).toBe('elderly cares');
  });
});
