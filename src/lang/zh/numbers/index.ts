/**
 * Numbers as Chinese reports (and Microsoft Recognizers-Text) write them: Arabic digits with
 * thousands separators, full-width digits, Chinese numerals with 万/亿 magnitudes, decimals,
 * fractions, negatives and percentages. Everything here is pure and never throws.
 */
export { toHalfWidth } from './characters.js';
export { type Currency, type CurrencyMention, scanCurrencies } from './currency.js';
export type { NumberMention, NumberMentionKind, PercentForm, ScanOptions } from './mention.js';
export { chineseOrdinal } from './ordinal.js';
export { parseChineseNumber, parsePercentage } from './parse.js';
export { scanNumbers } from './scan.js';
