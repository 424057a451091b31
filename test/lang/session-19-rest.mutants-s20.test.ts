import { describe, expect, it } from 'vitest';
import { withoutCountryInNames } from '../../src/lang/en/english-country-in-names.js';
import { pluralBases, translateContentWords } from '../../src/lang/en/english-lexicon.js';
import { editionsIn } from '../../src/lang/en/english-numbered-names.js';
import { englishPhrasePattern, headOfQuotedName, hyphenatedInto } from '../../src/lang/en/english-terms.js';
import { isQuestionVerb } from '../../src/lang/en/english-topic-words.js';
import { modifierOnlyFollowUp } from '../../src/lang/zh/follow-up-words.js';
import { resolveYears } from '../../src/lang/zh/relative-years.js';

/**
 * Session 20's mutation run of the rest of session 19's changes (docs/mutation-survivors.md, "Session 19, the rest
 * (English path, mends)"): the English path's new words and rules, on hand-built text. Today pinned: 2026-12-03.
 */
const today = new Date('2026-12-03');

describe("the country's name at the head of a capitalised name", () => {
  it('is blanked only before two capitalised name words, neither a function word', () => {
    expect(withoutCountryInNames('the China Import Expo')).toBe('the       Import Expo');
    expect(withoutCountryInNames('the Chinese Painting Academy')).toBe('the         Painting Academy');
    expect(withoutCountryInNames('China-Europe Railway Express')).toBe('     -Europe Railway Express');
    // One name word after it, a lower-case one, a word in capitals or a function word: the country itself ("International"
    // after it opens an event's name in any case, session 55: test/lang/readings-s55.test.ts).
    for (const q of ['China Import', 'China Import expo', 'China GDP Growth', 'Chinese The Big', 'How Much Did China Invest In R&D'])
      expect(withoutCountryInNames(q)).toBe(q);
    // Only a whole word followed by a space or a hyphen.
    expect(withoutCountryInNames('ChinaTown Big Expo')).toBe('ChinaTown Big Expo');
    expect(withoutCountryInNames('China')).toBe('China');
  });
});

describe('plurals the simple singular keeps or cuts wrong', () => {
  it('gives the singular of -ics after a consonant and of -ses after anything but s, or of -sses', () => {
    expect(pluralBases('clinics')).toEqual(['clinic']);
    expect(pluralBases('buses')).toEqual(['bus']);
    expect(pluralBases('classes')).toEqual(['class']);
    expect(pluralBases('abcses')).toEqual(['abcs']);
  });

  it('gives none for short words, other endings, or -ics after a vowel', () => {
    expect(pluralBases('bics')).toEqual([]);
    expect(pluralBases('oses')).toEqual([]);
    expect(pluralBases('stoics')).toEqual([]);
    expect(pluralBases('buss')).toEqual([]);
    expect(pluralBases('houses')).toEqual(['hous']);
    expect(pluralBases('clinicsx')).toEqual([]);
    expect(pluralBases('basesx')).toEqual([]);
    expect(pluralBases('xsesses')).toEqual(['xsess']);
  });
});

describe("an event's edition", () => {
  it('reads one or two digits and any ordinal suffix before a capital, not a plan', () => {
    expect(editionsIn('the 1st Expo, the 2nd Fair, the 3rd Games')).toEqual([
      { n: 1, written: 'the 1st' },
      { n: 2, written: 'the 2nd' },
      { n: 3, written: 'the 3rd' },
    ]);
    expect(editionsIn('The 7th Expo')).toEqual([]);
    expect(editionsIn('the 123rd Fair')).toEqual([]);
    expect(editionsIn('the 14th Five Year Plan and the 14th Five-Year Plan')).toEqual([]);
    expect(editionsIn('the  8th  Expo')).toEqual([{ n: 8, written: 'the  8th' }]);
  });
});

describe('names not written at all', () => {
  it('are no hyphenated or quoted names', () => {
    expect(hyphenatedInto('low-income', 'Income')).toBe(true);
    expect(headOfQuotedName("'Get One Thing Done' Services", 'services')).toBe(true);
    expect(headOfQuotedName("'get one thing done' service", 'services')).toBe(false);
  });
});

describe("the question's verb", () => {
  it('is the word after an auxiliary (not a form of be) and its subject', () => {
    expect(isQuestionVerb('upgrade', 'How much did Jiangsu upgrade its factories?')).toBe(true);
    expect(isQuestionVerb('Upgrade', 'How much did Jiangsu upgrade its factories?')).toBe(true);
    expect(isQuestionVerb('build', 'What will Hunan build?')).toBe(true);
    expect(isQuestionVerb('scrap', 'How many cars did the city scrap?')).toBe(true);
    expect(isQuestionVerb('upgrade', 'Did the New Area upgrade it?')).toBe(true);
    expect(isQuestionVerb('upgrade', 'did 2024 upgrade it')).toBe(true);
    expect(isQuestionVerb('upgrade', 'will the Jiangsu Province upgrade')).toBe(true);
    expect(isQuestionVerb('worth', 'What were exports worth?')).toBe(false);
    expect(isQuestionVerb('worth', 'What was GDP worth?')).toBe(false);
    expect(isQuestionVerb('jiangsu', 'did Jiangsu upgrade')).toBe(false);
    expect(isQuestionVerb('did jiangsu', 'did jiangsu upgrade')).toBe(false);
    expect(isQuestionVerb('upgrade', 'Jiangsu did upgrade')).toBe(false);
    expect(isQuestionVerb('upgrade', 'did the new area upgrade')).toBe(false);
  });

  it('is not told after a possessive', () => {
    expect(isQuestionVerb('fall', "How much did Zhejiang's housing prices fall?")).toBe(false);
    expect(isQuestionVerb('prices', 'did Jiangsu’s prices fall')).toBe(false);
    expect(isQuestionVerb('prices', "did Jiangsu's prices fall")).toBe(false);
    expect(isQuestionVerb('upgrade', "did Jiangsu's upgrade, did Hunan upgrade")).toBe(true);
  });
});

describe('a named report anchors the relative years', () => {
  it('a two-digit year is this century, a four-digit one as written', () => {
    expect(resolveYears('23年报告里过去五年', { today }).namedReport).toEqual({ year: 2023, phrase: '23年报告' });
    expect(resolveYears('23年报告里过去五年', { today }).span).toEqual({ from: 2018, to: 2022 });
    expect(resolveYears('1998年报告', { today }).namedReport?.year).toBe(1998);
    expect(resolveYears('2099年报告', { today }).namedReport?.year).toBe(2099);
    expect(resolveYears('99年报告', { today }).namedReport?.year).toBe(2099);
    expect(resolveYears('the 2023 government work report: the past five years', { today }).span).toEqual({ from: 2018, to: 2022 });
  });

  it('without a named report the span ends in the year before today', () => {
    const r = resolveYears('过去五年', { today });
    expect(r.span).toEqual({ from: 2021, to: 2025 });
    expect(r.namedReport).toBeUndefined();
    const notes = resolveYears('2023年政府工作报告里过去五年', { today }).notes;
    expect(notes).toEqual(expect.arrayContaining([expect.objectContaining({ year: 2018 }), expect.objectContaining({ year: 2022 })]));
  });
});

describe('after the first run', () => {
  it('blanks the country word of every name in the question', () => {
    expect(withoutCountryInNames('the China Import Expo and the China-Europe Railway Express')).toBe(
      'the       Import Expo and the      -Europe Railway Express',
    );
  });

  it('cuts -es only from a word that ends in -sses, wherever else it writes sses', () => {
    expect(pluralBases('assessor')).toEqual([]);
  });

  it('reads the singular of the last word of a name of several words', () => {
    const lexicon = { get: (k: string) => ({ 'school bus': ['校车'] })[k] };
    const timesWritten = (zh: string) => (zh === '校车' ? 1 : 0);
    expect(translateContentWords('school buses', { timesWritten, lexicon }).flatMap((t) => t.chinese)).toEqual(['校车']);
  });

  it('matches a phrase whatever its case, and remembers the patterns built', () => {
    expect(englishPhrasePattern('retail sales').test('Retail Sales of Anhui')).toBe(true);
    const first = englishPhrasePattern('s20 remembered phrase');
    englishPhrasePattern('s20 another phrase');
    expect(englishPhrasePattern('s20 remembered phrase')).toBe(first);
  });

  it('forgets the patterns past 20 000 phrases', () => {
    const first = englishPhrasePattern('s20 forgotten phrase');
    for (let i = 0; i < 20_000; i++) englishPhrasePattern(`s20 phrase ${i}`);
    expect(englishPhrasePattern('s20 forgotten phrase')).not.toBe(first);
  });

  it("the question's verb: only a trailing 's is cut, and a subject is a run of words opening with a capital", () => {
    expect(isQuestionVerb('process', 'How much waste did the city process?')).toBe(true);
    expect(isQuestionVerb('upgrade', "did Jiangsu upgrade's")).toBe(true);
    expect(isQuestionVerb("o'shea", "did Jiangsu o'shea")).toBe(true);
    expect(isQuestionVerb('grow', 'did Jiangsu eCNY grow')).toBe(false);
    expect(isQuestionVerb('grow', 'did exports GDP grow')).toBe(false);
  });

  it('an apostrophe inside a name is no possessive: the verb after it is still told', () => {
    expect(isQuestionVerb('upgrade', "did Xi'shan upgrade its port?")).toBe(true);
  });

  it('reads an English modifier alone with spaces round it', () => {
    expect(modifierOnlyFollowUp('How about per capita? ')).toBe('人均');
  });
});
