/**
 * Indicators whose level is better the lower it is: a rate of unemployment, a concentration of fine particles, the gap
 * between urban and rural incomes, a rate of deaths or of bad loans. A comparison of two such levels says so, so "北京更高：
 * 27 对 26.3微克/立方米" is not read as Beijing doing better. A new one is a line here.
 */
export const LOWER_IS_BETTER_WORDS: readonly string[] = ['失业率', '细颗粒物', 'PM2.5', '收入比', '死亡率', '不良贷款率', '能耗强度'];

/** Whether an indicator, as a report names it, is one whose level is better lower ("细颗粒物年均浓度", "城镇调查失业率"). */
export function isLowerBetter(indicator: string): boolean {
  return LOWER_IS_BETTER_WORDS.some((w) => indicator.includes(w));
}
