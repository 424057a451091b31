import type { UnderstoodQuery } from '../retrieve/query.js';
import { periodSpan } from '../lang/zh/years.js';
import { askedFigures } from './level-not-stated.js';
import { message } from './messages.js';
import type { Figure } from './schema.js';

/**
 * The words that go before a lead answering one year ("钱塘区2020年GDP") with another year's figure, the
 * only one the passages give ("地区生产总值…2019年分别突破1100亿元"): "报告未给出2020年数据，只有2019年：".
 * The lead names its own year, but a reader who asked 2020 reads the first number as 2020's. Null when
 * one year is not asked, when a figure of the asked indicator is of that year (or a span holding it),
 * or when none is of a single other year.
 */
export function yearNotStatedNote(query: UnderstoodQuery, figures: readonly Figure[]): string | null {
  if (!query.wantsQuantity || !query.indicators.length || query.years.length !== 1 || query.planPeriod) return null;
  const [year] = query.years;
  const asked = askedFigures(query, figures);
  if (!asked.length || asked.some((f) => holdsYear(f.period, year))) return null;
  const other = asked.find((f) => /^\d{4}$/.test(f.period));
  return other ? message('yearNotStated', query.language, { asked: year, shown: Number(other.period) }) : null;
}

/** Whether a period is the year, or a span ("2021-2025") that holds it. */
function holdsYear(period: string, year: number): boolean {
  const span = periodSpan(period);
  return span !== null && span.from <= year && year <= span.to;
}
