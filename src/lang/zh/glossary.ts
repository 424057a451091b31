import { readFileSync } from 'node:fs';
import { z } from 'zod';

const GlossarySchema = z.object({
  places: z.array(z.object({ name: z.string(), aliases: z.array(z.string()) })),
  indicators: z.array(z.object({ name: z.string(), synonyms: z.array(z.string()), en: z.array(z.string()) })),
  english: z.array(
    z.object({
      en: z.array(z.string()),
      zh: z.array(z.string()),
      intent: z.enum(['plan', 'result']).optional(),
      // The Chinese are wordings the reports use in turn ("重大项目", "重点项目"): a sentence writes one of them.
      alternatives: z.boolean().optional(),
    }),
  ),
});
export type Glossary = z.infer<typeof GlossarySchema>;
const CitiesSchema = z.object({
  source: z.string(),
  // Each city with its short name (通化 of 通化市), which counts as the city only where a place stands when it is no alias.
  places: z.array(GlossarySchema.shape.places.element.extend({ short: z.string() })),
  within: z.record(z.string(), z.string()),
});
type Cities = z.infer<typeof CitiesSchema>;

let citiesRead: Cities | null = null;

/** cities.json (GB/T 2260), read once: the country's cities and the province each is in. */
function cities(): Cities {
  citiesRead ??= CitiesSchema.parse(JSON.parse(readFileSync(new URL('./cities.json', import.meta.url), 'utf8')));
  return citiesRead;
}

/** The province a city is in ("深圳市" → 广东省), from cities.json; undefined for a province or a name it does not hold. */
export function provinceOf(city: string): string | undefined {
  return cities().within[city];
}

/**
 * The city a short name written where a place stands names ("通化" in "通化去年规上工业增速" is 通化市), though the short
 * name alone is no alias of it (通化 is inside 沟通化解); undefined for any other word.
 */
export function cityOfShortName(short: string): string | undefined {
  if (short.length < 2) return undefined;
  citiesByShortName ??= firstByKey(cities().places, (p) => p.short);
  return citiesByShortName.get(short)?.name;
}

let citiesByShortName: ReadonlyMap<string, Cities['places'][number]> | null = null;

/**
 * "石渠25年牧民人均收入": a county whose short name is a word of the dictionary is read only by its whole name (石渠县), but its
 * name without 县, standing right before a year, is that county too.
 */
export function countyBeforeYear(stem: string): string | undefined {
  // (No county's whole name is one character and 县: cityOfShortName holds none.)
  return cityOfShortName(`${stem}县`);
}

/** Entries by a key, the first of each key kept (as `find` would return it): two thousand places are looked up per question. */
function firstByKey<T>(entries: readonly T[], key: (entry: T) => string): ReadonlyMap<string, T> {
  const byKey = new Map<string, T>();
  for (const entry of entries) if (!byKey.has(key(entry))) byKey.set(key(entry), entry);
  return byKey;
}
export type IndicatorEntry = Glossary['indicators'][number];

let cached: Glossary | null = null;

/** The bilingual glossary kept as data beside this file: places, indicator synonyms, English terms. */
export function glossary(): Glossary {
  if (!cached) {
    const own = GlossarySchema.parse(JSON.parse(readFileSync(new URL('./glossary.json', import.meta.url), 'utf8')));
    // The country's cities (cities.json, GB/T 2260) are places too, so "合肥" is a place the reports do not
    // cover, never words to search; the glossary's own entries come first and win.
    const named = new Set(own.places.map((p) => p.name));
    cached = { ...own, places: [...own.places, ...cities().places.filter((c) => !named.has(c.name))] };
  }
  return cached;
}

let placesByName: ReadonlyMap<string, Glossary['places'][number]> | null = null;

/** Names a place goes by: the issuer, its short form ("钱塘区" → "钱塘") and the glossary's aliases. */
export function placeAliases(issuer: string): string[] {
  placesByName ??= firstByKey(glossary().places, (p) => p.name);
  const entry = placesByName.get(issuer);
  const short = issuer.replace(/(壮族|回族|维吾尔)?(自治区|省|市|区|县)$/, '');
  return [...new Set([issuer, ...(short.length >= 2 ? [short] : []), ...(entry?.aliases ?? [])])];
}

let indicatorNames: Set<string> | null = null;

/** Whether a name is one of the glossary's indicators, by its name or a synonym ("一般公共预算支出", "财政支出"). */
export function isIndicatorName(name: string): boolean {
  indicatorNames ??= new Set(glossary().indicators.flatMap((i) => [i.name, ...i.synonyms]));
  return indicatorNames.has(name);
}
