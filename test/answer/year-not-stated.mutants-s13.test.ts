/**
 * One year asked, another year's figure the only one given: the note said before the lead, so the
 * 2019 figure never reads as 2020's. Hand-built questions and figures, each condition of the note
 * on its own (mutation run of session 13).
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/answer/schema.js';
import { yearNotStatedNote } from '../../src/answer/year-not-stated.js';
import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';

const PLACES = knownPlaces(['钱塘区', '杭州市']);
const read = (q: string): UnderstoodQuery => understandQuery(q, PLACES, { today: new Date('2026-12-01') });
const gdp = (period: string, district = '钱塘区'): Figure => ({
  indicator: '地区生产总值',
  value: 1100,
  unit: '亿元',
  kind: 'actual',
  period,
  district,
  citationId: 'c1',
});

describe('yearNotStatedNote', () => {
  it('says the asked year is not given and names the year shown', () => {
    expect(yearNotStatedNote(read('钱塘区2020年GDP是多少'), [gdp('2019')])).toBe('报告未给出2020年数据，只有2019年：');
  });

  it('says it in English for an English question', () => {
    expect(yearNotStatedNote(read("What was Qiantang's GDP in 2020?"), [gdp('2019')])).toBe('The reports give no 2020 figure, only 2019: ');
  });

  it('is silent when a figure of the asked year is there, whatever its place in the list', () => {
    expect(yearNotStatedNote(read('钱塘区2020年GDP是多少'), [gdp('2019'), gdp('2020')])).toBeNull();
    expect(yearNotStatedNote(read('钱塘区2020年GDP是多少'), [gdp('2020'), gdp('2019')])).toBeNull();
  });

  it('is silent when a span holding the year is given, at either end or inside', () => {
    for (const span of ['2016-2020', '2020-2024', '2018-2022'])
      expect(yearNotStatedNote(read('钱塘区2020年GDP是多少'), [gdp(span), gdp('2019')])).toBeNull();
  });

  it('speaks when a span beside it does not hold the year', () => {
    expect(yearNotStatedNote(read('钱塘区2020年GDP是多少'), [gdp('2021-2025'), gdp('2019')])).toBe('报告未给出2020年数据，只有2019年：');
    expect(yearNotStatedNote(read('钱塘区2020年GDP是多少'), [gdp('2015-2019'), gdp('2019')])).toBe('报告未给出2020年数据，只有2019年：');
  });

  it('reads a period that is no year as holding none', () => {
    expect(yearNotStatedNote(read('钱塘区2020年GDP是多少'), [gdp('近年'), gdp('2019')])).toBe('报告未给出2020年数据，只有2019年：');
  });

  it('names a single year, never a span, as the year shown; none when only spans are there', () => {
    expect(yearNotStatedNote(read('钱塘区2020年GDP是多少'), [gdp('2021-2025'), gdp('2021')])).toBe('报告未给出2020年数据，只有2021年：');
    expect(yearNotStatedNote(read('钱塘区2020年GDP是多少'), [gdp('2021-2025')])).toBeNull();
    // A part of a year is no single year.
    expect(yearNotStatedNote(read('钱塘区2020年GDP是多少'), [gdp('2021H1')])).toBeNull();
  });

  it('is silent when no number is asked, no indicator is named, or not exactly one year is asked', () => {
    expect(yearNotStatedNote(read('钱塘区2020年经济发展有哪些亮点'), [gdp('2019')])).toBeNull();
    expect(yearNotStatedNote(read('钱塘区2020年是多少'), [gdp('2019')])).toBeNull();
    expect(yearNotStatedNote(read('钱塘区GDP是多少'), [gdp('2019')])).toBeNull();
    expect(yearNotStatedNote(read('钱塘区2020年和2021年GDP是多少'), [gdp('2019')])).toBeNull();
  });

  it('is silent for a plan period asked', () => {
    const q = read('钱塘区2020年GDP是多少');
    expect(yearNotStatedNote({ ...q, planPeriod: { from: 2016, to: 2020 } }, [gdp('2019')])).toBeNull();
  });

  it('is silent when no figure of the asked indicator and place is there', () => {
    expect(yearNotStatedNote(read('钱塘区2020年GDP是多少'), [])).toBeNull();
    expect(yearNotStatedNote(read('钱塘区2020年GDP是多少'), [gdp('2019', '杭州市')])).toBeNull();
    expect(yearNotStatedNote(read('钱塘区2020年GDP是多少'), [{ ...gdp('2019'), indicator: '一般公共预算收入' }])).toBeNull();
  });
});
