import { describe, expect, it } from 'vitest';
import * as chineseNumber from '../../src/lang/zh/chinese-number.js';
import { LAYOUT_SPACE_RULES, normalizeForSearch } from '../../src/lang/zh/normalize.js';
import { CHINESE_DIGITS, LARGE_UNITS } from '../../src/lang/zh/numbers/numerals.js';
import { chineseOrdinal } from '../../src/lang/zh/numbers/ordinal.js';
import { FIVE_YEAR_REVIEW } from '../../src/lang/zh/years.js';

const closeSpaces = (text: string) => LAYOUT_SPACE_RULES.reduce((out, r) => out.replace(r.pattern, r.replacement), text);

describe('normalisation', () => {
  it('closes layout spaces inside numbers and between Chinese characters', () => {
    expect(closeSpaces('增长38 .3%，达到 75 亿元')).toBe('增长38.3%，达到75亿元');
    expect(closeSpaces('1 努力发展')).toBe('1 努力发展');
    expect(normalizeForSearch('**ＧＤＰ** 增长 5％')).toBe('GDP增长5%');
  });
});

describe('numbers', () => {
  it('keeps numerals as data and the public API in one place', () => {
    expect(CHINESE_DIGITS.两).toBe(2);
    expect(LARGE_UNITS.亿).toBe(1e8);
    expect(chineseOrdinal('二十一')).toBe(21);
    expect(chineseOrdinal('十')).toBe(10);
    expect(chineseNumber.parseChineseNumber('十二万三千')).toBe(123000);
    expect(chineseNumber.parsePercentage('千分之2.4')).toBe(0.24);
    expect(chineseNumber.scanCurrencies('3.5亿元')[0].value).toBe(350000000);
  });

  it('reads a five-year review by the plans in the one table', () => {
    expect(FIVE_YEAR_REVIEW.test('“十六五”')).toBe(true);
    expect(FIVE_YEAR_REVIEW.test('“十七五”')).toBe(false);
  });
});
