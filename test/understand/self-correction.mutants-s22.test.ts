/**
 * Session 22's questions that correct themselves (self-correction.ts; stryker.s22.json): the year or place after the
 * correction takes the place of the last of its kind before it, at most MAX_CORRECTIONS (4) corrections read.
 */
import { describe, expect, it } from 'vitest';
import { withSelfCorrection } from '../../src/understand/self-correction.js';

const places = ['浙江省', '浙江', '江苏省', '江苏', '上海市', '上海', 'zhejiang', 'jiangsu'];

describe('withSelfCorrection', () => {
  it('reads four corrections in one question, not a fifth', () => {
    expect(withSelfCorrection('2020年，不对，2021年，不对，2022年，不对，2023年，不对，2024年GDP', places)).toBe('2024年GDP');
    expect(withSelfCorrection('2019年，不对，2020年，不对，2021年，不对，2022年，不对，2023年，不对，2024年GDP', places)).toBe(
      '2023年，不对，2024年GDP',
    );
  });

  it('replaces the last place written before the correction, not the first', () => {
    expect(withSelfCorrection('江苏比上海高多少，不对，浙江', places)).toBe('江苏比浙江高多少');
    expect(withSelfCorrection('上海比江苏高多少，不对，浙江', places)).toBe('上海比浙江高多少');
  });

  it('replaces the longest name written at a place, whatever order the names come in', () => {
    expect(withSelfCorrection('江苏省去年GDP增长多少，不对，是浙江', ['江苏', '浙江', '江苏省', '浙江省'])).toBe('浙江去年GDP增长多少');
  });

  it('replaces only the place, keeping what follows it before and after the correction', () => {
    expect(withSelfCorrection('江苏去年GDP，不对，浙江，增长多少', places)).toBe('浙江去年GDP，增长多少');
  });

  it('reads a year after the correction written with a capital', () => {
    const corrected = withSelfCorrection("Zhejiang's GDP growth in 2024 — sorry, Last year?", places);
    expect(corrected).toContain('Last year');
    expect(corrected).not.toMatch(/2024|sorry/);
    expect(withSelfCorrection("Zhejiang's GDP growth in 2024 — sorry, In 2023?", places)).toBe("Zhejiang's GDP growth In 2023?");
  });
});
