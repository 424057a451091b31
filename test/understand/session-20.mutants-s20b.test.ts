/**
 * Session 20's changes under mutation (docs/mutation-survivors.md, "Session 20, the session's changes"): the English
 * follow-ups' readings word by word, and the new readings of a question (side years, the named report's other reading)
 * on hand-built inputs.
 */
import { describe, expect, it } from 'vitest';
import { englishCounterpartQuestion } from '../../src/lang/en/english-counterpart-follow-ups.js';
import { isTimeOnlyFollowUp } from '../../src/lang/en/english-question-openers.js';
import { ownWords, yearsBySide } from '../../src/understand/side-years.js';
import { otherReadingOfNamedReport } from '../../src/understand/named-report-reading.js';
import { asksPartOfEarlier } from '../../src/lang/zh/follow-up-words.js';
import { knownPlaces, understandQuery, type UnderstoodQuery } from '../../src/retrieve/query.js';

const names = ['general public budget revenue', 'budget revenue', 'fiscal revenue', 'public budget revenue'];

describe('an English counterpart follow-up, word by word', () => {
  it('reads "the", "its", a plural or another word for the noun, and any case', () => {
    const q = 'Fujian general public budget revenue 2024';
    expect(englishCounterpartQuestion('and the expenditure?', q, names)).toBe('Fujian general public budget expenditure 2024');
    expect(englishCounterpartQuestion('How about its spending?', q, names)).toBe('Fujian general public budget expenditure 2024');
    expect(englishCounterpartQuestion('and outlays!', q, names)).toBe('Fujian general public budget expenditure 2024');
    expect(englishCounterpartQuestion('and expenditures', 'fiscal revenue of Fujian', names)).toBe('fiscal expenditure of Fujian');
    expect(englishCounterpartQuestion('and   expenditure ?', 'Fujian fiscal revenue', names)).toBe('Fujian fiscal expenditure');
    expect(englishCounterpartQuestion('AND EXPENDITURE?', 'FUJIAN FISCAL REVENUE 2024', names)).toBe('FUJIAN fiscal expenditure 2024');
  });

  it('changes the longest name the earlier question writes, and only a name of several words', () => {
    expect(englishCounterpartQuestion('and expenditure?', 'Fujian budget revenue and public budget revenue', names)).toBe(
      'Fujian budget expenditure and public budget revenue',
    );
    expect(englishCounterpartQuestion('and expenditure?', 'Fujian budget revenue', ['budget revenue'])).toBe('Fujian budget expenditure');
    expect(englishCounterpartQuestion('and expenditure?', 'Fujian revenue', ['revenue'])).toBeNull();
    expect(englishCounterpartQuestion('and expenditure?', 'Fujian revenue', names)).toBeNull();
  });

  it('is nothing for the same noun, a noun with no counterpart, or another opener', () => {
    expect(englishCounterpartQuestion('and revenue?', 'Fujian general public budget revenue 2024', names)).toBeNull();
    expect(englishCounterpartQuestion('and income?', 'Fujian general public budget expenditure 2024', names)).toBeNull();
    expect(englishCounterpartQuestion('so expenditure?', 'Fujian fiscal revenue', names)).toBeNull();
  });
});

describe('an English follow-up naming only a time', () => {
  it('reads every time word and opener, and nothing else', () => {
    for (const q of [
      'same for 2025',
      'and the year after',
      'and following year?',
      'and previous year',
      'and this year!',
      'and last year. ',
      'and 2025',
      'what about in the 2025?',
    ])
      expect(isTimeOnlyFollowUp(q)).toBe(true);
    for (const q of ['and for 202', 'And 2025 GDP?', 'x and 2025']) expect(isTimeOnlyFollowUp(q)).toBe(false);
  });
});

describe('each side of a comparison in its own year', () => {
  const years = (...pairs: [number, number][]) => pairs.map(([at, year]) => ({ at, year }));

  it('gives each place the year written after it, in the order of the places', () => {
    expect(yearsBySide({ placeAt: [0, 10], years: years([3, 2024], [13, 2025]) })).toEqual([[2024], [2025]]);
    expect(yearsBySide({ placeAt: [10, 0], years: years([13, 2025], [3, 2024]) })).toEqual([[2025], [2024]]);
  });

  it('is null for one place, a place not named, one year, the same year twice, or years not beside their places', () => {
    expect(yearsBySide({ placeAt: [0], years: years([3, 2024], [13, 2025]) })).toBeNull();
    expect(yearsBySide({ placeAt: [0, 10, 20], years: years([3, 2024], [13, 2025]) })).toBeNull();
    expect(yearsBySide({ placeAt: [-1, 10], years: years([3, 2024], [13, 2025]) })).toBeNull();
    expect(yearsBySide({ placeAt: [0, 10], years: years([3, 2024]) })).toBeNull();
    expect(yearsBySide({ placeAt: [0, 10], years: years([3, 2024], [13, 2024]) })).toBeNull();
    expect(yearsBySide({ placeAt: [5, 10], years: years([3, 2024], [13, 2025]) })).toBeNull();
    expect(yearsBySide({ placeAt: [0, 10], years: years([3, 2024], [8, 2025]) })).toBeNull();
    expect(yearsBySide({ placeAt: [0, 10], years: years([10, 2024], [13, 2025]) })).toBeNull();
    expect(yearsBySide({ placeAt: [0, 10], years: years([3, 2024], [10, 2025]) })).toBeNull();
    expect(yearsBySide({ placeAt: [3, 10], years: years([3, 2024], [13, 2025]) })).toBeNull();
  });

  it('a place’s own words run from its name to the next place’s, or to the end', () => {
    const q = '云南24年启动的和浙江今年要启动的';
    expect(ownWords(q, [0, 9], 0)).toBe('云南24年启动的和');
    expect(ownWords(q, [0, 9], 1)).toBe('浙江今年要启动的');
    expect(ownWords(q, [9, 0], 0)).toBe('浙江今年要启动的');
    expect(ownWords(q, [0, -1], 1)).toBeNull();
    expect(ownWords(q, [0], 1)).toBeNull();
  });
});

describe('after the first run', () => {
  it('reads 其中 after the spaces a question opens with', () => {
    expect(asksPartOfEarlier(' 其中全国首创多少')).toBe(true);
  });

  it('makes the counterpart of the longest name written, whatever order the names come in', () => {
    expect(
      englishCounterpartQuestion('and expenditure?', 'Fujian fiscal revenue and general public budget revenue', [
        'fiscal revenue',
        'general public budget revenue',
      ]),
    ).toBe('Fujian fiscal revenue and general public budget expenditure');
  });

  it('reads a named report otherwise only with its one year as read, and keeps the other years’ notes', () => {
    const q = understandQuery('24年政府工作报告里赤字规模比上年年初预算多了多少', knownPlaces(['国务院']), {
      today: new Date('2026-12-03'),
    });
    expect(q.namedReport?.readAs).toBe(2023);
    expect(otherReadingOfNamedReport({ ...q, years: [2023, 2021] })).toBeNull();
    expect(otherReadingOfNamedReport({ ...q, years: [2022] })).toBeNull();
    const noted = { ...q, yearNotes: [...q.yearNotes, { phrase: '“上年”', year: 2022 }] };
    expect((otherReadingOfNamedReport(noted) as UnderstoodQuery).yearNotes).toContainEqual({ phrase: '“上年”', year: 2022 });
  });
});
