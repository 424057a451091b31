/**
 * The note before a lead answering one group of residents with all residents' figure: each of its
 * conditions on its own, hand-built (mutation run of session 13; the cases of
 * qualifier-not-stated.test.ts are not repeated).
 */
import { describe, expect, it } from 'vitest';
import { qualifierNotStatedNote } from '../../src/answer/qualifier-not-stated.js';
import type { Figure } from '../../src/answer/schema.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const PLACES = knownPlaces(['上海市', '杭州市']);
const read = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-01') });
const figure = (indicator: string, value: number): Figure => ({
  indicator,
  value,
  unit: '万元',
  kind: 'actual',
  period: '2025',
  district: '上海市',
  citationId: 'c1',
});
const allResidents = figure('居民人均可支配收入', 9.2);

describe('qualifierNotStatedNote, condition by condition', () => {
  it('is silent when no number is asked', () => {
    const q = read('上海农村居民人均可支配收入是多少');
    expect(qualifierNotStatedNote({ ...q, wantsQuantity: false }, [allResidents])).toBeNull();
  });

  it('is silent when no indicator is asked', () => {
    const q = read('上海农村居民人均可支配收入是多少');
    expect(qualifierNotStatedNote({ ...q, indicators: [] }, [allResidents])).toBeNull();
  });

  it('speaks when the group figure given is of the other group only', () => {
    // The urban figure is no figure of rural residents: the rural one is still not given.
    const urban = figure('城镇居民人均可支配收入', 10.1);
    expect(qualifierNotStatedNote(read('上海农村居民人均可支配收入是多少'), [allResidents, urban])).toBe(
      '报告未给出农村居民的数据，只有全体居民：',
    );
  });

  it('is silent when the group figure comes first or last among the asked', () => {
    const rural = figure('农村居民人均可支配收入', 4.8);
    expect(qualifierNotStatedNote(read('上海农村居民人均可支配收入是多少'), [rural, allResidents])).toBeNull();
  });

  it('names the English group in an English note', () => {
    const note = qualifierNotStatedNote(read('What was the per capita disposable income of urban residents in Shanghai?'), [allResidents]);
    expect(note).toBe('The reports give no figure for urban residents, only for all residents: ');
  });
});
