import { describe, expect, it } from 'vitest';
import { asksInFutureTense } from '../../src/lang/en/english-future-wording.js';
import { isReportSenseCompound, pluralOf, reportSensePhrases, translateContentWords } from '../../src/lang/en/english-lexicon.js';
import { readEnglishTerms } from '../../src/lang/en/english-terms.js';
import { ENGLISH_STOP_WORDS } from '../../src/lang/en/stop-words.js';

/**
 * Session 21 (second English helper): the classes of English misses on the tune sets' English cases, each as a rule or
 * as data (english-report-senses.json).
 */
describe('a glossary term written inside a hyphenated report word (s21en2)', () => {
  const rural = { en: ['rural'], zh: ['农村', '乡村'] };

  it('is left to the hyphenated word the report senses hold whole ("urban-rural" is 城乡, not 农村)', () => {
    expect(isReportSenseCompound('urban-rural')).toBe(true);
    const { found, rest } = readEnglishTerms(" what's the subsidy for urban-rural residents? ", [rural]);
    expect(found).toEqual([]);
    expect(rest).toContain('urban-rural');
    expect(translateContentWords('urban-rural residents').flatMap((t) => t.chinese)).toContain('城乡居民');
  });

  it('is still read where it stands alone, or beside a hyphenated word the senses do not hold', () => {
    expect(readEnglishTerms(' how many rural roads, urban-rural and rural ', [rural]).found.map((f) => f.at)).toEqual([10]);
    expect(readEnglishTerms(' how many rural roads ', [rural]).found).toHaveLength(1);
    expect(isReportSenseCompound('semi-rural')).toBe(false);
    expect(readEnglishTerms(' semi-rural towns ', [rural]).found).toHaveLength(1);
  });
});

describe('report sense phrases in the plural (s21en2)', () => {
  it('are read with their head noun in its plural spelling ("strong counties", not "strong countys")', () => {
    expect(pluralOf('strong county')).toBe('strong counties');
    expect(pluralOf('r&d platform')).toBe('r&d platforms');
    expect(pluralOf('cross-region settlement')).toBe('cross-region settlements');
    expect(pluralOf('box')).toBe('boxes');
    const strong = reportSensePhrases([]).find((t) => t.en.includes('strong county'));
    expect(strong?.en).toContain('strong counties');
  });
});

describe('the reports’ wordings of English phrases (s21en2)', () => {
  // A phrase holding a stop word ("rate", "per") is read whole, before the dictionary reading; the others by it.
  const read = (english: string) =>
    reportSensePhrases([]).find((t) => t.en.includes(english))?.zh ?? translateContentWords(english).flatMap((t) => t.chinese);

  it('reads what the dictionary misses or misreads', () => {
    expect(read('claw back')).toContain('收回');
    expect(read('good housing')).toContain('好房子');
    expect(read('opening rate')).toContain('开通率');
    expect(read('cross-region settlement')).toContain('异地结算');
    expect(read('directly-administered')).toContain('直管');
    expect(read('bills')).toContain('议案');
    expect(read('bills')).not.toContain('发票');
    expect(read('modern industry colleges')).toContain('现代产业学院');
    expect(read('electrolytic aluminium capacity')).toContain('产能');
    expect(read('four-above')).toContain('四上');
    expect(read('grand smash')).toContain('大满贯');
  });

  it('reads "person" as the reports count people (每人, 人次), not as 东西', () => {
    expect(read('person')).toEqual(expect.arrayContaining(['每人']));
    expect(read('person')).not.toContain('东西');
  });

  it('takes "like" and "ones" for no subject ("manage like directly-administered ones")', () => {
    expect(ENGLISH_STOP_WORDS.has('like')).toBe(true);
    expect(ENGLISH_STOP_WORDS.has('ones')).toBe(true);
  });
});

describe('work under way, asked in the present progressive (s21en2)', () => {
  it('asks the plan: "is Jilin building in 2025", "are they pushing"', () => {
    expect(asksInFutureTense('How many provincial seed-breeding innovation platforms is Jilin building in 2025?')).toBe(true);
    expect(asksInFutureTense('How many "good housing" demonstration projects is Jilin pushing in 2025?')).toBe(true);
    expect(asksInFutureTense('How many new schools are they setting up?')).toBe(true);
  });

  it('not a figure moving, nor what has been done', () => {
    expect(asksInFutureTense("How fast is China's economy growing?")).toBe(false);
    expect(asksInFutureTense('How many homes has Jilin been building?')).toBe(false);
    expect(asksInFutureTense('Which building is the tallest?')).toBe(false);
    expect(asksInFutureTense('How many platforms did Jilin build in 2024?')).toBe(false);
  });
});
