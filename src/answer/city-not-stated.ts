import { placeAliases } from '../lang/zh/glossary.js';
import type { UnderstoodQuery } from '../retrieve/query.js';
import { valueText } from './figure-format.js';
import { message } from './messages.js';
import type { Figure } from './schema.js';

/**
 * The words that go before a lead answering a city asked inside its province ("广东深圳去年GDP多少") with the province's own
 * figure, which the reports give where they give none of the city: "报告未给出深圳市的该项数据，以下为广东省的：". Without it
 * Guangdong's 14.58万亿元 reads as Shenzhen's. Null when no such city is asked, when no glossary indicator is, or when a
 * figure of the lead names the city ("深圳地铁客流…").
 */
export function cityNotStatedNote(query: UnderstoodQuery, figures: readonly Figure[], lead: string): string | null {
  const cities = query.citiesWithin ?? [];
  // Only an indicator the province measures too (GDP, income): a thing no indicator names ("济青烟…消费试点") found in the
  // province's report is most often the city's own.
  if (!cities.length || !query.wantsQuantity || query.places.length !== 1 || !query.indicators.length) return null;
  const led = figures.filter((f) => lead.includes(valueText(f, query.language)));
  const namesCity = (f: Figure) => cities.some((c) => placeAliases(c).some((a) => a.length >= 2 && f.indicator.includes(a)));
  if (!led.length || led.some(namesCity)) return null;
  return message('cityNotStated', query.language, { cities, province: query.places[0] });
}
