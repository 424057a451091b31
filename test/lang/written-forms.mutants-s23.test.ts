/**
 * Session 23's written forms (lang/zh/written-forms.ts; stryker.s23.json): a medal a question asks is covered by the
 * tally a report writes instead ("斩获12金8银4铜"), each medal by its own place in the tally, and a word with no short
 * form only as written.
 */
import { describe, expect, it } from 'vitest';
import { writesWord } from '../../src/lang/zh/written-forms.js';

describe('a medal asked, the tally written', () => {
  it('covers 金牌, 银牌, 铜牌 and 奖牌 by a tally of gold, silver and bronze', () => {
    for (const word of ['金牌', '银牌', '铜牌', '奖牌']) expect(writesWord('广东代表团斩获12金8银4铜', word)).toBe(true);
  });

  it('reads counts of more than one digit in every place of the tally', () => {
    for (const word of ['金牌', '银牌', '铜牌', '奖牌']) expect(writesWord('勇夺12金10银11铜', word)).toBe(true);
  });

  it('covers no bronze by a tally that writes none', () => {
    expect(writesWord('斩获12金8银', '铜牌')).toBe(false);
    expect(writesWord('斩获12金8银', '银牌')).toBe(true);
  });

  it('reads no tally where the numbers do not stand before each medal', () => {
    for (const word of ['金牌', '银牌', '铜牌', '奖牌']) {
      expect(writesWord('奥运会金银铜合计', word)).toBe(false);
      expect(writesWord('共获金8银4铜3', word)).toBe(false);
    }
  });

  it('covers a word as written, and a word with no short form only so', () => {
    expect(writesWord('新增森林3.1万亩', '森林')).toBe(true);
    expect(writesWord('新增森林3.1万亩', '农田')).toBe(false);
    expect(writesWord('斩获12金8银4铜', '农田')).toBe(false);
    expect(writesWord('获得金牌12枚', '金牌')).toBe(true);
    expect(writesWord('获得金牌12枚', '银牌')).toBe(false);
  });
});
