import { CHINESE_DIGITS } from './numerals.js';

/** The ordinal of a heading's number: "3" → 3, "十" → 10, "十二" → 12, "二十一" → 21; null if not one. */
export function chineseOrdinal(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m) return null;
  if (!m[2]) return m[1] ? CHINESE_DIGITS[m[1]] : null;
  return (m[1] ? CHINESE_DIGITS[m[1]] : 1) * 10 + (m[3] ? CHINESE_DIGITS[m[3]] : 0);
}
