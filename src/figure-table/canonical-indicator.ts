/**
 * The indicator a figure's name stands for, as the figure table files it: the glossary's name when
 * the figure's name is a glossary name or synonym (after the scope, population group and growth
 * words around it), else the name itself so stripped. "全市生产总值" and "GDP" file under
 * 地区生产总值; "民间投资" stays 民间投资 and is never filed under 固定资产投资 for ending in 投资.
 */
import { glossary } from '../lang/zh/glossary.js';
import { GROWTH_SUFFIXES, POPULATION_PREFIXES, SCOPE_PREFIXES } from '../lang/zh/indicator-scopes.js';
import { sharePart } from '../lang/zh/share-words.js';

export interface CanonicalIndicator {
  /** The glossary's name, or the figure's own name stripped of scope and growth words. */
  id: string;
  /** Whether `id` is a glossary indicator. */
  inGlossary: boolean;
  /** The population group the name was written for ("城镇"), when it names one. */
  group?: string;
}

/** Every glossary name and synonym, lower-cased, to its indicator's name. */
function namesToIndicator(): ReadonlyMap<string, string> {
  if (!byName) {
    const map = new Map<string, string>();
    for (const entry of glossary().indicators) {
      for (const name of [entry.name, ...entry.synonyms]) if (!map.has(name.toLowerCase())) map.set(name.toLowerCase(), entry.name);
    }
    byName = map;
  }
  return byName;
}
let byName: ReadonlyMap<string, string> | undefined;

/** Strips one of `words` from the start of `name` (repeatedly, since "全市全社会…" stacks them). */
function stripPrefixes(name: string, words: readonly string[]): string {
  let out = name;
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of words) {
      if (out.startsWith(w) && out.length > w.length + 1) {
        out = out.slice(w.length);
        changed = true;
      }
    }
  }
  return out;
}

export function canonicalIndicator(name: string): CanonicalIndicator {
  // A share is filed under the indicator it is a share of ("研发经费支出占GDP比重" under 研发经费),
  // its measure telling it apart from the indicator's level.
  const part = sharePart(name.trim());
  if (part) {
    const of = canonicalIndicator(part);
    if (of.inGlossary) return of;
  }
  let stripped = stripPrefixes(name.trim(), SCOPE_PREFIXES);
  let group: string | undefined;
  for (const { prefix, group: g } of POPULATION_PREFIXES) {
    if (stripped.startsWith(prefix) && stripped.length > prefix.length + 1) {
      group = g;
      // "城镇居民人均可支配收入" → "居民人均可支配收入": the glossary's name keeps 居民.
      stripped = `居民${stripped.slice(prefix.length)}`;
      break;
    }
  }
  const names = namesToIndicator();
  const candidates = [stripped, ...GROWTH_SUFFIXES.filter((s) => stripped.endsWith(s)).map((s) => stripped.slice(0, -s.length))];
  for (const candidate of candidates) {
    const hit = names.get(candidate.toLowerCase()) ?? (group ? names.get(candidate.slice(2).toLowerCase()) : undefined);
    if (hit) return { id: hit, inGlossary: true, ...(group ? { group } : {}) };
  }
  const own = candidates[candidates.length - 1] || stripped;
  return { id: group ? own.replace(/^居民/, `${group}居民`) : own, inGlossary: false, ...(group ? { group } : {}) };
}
