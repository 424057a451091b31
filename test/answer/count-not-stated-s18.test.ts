/**
 * A count asked in its unit where the passages give only the named thing's growth ("北京去年新设外资企业多少家":
 * "新设外资企业数量增长19.5%"): said so before the growth (src/answer/level-not-stated.ts, `countNotStatedNote`).
 */
import { describe, expect, it } from 'vitest';
import { countNotStatedNote } from '../../src/answer/level-not-stated.js';
import type { Figure } from '../../src/answer/schema.js';
import { asked, indicator } from '../support/hand-built-query.js';
import { resultFigure } from '../support/hand-built-evidence.js';

const growth = (name: string, value: number): Figure => ({
  ...resultFigure(name, value, '%', 'c1'),
  change: { direction: 'up', value, unit: '%' },
});
const q = (question: string, fields = {}) => asked(question, { wantsQuantity: true, ...fields });

describe('a count asked where only a growth is given', () => {
  it('is said before the growth', () => {
    expect(countNotStatedNote(q('北京去年新设外资企业多少家'), [growth('新设外资企业数量', 19.5)])).toBe(
      '报告未给出数量（家），只有增速：',
    );
  });

  it('is not said when the count is given, a growth or money is asked, or nothing named is found', () => {
    const count = resultFigure('新设外资企业', 2000, '家', 'c1');
    expect(countNotStatedNote(q('北京去年新设外资企业多少家'), [growth('新设外资企业数量', 19.5), count])).toBeNull();
    expect(countNotStatedNote(q('北京去年新设外资企业增长多少'), [growth('新设外资企业数量', 19.5)])).toBeNull();
    expect(countNotStatedNote(q('北京去年外资企业投资多少亿元'), [growth('外资企业投资', 19.5)])).toBeNull();
    expect(countNotStatedNote(q('北京去年新设外资企业多少家'), [growth('地区生产总值', 5)])).toBeNull();
  });

  it('leaves glossary indicators, English and questions asking no number to the other notes', () => {
    const figures = [growth('新设外资企业数量', 19.5)];
    expect(countNotStatedNote(q('北京去年新设外资企业多少家', { indicators: [indicator('地区生产总值')] }), figures)).toBeNull();
    expect(countNotStatedNote(q('北京去年新设外资企业多少家', { language: 'en' }), figures)).toBeNull();
    expect(countNotStatedNote(asked('北京去年新设外资企业多少家'), figures)).toBeNull();
    expect(countNotStatedNote(q('北京新设外资企业全国排第几'), figures)).toBeNull();
  });

  it('needs the named figure to be a growth only', () => {
    const level = resultFigure('新设外资企业数量', 19.5, '%', 'c1');
    expect(countNotStatedNote(q('北京去年新设外资企业多少家'), [level])).toBeNull();
  });
});
