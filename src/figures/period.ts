import { periodSpan, statedYears } from '../lang/zh/years.js';

/**
 * The period of a sentence's figures: its section's, unless the sentence states one other year
 * for them ("2021年R&D经费支出增长0.3%" in the 2022 review, R&D figures coming a year late;
 * "到2025年，地区生产总值突破1600亿元" in a 2021 plan). Years that are a base or a benchmark
 * (statedYears) are not the figures' year; the section's own year, or its span's end, keeps it.
 */
export function figurePeriod(sentence: string, sectionPeriod: string): string {
  const stated = new Set(statedYears(sentence));
  if (stated.size !== 1) return sectionPeriod;
  const [year] = stated;
  const section = periodSpan(sectionPeriod);
  // The section's own year, or the last year of its span (a plan's end), keeps the section's label.
  return section && (Number(year) === section.to || (section.from === section.to && Number(year) === section.from)) ? sectionPeriod : year;
}
