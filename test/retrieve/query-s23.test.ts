/**
 * Session 23's readings of a question, on short questions and a hand-picked list of known places (found on the tune
 * halves of fresh-m … fresh-q).
 */
import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const PLACES = knownPlaces(['浙江省', '江苏省', '国务院', '拱墅区', '杭州市']);
const read = (q: string, places = PLACES) => understandQuery(q, places, { today: new Date('2026-12-03') });

describe('a class of cities is no place', () => {
  it('reads no district out of 地级及以上城市 (上城 inside 以上城市)', () => {
    expect(read('PM2.5浓度五年里降了多少 地级及以上城市').unknownPlaces).toEqual([]);
    expect(read('县级以上城市空气优良天数比例是多少').unknownPlaces).toEqual([]);
  });

  it('still reads 上城 written as a place of its own', () => {
    expect(read('上城区2024年GDP是多少').unknownPlaces).toEqual(['上城区']);
    expect(read('上城2024年GDP是多少').unknownPlaces).toEqual(['上城区']);
  });
});

describe('a year written straight before a word', () => {
  it('is set apart for the segmenter, the rest as written', async () => {
    const { withYearsApart } = await import('../../src/lang/zh/years.js');
    expect(withYearsApart('云南2025年州市级儿童急诊')).toBe('云南2025年 州市级儿童急诊');
    expect(withYearsApart('江苏24年新增了多少')).toBe('江苏24年 新增了多少');
    expect(withYearsApart('2025年？')).toBe('2025年？');
    expect(withYearsApart('第1年')).toBe('第1年');
  });
});

describe('the words pointing at an outline item', () => {
  it('are taken out, the subject left', async () => {
    const { withoutItemPointer } = await import('../../src/lang/zh/outline-item-words.js');
    expect(withoutItemPointer('第二项细说一下 科技领军企业培育几家').trim()).toBe('科技领军企业培育几家');
    expect(withoutItemPointer('第3条展开说说').trim()).toBe('');
    expect(withoutItemPointer('科技领军企业培育几家')).toBe('科技领军企业培育几家');
  });
});
