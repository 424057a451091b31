import { asksOverSpan } from './span-question-words.js';
import { alternation } from './regexp.js';
import { FIVE_YEAR_FIGURES, FROM_TO } from './years.js';

/**
 * Measures named with 年均 that are one year's level, not an average over years: "PM2.5年均浓度" is
 * 2025's air quality, while "年均增长" asks over several years.
 */
export const ANNUAL_MEAN_MEASURES: readonly string[] = ['浓度', '气温', '降水', '降雨', '日照'];

const ANNUAL_MEAN = new RegExp(`年均(?=${alternation(ANNUAL_MEAN_MEASURES)})`, 'g');

/** The question asks a figure over several years ("过去五年", "十四五期间", "年均增长"), not one year's level. */
export function asksOverSeveralYears(question: string): boolean {
  return asksOverSpan(question.replace(ANNUAL_MEAN, ''));
}

/**
 * A sentence's words give a figure over several years: a yearly average or milestones passed
 * ("年均增长5.9%", "连续跨越…"), or a change from one value to another ("从…提高到…"). "PM2.5年均浓度为
 * 26.3微克" is one year's level.
 */
export function speaksOfSeveralYears(norm: string): boolean {
  return FIVE_YEAR_FIGURES.test(norm.replace(ANNUAL_MEAN, '')) || FROM_TO.test(norm);
}
