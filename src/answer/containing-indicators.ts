import { glossary } from '../lang/zh/glossary.js';

/**
 * Names of other indicators that contain an asked name: "出口" is inside "进出口总额", "投资" inside
 * "制造业投资", "生产总值" inside "人均生产总值". A figure named by one of them is that other
 * indicator, not the asked one: "How much did Guangdong export" is not answered by 进出口总额.
 */
export function containingNames(askedNames: readonly string[]): string[] {
  const key = askedNames.join('\u0000');
  const known = cache.get(key);
  if (known) return known;
  const asked = new Set(askedNames);
  const out = new Set<string>();
  for (const entry of glossary().indicators) {
    const names = [entry.name, ...entry.synonyms];
    // An asked indicator's own longer names are the asked indicator.
    if (names.some((n) => asked.has(n))) continue;
    for (const other of names) if (askedNames.some((a) => other.length > a.length && other.includes(a))) out.add(other);
  }
  // Longest first, so "单位地区生产总值能耗" goes before a shorter name inside it.
  const names = [...out].sort((a, b) => b.length - a.length);
  cache.set(key, names);
  return names;
}

/** Asked names are few and repeat across every figure of an answer. */
const cache = new Map<string, string[]>();

/** The figure's name with every other indicator's name that contains an asked one blanked out. */
export function withoutContainingNames(indicator: string, askedNames: readonly string[]): string {
  return containingNames(askedNames).reduce((text, name) => text.split(name).join('\u0000'), indicator);
}
