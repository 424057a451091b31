import { describe, expect, it } from 'vitest';
import { SUBJECT_TAKING_VERB, TIME_BEFORE_VERB } from '../../src/lang/zh/indicator-context.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { govFirstLine } from '../support/engine.js';

/**
 * "重点项目完成投资" is the investment of the key projects, not 固定资产投资: a short name after a verb that takes
 * a subject is the indicator only when a place, a time or nothing stands before the verb.
 */
const today = new Date('2026-12-03');
const PLACES = knownPlaces(['福建省', '浙江省']);
const indicatorsOf = (q: string) => understandQuery(q, PLACES, { today }).indicators.map((i) => i.name);

describe('a subject before a verb that takes one', () => {
  it('is data: the verbs and the times that name no subject', () => {
    expect(SUBJECT_TAKING_VERB.test('福建省重点项目去年完成')).toBe(true);
    expect(SUBJECT_TAKING_VERB.test('福建省重点项目去年推进')).toBe(false);
    for (const time of ['2025年', '去年', '上半年', '十四五期间', '五年来']) expect(TIME_BEFORE_VERB.test(`福建${time}`)).toBe(true);
    expect(TIME_BEFORE_VERB.test('福建重点项目')).toBe(false);
  });

  it('of its own makes the short name no indicator', () => {
    expect(indicatorsOf('福建省重点项目去年完成投资多少')).toEqual([]);
    expect(indicatorsOf('乡村建设行动完成投资多少')).toEqual([]);
  });

  it('left out — a place, a time, the whole society — leaves the indicator', () => {
    for (const q of [
      '福建去年完成投资多少',
      '福建省2025年完成投资多少',
      '十四五累计完成投资多少',
      '全社会完成投资增长多少',
      '去年完成投资多少',
    ])
      expect(indicatorsOf(q), q).toEqual(['固定资产投资']);
    expect(indicatorsOf('浙江2025年实现生产总值多少')).toEqual(['地区生产总值']);
  });

  it("on the reports: the key projects' investment leads, not the fixed-asset investment's growth", async () => {
    const line = await govFirstLine('福建省重点项目去年完成投资多少', today);
    expect(line).toContain('7398亿元');
    expect(line).not.toContain('固定资产投资');
  });
});
