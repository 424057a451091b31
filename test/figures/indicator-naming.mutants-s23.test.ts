/**
 * Session 23's list totalled before its number (figures/indicator-naming.ts; stryker.s23.json): only a list of two or
 * more items before 共 is examples of the noun after the number; one item before 共 names the figure itself.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/extract.js';

const read = (sentence: string) =>
  extractFigures({ sentence, citationId: 'x', period: '2024', district: '上海市', kind: 'result', source: 'text' });

describe('one item before 共 is no list', () => {
  it('names the total by the one item, not by the noun after the number', () => {
    const [first] = read('建成机场联络线共67公里轨道交通线。');
    expect(first).toMatchObject({ value: 67, unit: '公里' });
    expect(first?.indicator).toContain('机场联络线');
  });

  it('names it by the noun after the number when two items are listed', () => {
    expect(read('建成机场联络线、17号线西延伸共67公里轨道交通线。')[0]).toMatchObject({ indicator: '轨道交通线', value: 67 });
  });
});
