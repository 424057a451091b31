/**
 * Indicators that have no level to give beside their change: a price index ("居民消费价格上涨0.2%") or a quantity
 * per unit of output ("单位GDP能耗下降3%"). Asked "多少", their rate is the answer, not a stand-in for an
 * amount the reports leave out.
 */
export const RATE_ONLY_INDICATOR_WORDS: readonly string[] = ['居民消费价格', 'CPI', '物价', '价格指数', '单位', '能耗', '强度', '排放'];

const RATE_ONLY = new RegExp(RATE_ONLY_INDICATOR_WORDS.join('|'), 'i');

/** Whether an indicator's figure is a rate by nature (a price index, an intensity). */
export function isRateOnlyIndicator(indicator: string): boolean {
  return RATE_ONLY.test(indicator);
}
