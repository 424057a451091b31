import { describe, expect, it } from 'vitest';
import { englishAmount, englishIndicator, englishPlace } from '../../src/answer/english-names.js';

describe('English names for English questions', () => {
  it('names places and indicators from the glossary, else keeps the Chinese', () => {
    expect(englishPlace('钱塘区')).toBe('Qiantang District');
    expect(englishPlace('国务院')).toBe('China');
    expect(englishPlace('某某县')).toBe('某某县');
    expect(englishIndicator('地区生产总值')).toBe('GDP');
    expect(englishIndicator('R&D经费支出')).toBe('R&D');
    expect(englishIndicator('新招引35周岁以下大学生')).toBeNull();
  });

  it('reads 万 and 亿 amounts out in English', () => {
    expect(englishAmount(20059, '亿元')).toBe('2.01 trillion yuan');
    expect(englishAmount(1416, '亿元')).toBe('142 billion yuan');
    expect(englishAmount(5.34, '亿美元')).toBe('534 million US dollars');
    expect(englishAmount(3.4, '万人')).toBe('34,000 people');
    expect(englishAmount(5.5, '%')).toBeNull();
  });
});
