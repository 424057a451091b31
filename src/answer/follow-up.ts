import type { UnderstoodQuery } from '../retrieve/query.js';
import { FOLLOW_UP_FILLERS, YEAR_MENTION } from '../lang/zh/follow-up-words.js';

/**
 * A follow-up in a conversation ("那2025年的目标呢？") names what changed; place, year and topic
 * it does not name come from the latest earlier question that had them.
 */
export function inheritFromHistory(query: UnderstoodQuery, history: readonly UnderstoodQuery[]): UnderstoodQuery {
  if (!history.length) return query;
  const previous = [...history].reverse();
  const out: UnderstoodQuery = { ...query };
  if (!out.places.length && !out.unknownPlaces.length) out.places = previous.find((q) => q.places.length)?.places ?? [];
  if (!out.years.length && !out.planPeriod) {
    const withYear = previous.find((q) => q.years.length || q.planPeriod);
    if (withYear) {
      out.years = withYear.years;
      out.planPeriod = withYear.planPeriod;
    }
  }
  const isShort = query.searchText.replace(FOLLOW_UP_FILLERS, '').length <= 14;
  if (!out.indicators.length && isShort && !query.wantsPriorities) {
    const topic = previous.find((q) => q.indicators.length) ?? previous[0];
    out.indicators = topic.indicators;
    out.searchText = `${topic.searchText.replace(YEAR_MENTION, '')} ${query.searchText}`;
    if (!out.wantsQuantity) out.wantsQuantity = topic.wantsQuantity;
  }
  return out;
}
