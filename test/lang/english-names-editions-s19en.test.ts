import { describe, expect, it } from 'vitest';
import { withoutCountryInNames } from '../../src/lang/en/english-country-in-names.js';
import { editionSpellings, editionsIn } from '../../src/lang/en/english-numbered-names.js';
import { resolveYears } from '../../src/lang/zh/relative-years.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

/**
 * Session 19 (English helper): the country's name heading an event's name is no place asked ("the China International
 * Import Expo"); an event's edition is the one the reports write (第七届); "the 2023 work report" is a named report, its
 * results those of 2022, as "2023年政府工作报告" is.
 */
const today = new Date('2026-12-03');

describe('English names of events and reports (s19en)', () => {
  it('blanks the country word heading a capitalised name, not the country asked about', () => {
    expect(withoutCountryInNames('How much did the 7th China International Import Expo sign?')).toBe(
      'How much did the 7th       International Import Expo sign?',
    );
    expect(withoutCountryInNames('How many China-Europe Railway Express trains ran?')).toContain('     -Europe Railway');
    for (const q of [
      "What was China's GDP in 2024?",
      'How Much Did China Invest In R&D',
      'China GDP growth 2024',
      'How fast did China grow',
    ])
      expect(withoutCountryInNames(q)).toBe(q);
  });

  it('an event named with the country is no national question', () => {
    const places = knownPlaces(['国务院', '上海市']);
    const asked = understandQuery('How much did the China International Import Expo sign in intended deals?', places, { today });
    expect(asked.places).not.toContain('国务院');
    expect(understandQuery("What was China's GDP growth in 2024?", places, { today }).places).toEqual(['国务院']);
  });

  it("reads an event's edition as the reports write it, never a plan's ordinal", () => {
    expect(editionsIn('How much did the 7th China International Import Expo sign?')).toEqual([{ n: 7, written: 'the 7th' }]);
    expect(editionsIn('at the 47th WorldSkills Competition')).toEqual([{ n: 47, written: 'the 47th' }]);
    expect(editionsIn("Zhejiang's target in the 15th Five-Year Plan")).toEqual([]);
    expect(editionsIn('the 3rd quarter')).toEqual([]);
    expect(editionSpellings(7)).toEqual(['第七届', '第7届']);
    expect(editionSpellings(47)).toEqual(['第四十七届', '第47届']);
  });

  it('an edition the reports write is a name the passage must write', () => {
    const query = understandQuery('How much did the 7th China International Import Expo sign in intended deals?', knownPlaces(['上海市']), {
      today,
      timesWritten: (zh) => (zh === '第七届' ? 1 : 0),
    });
    expect(query.namedThings).toEqual(['第七届']);
  });

  it('"the 2023 work report" names a report, as "2023年政府工作报告" does', () => {
    expect(resolveYears('according to the 2023 work report', { today }).namedReport).toEqual({ year: 2023, phrase: '2023 work report' });
    expect(resolveYears('in the 2025 government work report', { today }).namedReport?.year).toBe(2025);
    expect(resolveYears('2023年政府工作报告里', { today }).namedReport?.year).toBe(2023);
    const asked = understandQuery("What was China's forest coverage rate, according to the 2023 work report?", knownPlaces(['国务院']), {
      today,
    });
    expect(asked.years).toEqual([2022]);
  });
});
