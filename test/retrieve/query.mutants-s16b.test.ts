/**
 * A short indicator name that is also a word ("投资") after a verb that takes a subject (src/retrieve/query.ts:
 * `standsAsBareWord`, `subjectlessBeforeVerb`), read through understandQuery (no index). Written from the code
 * before the mutation run of session 16's changes (session 16, lead's changes).
 */
import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const PLACES = knownPlaces(['福建省', '浙江省', '江苏省']);
const indicatorsOf = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-03') }).indicators.map((i) => i.name);
const FAI = ['固定资产投资'];

describe('a short name on its own', () => {
  it('is the indicator at the very start, after a year, a joiner or a place', () => {
    expect(indicatorsOf('投资增长多少')).toEqual(FAI);
    // Names no longer synonym holds: only the check at the text's first character finds them.
    expect(indicatorsOf('出口多少')).toEqual(['货物出口']);
    expect(indicatorsOf('人口多少')).toEqual(['常住人口']);
    expect(indicatorsOf('福建2025年投资增长多少')).toEqual(FAI);
    expect(indicatorsOf('福建出口和投资增长多少')).toContain('固定资产投资');
    expect(indicatorsOf('福建投资增长多少')).toEqual(FAI);
  });

  it('is no indicator inside a compound, a year or a place earlier in the question notwithstanding', () => {
    expect(indicatorsOf('2025年重点企业投资多少')).toEqual([]);
    expect(indicatorsOf('福建重点企业投资多少')).toEqual([]);
  });

  it('is the indicator where any of its mentions stands on its own', () => {
    expect(indicatorsOf('重点企业投资和投资增长多少')).toEqual(FAI);
  });
});

describe('a short name after a verb that takes a subject', () => {
  it('is no indicator with a subject of its own before the verb', () => {
    expect(indicatorsOf('福建省重点项目去年完成投资多少')).toEqual([]);
    expect(indicatorsOf('重点项目完成投资多少')).toEqual([]);
    expect(indicatorsOf('福建和江苏重点项目去年完成投资多少')).toEqual([]);
  });

  it('is the indicator with nothing, a place, times or the whole society before the verb', () => {
    for (const q of [
      '完成投资多少',
      '福建去年完成投资多少',
      '福建省2025年上半年完成投资多少',
      '十四五累计完成投资多少',
      '全社会完成投资增长多少',
      '福建去年和今年完成投资多少',
      '全市去年完成投资多少',
      '哪个省去年完成投资最多',
    ])
      expect(indicatorsOf(q), q).toEqual(FAI);
  });
});
