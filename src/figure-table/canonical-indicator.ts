/**
 * The indicator a figure's name stands for, as the figure table files it: the glossary's name when
 * the figure's name is a glossary name or synonym (after the scope, population group and growth
 * words around it), else the name itself so stripped. "全市生产总值" and "GDP" file under
 * 地区生产总值; "民间投资" stays 民间投资 and is never filed under 固定资产投资 for ending in 投资.
 */
import { glossary } from '../lang/zh/glossary.js';
import { GROWTH_SUFFIXES, POPULATION_PREFIXES, SCOPE_PREFIXES } from '../lang/zh/indicator-scopes.js';
import { RESPECTIVELY } from '../lang/zh/figure-words.js';
import { escapeRegExp } from '../lang/zh/regexp.js';
import { sharePart } from '../lang/zh/share-words.js';
import {
  ADDITION_PREFIXES,
  ADDITION_SUFFIXES,
  AREA_PREFIXES,
  BARE_ACTIONS,
  BARE_HEADS,
  COUNT_SUFFIXES,
  DELIVERY_PREFIXES,
  EQUIVALENT_ENDINGS,
  FACILITY_WORDS,
  LEVEL_WORDS,
  LIST_JOINERS,
  NAME_QUOTES,
  STATISTIC_INFIXES,
  TRAILING_VERBS,
} from '../lang/zh/indicator-name-variants.js';

export interface CanonicalIndicator {
  /** The glossary's name, or the figure's own name stripped of scope and growth words. */
  id: string;
  /** Whether `id` is a glossary indicator. */
  inGlossary: boolean;
  /** The population group the name was written for ("城镇"), when it names one. */
  group?: string;
  /** The name counts the year's additions ("新增高新技术企业"): `id` is the indicator's with 新增 before it. */
  additions?: boolean;
}

/** The id additions to an indicator are filed under: "新增国家高新技术企业". */
export function additionsId(id: string): string {
  return `${ADDITION_PREFIXES[0]}${id}`;
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
  const plain = canonicalAsWritten(name);
  if (plain.inGlossary) return plain;
  // The name as reports vary it ("PM2.5年平均浓度", "上海港集装箱吞吐量"): the first variant the glossary holds.
  for (const variant of nameVariants(name.trim())) {
    const hit = canonicalAsWritten(variant);
    if (hit.inGlossary) return hit;
  }
  // "新增高新技术企业": the year's additions, filed apart from the stock.
  const added = withoutAddition(name.trim());
  if (added !== null) {
    for (const variant of [added, ...nameVariants(added)]) {
      const hit = canonicalAsWritten(variant);
      if (hit.inGlossary) return { ...hit, id: additionsId(hit.id), additions: true };
    }
  }
  return plain;
}

/**
 * The indicator a name stands for in its sentence: a bare head ("总产") is read with the subject the
 * sentence names before it ("粮食…总产" → 粮食产量), the glossary's names giving the subjects.
 */
export function canonicalInSentence(name: string, sentence: string): CanonicalIndicator {
  const own = canonicalIndicator(name);
  if (own.inGlossary) return own;
  const shared = withSharedHead(name.trim(), sentence);
  if (shared) return shared;
  if (BARE_ACTIONS.includes(name.trim())) return namedInSentence(sentence) ?? own;
  if (!BARE_HEADS.includes(name.trim())) return own;
  const heads = [name.trim(), ...nameVariants(name.trim())];
  let best: { at: number; hit: CanonicalIndicator } | null = null;
  for (const [glossaryName, id] of namesToIndicator()) {
    const head = heads.find((h) => glossaryName.endsWith(h.toLowerCase()) && glossaryName.length > h.length);
    if (!head) continue;
    const subject = glossaryName.slice(0, -head.length);
    const at = sentence.toLowerCase().lastIndexOf(subject);
    if (at >= 0 && (!best || at > best.at)) best = { at, hit: { id, inGlossary: true } };
  }
  return best?.hit ?? own;
}

/** Shortest glossary name an act is read with: a short one ("投资") is too common a word to stand for the act's object. */
const MIN_NAMED_LENGTH = 4;

/** The glossary indicator the sentence names last, its name long enough to be the act's object. */
function namedInSentence(sentence: string): CanonicalIndicator | null {
  const lower = sentence.toLowerCase();
  let best: { at: number; id: string } | null = null;
  for (const [glossaryName, id] of namesToIndicator()) {
    if (glossaryName.length < MIN_NAMED_LENGTH) continue;
    const at = lower.lastIndexOf(glossaryName);
    if (at >= 0 && (!best || at > best.at)) best = { at, id };
  }
  return best ? { id: best.id, inGlossary: true } : null;
}

/**
 * "上海机场航空旅客和货邮吞吐量分别达到1.35亿人次、453.8万吨": the first item of a 分别 list takes the
 * head the last item ends with (航空旅客 + 吞吐量), the glossary deciding where the head starts.
 */
function withSharedHead(name: string, sentence: string): CanonicalIndicator | null {
  const joiners = LIST_JOINERS.map(escapeRegExp).join('|');
  const list = new RegExp(`${escapeRegExp(name)}(?:${joiners})([^，,。；;]{2,16}?)${RESPECTIVELY}`).exec(sentence);
  if (!list) return null;
  const last = list[1];
  for (let k = 1; k < last.length - 1; k++) {
    const hit = canonicalIndicator(name + last.slice(k));
    if (hit.inGlossary) return hit;
  }
  return null;
}

/** The name without the words that make it the year's additions, or null when it has none. */
function withoutAddition(name: string): string | null {
  for (const p of ADDITION_PREFIXES) if (name.startsWith(p) && name.length > p.length + 1) return name.slice(p.length);
  for (const s of ADDITION_SUFFIXES) if (name.endsWith(s) && name.length > s.length + 1) return name.slice(0, -s.length);
  return null;
}

/** Most variants read of one name: every list applies at most a few times, so this bounds the search. */
const MAX_VARIANTS = 96;

/** One step of varying a name: each list's word taken off or rewritten where it applies. */
function oneStep(name: string): string[] {
  const out: string[] = [];
  const keep = (v: string) => v.length >= 2 && v !== name && out.push(v);
  keep(name.replace(NAME_QUOTES, ''));
  keep(name.replace(/PM_(?=2\.5)/gi, 'PM'));
  // "细颗粒物(PM2.5)平均浓度": the name without the bracket, and with the bracket's term in its place.
  const bracket = /[（(]([^（()）]+)[)）]/.exec(name);
  if (bracket) {
    keep(name.replace(bracket[0], ''));
    keep(name.slice(0, bracket.index).replace(/[\u4e00-\u9fff]+$/, '') + bracket[1] + name.slice(bracket.index + bracket[0].length));
  }
  for (const p of [...AREA_PREFIXES, ...DELIVERY_PREFIXES, ...SCOPE_PREFIXES]) if (name.startsWith(p)) keep(name.slice(p.length));
  for (const w of STATISTIC_INFIXES) if (name.includes(w)) keep(name.replace(w, ''));
  for (const v of [...TRAILING_VERBS, ...COUNT_SUFFIXES]) if (name.endsWith(v)) keep(name.slice(0, -v.length));
  for (const { ending, same } of EQUIVALENT_ENDINGS) if (name.endsWith(ending)) keep(name.slice(0, -ending.length) + same);
  for (const { word, same } of LEVEL_WORDS) if (name.includes(word)) keep(name.replace(word, same));
  for (const f of FACILITY_WORDS) {
    const at = name.indexOf(f);
    if (at > 0) {
      keep(name.slice(at));
      keep(name.slice(at + f.length));
    }
  }
  return out;
}

/** The names a report's name may stand for, nearest first, at most MAX_VARIANTS. */
export function nameVariants(name: string): string[] {
  const seen = new Set<string>([name]);
  const queue = [name];
  for (let i = 0; i < queue.length && seen.size < MAX_VARIANTS; i++) {
    for (const v of oneStep(queue[i])) {
      if (seen.has(v) || seen.size >= MAX_VARIANTS) continue;
      seen.add(v);
      queue.push(v);
    }
  }
  return queue.slice(1);
}

/** The indicator a name stands for as written: scope, population group and growth words aside. */
function canonicalAsWritten(name: string): CanonicalIndicator {
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
