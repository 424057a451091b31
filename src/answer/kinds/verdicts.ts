/** Verdicts rankings and trends share: who leads together, and which of two years is higher. */
import { message } from '../messages.js';

/** How many lead the ranking together: the first and those with its very value ("并列"). */
export function tiedAtTop(ranked: readonly { value: number }[]): number {
  const top = ranked[0]?.value;
  const tied = ranked.findIndex((r) => r.value !== top);
  return tied < 0 ? ranked.length : tied;
}

/** Which of two years is higher, or that they are the same ("均为5.5%"), like for like. */
export function yearsVerdict(older: { year: number; value: number }, newer: { year: number; value: number }, lang: 'zh' | 'en'): string {
  if (newer.value === older.value) return message('yearsSame', lang, { year: newer.year, than: older.year });
  return message(newer.value > older.value ? 'yearsHigher' : 'yearsLower', lang, { year: newer.year, than: older.year });
}
