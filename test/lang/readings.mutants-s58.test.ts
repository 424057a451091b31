import { describe, expect, it } from 'vitest';
import { eventYearOf } from '../../src/lang/zh/event-years.js';
import { thingCounted } from '../../src/lang/zh/level-question-words.js';
import { fusedPairSpellings } from '../../src/lang/zh/paired-compounds.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { RomanisedNames } from '../../src/retrieve/romanised-names.js';

/** Session 58's survivors of its mutation run (stryker.s58.json), each killed by a case of its own. */

const today = new Date('2026-12-07');

describe('fused readings', () => {
  it('a word of three characters or one fuses with nothing, either side', () => {
    expect(fusedPairSpellings('供水站', '排水')).toEqual([]);
    expect(fusedPairSpellings('排水', '供水站')).toEqual([]);
    expect(fusedPairSpellings('水', '排水')).toEqual([]);
    expect(fusedPairSpellings('排水', '水')).toEqual([]);
  });

  it('only a fused word the reports write is added, and readings without one keep theirs', () => {
    const query = understandQuery('km of water supply and drainage pipes?', knownPlaces(['福建省']), {
      today,
      timesWritten: (zh) => (['供水', '排水', '供排水', '管网'].includes(zh) ? 3 : 0),
    });
    const readings = query.lexiconTranslations ?? [];
    const supply = readings.find((t) => t.english === 'water supply')?.chinese ?? [];
    expect(supply).toEqual(['供水', '供排水']);
    expect(supply).not.toContain('排供水');
    expect(readings.find((t) => t.english === 'pipes')?.chinese).not.toContain('供排水');
  });
});

describe('the thing counted', () => {
  it('a total written before and after ("累计…总量") loses both; a name that is only the word keeps it', () => {
    expect(thingCounted('累计上市企业总量')).toBe('上市企业');
    expect(thingCounted('累计总量')).toBe('累计总量'.slice(2));
    expect(thingCounted('总数')).toBe('总数');
  });
});

describe('the year of an event', () => {
  it('a pointer naming no listed event has none', () => {
    expect(eventYearOf('进博会那年')).toBeUndefined();
    expect(eventYearOf('the asian games year')).toBe(2023);
  });
});

describe('a romanised name beside a common word', () => {
  it('a proper name written twice is kept as it was: the once-written one is read only where all are common words', () => {
    const names = new RomanisedNames(
      () => ['辅导学生，课后辅导，辅导员。', '福岛核污染水，福岛。', '提升福道930公里。'].join('\n'),
      (zh) => zh === '辅导',
    );
    expect(names.writtenAs('fudao')).toEqual(['福岛']);
  });
});
