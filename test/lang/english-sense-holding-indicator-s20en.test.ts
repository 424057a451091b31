import { describe, expect, it } from 'vitest';
import { termsQualifyingIndicators } from '../../src/lang/en/english-terms.js';
import { glossary } from '../../src/lang/zh/glossary.js';

/**
 * Session 20 (English helper): a report sense of a phrase that holds an indicator's English name ("childcare subsidy"
 * holds "childcare", the glossary's name of 托位) is the phrase's subject (育儿补贴), read before the indicators' names
 * as the glossary's own such nouns are ("private investment" 民间投资, not 固定资产投资).
 */
describe('report senses holding an indicator name (s20en)', () => {
  it('are read before the indicator names', () => {
    expect(glossary().indicators.some((i) => i.en.includes('childcare'))).toBe(true);
    const childcare = termsQualifyingIndicators().find((t) => t.en.includes('childcare subsidy'));
    expect(childcare?.zh).toEqual(['育儿补贴']);
    expect(childcare?.en).toContain('childcare subsidies');
  });

  it('leaves out a sense that is the indicator’s own name written otherwise ("little giant" beside little-giant)', () => {
    expect(termsQualifyingIndicators().some((t) => t.en.includes('little giant'))).toBe(false);
  });

  it('keeps the glossary’s own nouns first', () => {
    const terms = termsQualifyingIndicators();
    const privateAt = terms.findIndex((t) => t.en.includes('private investment'));
    const childcareAt = terms.findIndex((t) => t.en.includes('childcare subsidy'));
    expect(privateAt).toBeGreaterThanOrEqual(0);
    expect(privateAt).toBeLessThan(childcareAt);
  });
});
