/**
 * An amount written twice, in two currencies ("实际使用外资160.6亿美元、折合1148亿元人民币"), and a question asking one of them
 * ("折合人民币多少", "in US$"). Data for src/figures/currency-conversions.ts and the lead's choice of figure.
 */

/** The verbs a conversion is written with, kept before its value ("折合1148亿元"). */
export const CONVERSION_VERBS: readonly string[] = ['折合', '约合', '相当于'];

/** The name a conversion's figure is read with when nothing else names it: "折合人民币", "约合人民币", its verb first. */
export const CONVERSION_NAME = /^(折合|约合|相当于)(?:人民币|美元)?$/;

/** The currency a conversion is written in, after its verb: the Chinese of its name. */
export const CONVERSION_CURRENCY = /人民币|美元/;

/** Currencies other than the yuan, as units end: "亿美元", "万欧元". */
export const FOREIGN_CURRENCY_UNIT = /(?:美|欧|港|日)元$/;

/** The currency a question asks an amount in, or null. */
export type AskedCurrency = 'yuan' | 'dollars';

const YUAN_ASKED = /人民币|折合成?(?:多少)?(?:亿|万)?元|\bin (?:rmb|yuan|renminbi)\b|\brmb\b/i;
const DOLLARS_ASKED = /美元|美金|\bin (?:us\s?)?(?:\$|dollars)|\bus\$|\busd\b|\bin us dollars\b/i;

export function askedCurrency(question: string): AskedCurrency | null {
  if (DOLLARS_ASKED.test(question)) return 'dollars';
  if (YUAN_ASKED.test(question)) return 'yuan';
  return null;
}

/** Whether a figure's unit is in the currency asked. */
export function inCurrency(unit: string, currency: AskedCurrency): boolean {
  if (currency === 'dollars') return unit.endsWith('美元');
  return unit.endsWith('元') && !FOREIGN_CURRENCY_UNIT.test(unit);
}
