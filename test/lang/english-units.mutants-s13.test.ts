/**
 * Chinese units said in English: the rounding of the English number, the scale word's boundaries,
 * negative amounts and which units count in 万 or 亿 (mutation run of session 13; the cases of
 * english-units-s12.test.ts are not repeated).
 */
import { describe, expect, it } from 'vitest';
import { englishQuantity, isScaledUnit } from '../../src/lang/en/english-units.js';

describe('englishQuantity', () => {
  it('keeps a percent or a bare number as written', () => {
    expect(englishQuantity(5, '')).toBe('5');
    expect(englishQuantity(-2.5, '%')).toBe('-2.5%');
  });

  it('names each unit of the same size by its English word', () => {
    expect(englishQuantity(2, '倍')).toBe('2 times');
    expect(englishQuantity(1.2, '万亿美元')).toBe('1.2 trillion US dollars');
    expect(englishQuantity(120, '公里')).toBe('120 km');
  });

  it('takes the largest scale word the amount reaches, from exactly one of it', () => {
    expect(englishQuantity(1, '万亿元')).toBe('1 trillion yuan');
    // 100万元 = 1 000 000 yuan: exactly a million.
    expect(englishQuantity(100, '万元')).toBe('1 million yuan');
    // 10亿元 = 1 billion; 1万亿 written in 亿元 is a trillion.
    expect(englishQuantity(10, '亿元')).toBe('1 billion yuan');
    expect(englishQuantity(10000, '亿元')).toBe('1 trillion yuan');
    expect(englishQuantity(1.2, '千亿元')).toBe('120 billion yuan');
  });

  it('writes a number below a million out, thousands separated', () => {
    expect(englishQuantity(99.9999, '万元')).toBe('999,999 yuan');
    expect(englishQuantity(12.3456, '万人')).toBe('123,456 people');
  });

  it('rounds to whole numbers from 100, two decimals below (1003万 is 10.03 million, not 10)', () => {
    expect(englishQuantity(1234.56, '亿元')).toBe('123 billion yuan');
    expect(englishQuantity(100.56, '万元')).toBe('1.01 million yuan');
    expect(englishQuantity(123.456, '亿元')).toBe('12.35 billion yuan');
    expect(englishQuantity(12.3456, '亿元')).toBe('1.23 billion yuan');
    expect(englishQuantity(1005, '万人')).toBe('10.05 million people');
    expect(englishQuantity(1003, '万千瓦')).toBe('10.03 million kW');
    expect(englishQuantity(10050.4, '万元')).toBe('101 million yuan');
  });

  it('scales a negative amount by its size, the sign kept', () => {
    expect(englishQuantity(-30, '亿元')).toBe('-3 billion yuan');
    expect(englishQuantity(-1234.56, '亿元')).toBe('-123 billion yuan');
    expect(englishQuantity(-123.456, '亿元')).toBe('-12.35 billion yuan');
    expect(englishQuantity(-5, '万人')).toBe('-50,000 people');
  });
});

describe('isScaledUnit', () => {
  it('holds for units in 万 or 亿 of something, and 万亿 units with a word of their own', () => {
    expect(isScaledUnit('亿元')).toBe(true);
    expect(isScaledUnit('万人')).toBe(true);
    expect(isScaledUnit('万亿元')).toBe(true);
    expect(isScaledUnit('万亿美元')).toBe(true);
  });

  it('does not hold for units counted one by one, nor for a 万亿 unit no list knows', () => {
    expect(isScaledUnit('元')).toBe(false);
    expect(isScaledUnit('%')).toBe(false);
    expect(isScaledUnit('个百分点')).toBe(false);
    expect(isScaledUnit('万亿立方米')).toBe(false);
  });
});
