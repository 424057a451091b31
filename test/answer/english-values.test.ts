import { describe, expect, it } from 'vitest';
import { englishIndicator, englishValueText } from '../../src/answer/english-names.js';
import { valueText } from '../../src/answer/figure-format.js';

describe('a value in an English answer', () => {
  it('says the Chinese bound words in English, the number and unit as written', () => {
    expect(englishValueText('5%以上')).toBe('over 5%');
    expect(englishValueText('5%左右')).toBe('about 5%');
    expect(englishValueText('5%以内')).toBe('within 5%');
    expect(englishValueText('超3000亿元')).toBe('over 3000亿元');
    expect(englishValueText('近30%')).toBe('nearly 30%');
    expect(englishValueText('50余场')).toBe('over 50场');
    // One bound word is enough: "确保5%以上" is at least 5%.
    expect(englishValueText('确保5%以上')).toBe('at least 5%');
    expect(englishValueText('5–5.5%')).toBe('5–5.5%');
    // A word that is no qualifier before a number stays.
    expect(englishValueText('全国第1位')).toBe('全国第1位');
  });

  it("is a figure's value text in English when the answer is English, in Chinese otherwise", () => {
    const f = { value: 5, unit: '%', qualifier: '左右' };
    expect(valueText(f)).toBe('5%左右');
    expect(valueText(f, 'en')).toBe('about 5%');
  });
});

describe("an indicator's English label", () => {
  it('keeps acronyms upper-case', () => {
    expect(englishIndicator('新能源汽车产量')).toBe('NEV Output');
    expect(englishIndicator('PM2.5')).toBe('PM2.5');
    expect(englishIndicator('科技型中小企业')).toBe('Tech-based SMEs');
  });
});
