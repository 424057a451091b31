/**
 * One group of residents asked where the reports give only all residents' figure: the lead says so
 * before that figure, so the all-resident 9.2万元 never reads as the rural one.
 */
import { describe, expect, it } from 'vitest';
import { qualifierNotStatedNote } from '../../src/answer/qualifier-not-stated.js';
import type { Figure } from '../../src/answer/schema.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const PLACES = knownPlaces(['上海市', '杭州市']);
const read = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-01') });
const figure = (indicator: string, value: number, unit = '万元'): Figure => ({
  indicator,
  value,
  unit,
  kind: 'actual',
  period: '2025',
  district: '上海市',
  citationId: 'c1',
});
const allResidents = figure('居民人均可支配收入', 9.2);

describe('qualifierNotStatedNote', () => {
  it('says the rural figure is not given when only the all-resident one is', () => {
    expect(qualifierNotStatedNote(read('上海农村居民人均可支配收入是多少'), [allResidents])).toBe(
      '报告未给出农村居民的数据，只有全体居民：',
    );
    expect(qualifierNotStatedNote(read('上海城镇居民人均可支配收入多少'), [allResidents])).toBe('报告未给出城镇居民的数据，只有全体居民：');
  });

  it('says it in English for an English question', () => {
    const note = qualifierNotStatedNote(read('What was the per capita disposable income of rural residents in Shanghai?'), [allResidents]);
    expect(note ?? '').toMatch(/no figure for rural residents/);
  });

  it('is silent when the group asked has its own figure', () => {
    const rural = figure('农村居民人均可支配收入', 4.8);
    expect(qualifierNotStatedNote(read('上海农村居民人均可支配收入是多少'), [allResidents, rural])).toBeNull();
  });

  it('is silent when no group, or both groups, are asked', () => {
    expect(qualifierNotStatedNote(read('上海居民人均可支配收入是多少'), [allResidents])).toBeNull();
    expect(qualifierNotStatedNote(read('上海城乡居民人均可支配收入是多少'), [allResidents])).toBeNull();
  });

  it('is silent when no figure of the asked indicator is there', () => {
    expect(qualifierNotStatedNote(read('上海农村居民人均可支配收入是多少'), [figure('地区生产总值', 5.6, '万亿元')])).toBeNull();
    expect(qualifierNotStatedNote(read('上海农村居民人均可支配收入是多少'), [])).toBeNull();
  });

  it('is silent for a figure of another place', () => {
    const hangzhou = { ...allResidents, district: '杭州市' };
    expect(qualifierNotStatedNote(read('上海农村居民人均可支配收入是多少'), [hangzhou])).toBeNull();
  });
});
