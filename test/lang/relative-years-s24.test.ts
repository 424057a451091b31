import { describe, expect, it } from 'vitest';
import { resolveYears } from '../../src/lang/zh/relative-years.js';

const today = new Date('2026-12-04');
const years = (text: string) => [...resolveYears(text, { today }).years].sort();

describe('a relative year after 比', () => {
  it('is a comparison base, no year asked, when a change follows', () => {
    expect(years('浙江GDP比去年增长多少')).toEqual([]);
    expect(years('与去年同期相比增长多少')).toEqual([]);
  });

  it('is a year asked when its own plan or figure follows', () => {
    expect(years('今年计划比去年计划少多少公里')).toEqual([2025, 2026]);
    expect(years('今年的计划比去年的少了多少座')).toEqual([2025, 2026]);
    expect(years('今年目标比去年目标高多少')).toEqual([2025, 2026]);
  });
});
