import { describe, expect, it } from 'vitest';
import { message } from '../../src/answer/messages.js';
import { englishQuantity } from '../../src/lang/en/english-units.js';

describe('Chinese units in English connecting words', () => {
  it('keep the number where English has a word of the same size', () => {
    expect(englishQuantity(0.5, '万亿元')).toBe('0.5 trillion yuan');
    expect(englishQuantity(0.3, '个百分点')).toBe('0.3 percentage points');
    expect(englishQuantity(5.1, '%')).toBe('5.1%');
  });

  it('rescale 万 and 亿 to English thousands, millions and billions, the quantity unchanged', () => {
    expect(englishQuantity(3000, '亿元')).toBe('300 billion yuan');
    expect(englishQuantity(5, '万人')).toBe('50,000 people');
    expect(englishQuantity(9.6, '亿人次')).toBe('960 million person-times');
  });

  it('keep a unit they do not list as written', () => {
    expect(englishQuantity(12, '场')).toBe('12场');
  });

  it('are used by the English change, leader-unit and difference wordings', () => {
    expect(message('leadChange', 'en', { down: false, value: 0.5, unit: '万亿元' })).toBe(', up 0.5 trillion yuan');
    expect(message('leadChange', 'zh', { down: false, value: 0.5, unit: '万亿元' })).toBe('，增加0.5万亿元');
    expect(message('inLeaderUnit', 'en', { value: 5.78, unit: '万亿元' })).toBe(' (about 5.78 trillion yuan)');
    expect(message('yearsDifference', 'en', { more: true, amount: 0.5, unit: '万亿元', rate: false })).toBe(
      ', 0.5 trillion yuan more (the difference of the two)',
    );
  });
});
