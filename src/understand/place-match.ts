import { pinyin } from 'pinyin-pro';
import { isNameLike, NOT_PLACE_START, NOT_PLACE_SUFFIXED, NOT_PLACE_WORDS, PLACE_SUFFIXES } from '../lang/zh/place-words.js';
import type { Region } from '../lang/zh/regions.js';

/** A place the corpus has reports from, and the names a question may call it by. */
export interface PlaceNames {
  issuer: string;
  aliases: readonly string[];
}

export interface PlaceSuggestion {
  /** What the question wrote: 拱树区. */
  written: string;
  /** The known place it probably meant: 拱墅区. */
  issuer: string;
  /** Same toneless pinyin, or one character (one letter in English) off. */
  reason: 'edit' | 'pinyin';
}

export interface PlaceMatch {
  /** Known issuers named, directly or as members of a region named, in order of mention. */
  places: string[];
  /** Regions named: 长三角. */
  regions: string[];
  /** Near misses of known names, for "did you mean". */
  suggestions: PlaceSuggestion[];
  /** Place-like names ("火星市") that are no known place and no near miss of one. */
  unknown: string[];
}

const BLANK = '\u0000';
const CJK = /^[\u4e00-\u9fff]+$/;
const LATIN = /^[a-z][a-z' -]*$/i;

/**
 * The places a question names. Exact names first, longest first ("钱塘新区" before "钱塘"), regions
 * with them; then near misses of known names among the place-like spans left; only known names
 * count as places, the rest are reported as unknown.
 */
export function matchPlaces(text: string, knownPlaces: readonly PlaceNames[], regionList: readonly Region[] = []): PlaceMatch {
  const result: PlaceMatch = { places: [], regions: [], suggestions: [], unknown: [] };
  const known = new Set(knownPlaces.map((p) => p.issuer));
  const addPlace = (issuer: string) => {
    if (!result.places.includes(issuer)) result.places.push(issuer);
  };
  let rest = text.normalize('NFKC');
  const consume = (start: number, length: number) => {
    rest = rest.slice(0, start) + BLANK.repeat(length) + rest.slice(start + length);
  };
  // Generic words go first so that no alias inside them counts: "全国" holds no place.
  rest = blankNotPlaceWords(rest);

  const names = namesOf(knownPlaces, regionList);
  const mentions: { at: number; issuers: string[]; region?: string }[] = [];
  for (const n of names) {
    for (const at of occurrences(rest, n.name)) {
      consume(at, n.name.length);
      if (n.region) mentions.push({ at, issuers: n.region.members.filter((m) => known.has(m)), region: n.region.name });
      else mentions.push({ at, issuers: [n.issuer!] });
    }
  }
  for (const m of mentions.sort((a, b) => a.at - b.at)) {
    if (m.region && !result.regions.includes(m.region)) result.regions.push(m.region);
    m.issuers.forEach(addPlace);
  }

  for (const span of placeLikeSpans(rest, knownPlaces)) {
    const near = nearestKnown(span.text, knownPlaces);
    if (near) {
      if (!result.suggestions.some((s) => s.written === span.text)) result.suggestions.push({ written: span.text, ...near });
      consume(span.at, span.text.length);
    } else if (span.suffixed && !result.unknown.includes(span.text)) {
      result.unknown.push(span.text);
      consume(span.at, span.text.length);
    }
  }
  for (const m of rest.matchAll(/[a-z]{5,}/gi)) {
    const near = nearestLatin(m[0], knownPlaces);
    // The probe holds the question as written and lower-cased ("Gongshou", "gongshou"): one suggestion, as written first.
    if (near && !result.suggestions.some((s) => s.written.toLowerCase() === m[0].toLowerCase()))
      result.suggestions.push({ written: m[0], issuer: near, reason: 'edit' });
  }
  return result;
}

const NOT_PLACE_PATTERNS = NOT_PLACE_WORDS.map((word) => new RegExp(word, 'g'));

/**
 * The text with every generic word that holds a place's alias blanked, length kept ("地级及以上城市" holds
 * 上城, "全国" may hold nothing asked): what is left is where places are looked for.
 */
export function blankNotPlaceWords(text: string): string {
  let out = text;
  for (const re of NOT_PLACE_PATTERNS) out = out.replace(re, (word) => BLANK.repeat(word.length));
  return out;
}

interface Name {
  name: string;
  issuer: string | undefined;
  region: Region | undefined;
}

/** Names longest first; built once per list of places (a corpus's list is the same every question). */
const nameCache = new WeakMap<readonly PlaceNames[], WeakMap<readonly Region[], Name[]>>();
function namesOf(knownPlaces: readonly PlaceNames[], regionList: readonly Region[]): Name[] {
  const byRegions = nameCache.get(knownPlaces) ?? new WeakMap<readonly Region[], Name[]>();
  nameCache.set(knownPlaces, byRegions);
  let names = byRegions.get(regionList);
  if (!names) {
    names = [
      ...knownPlaces.flatMap((p) =>
        [p.issuer, ...p.aliases].map((name) => ({ name, issuer: p.issuer as string | undefined, region: undefined })),
      ),
      ...regionList.flatMap((r) =>
        [r.name, ...r.aliases, ...r.en].map((name) => ({ name, issuer: undefined, region: r as Region | undefined })),
      ),
    ]
      .filter((n) => n.name.length >= 2)
      .sort((a, b) => b.name.length - a.name.length);
    byRegions.set(regionList, names);
  }
  return names;
}

/** Where a name occurs: CJK anywhere, English case-insensitively between word boundaries. */
function occurrences(text: string, name: string): number[] {
  if (!LATIN.test(name)) {
    const at: number[] = [];
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) at.push(i);
    return at;
  }
  let re = latinNamePatterns.get(name);
  if (!re) latinNamePatterns.set(name, (re = new RegExp(`(?<![a-z])${escapeRegExp(name)}(?![a-z])`, 'gi')));
  return [...text.matchAll(re)].map((m) => m.index);
}
const latinNamePatterns = new Map<string, RegExp>();

interface Span {
  at: number;
  text: string;
  /** Ends in 区/县/市/省: a name even when it is no known one. */
  suffixed: boolean;
}

/**
 * Spans left in the text that may be a place name: 2–4 CJK characters ending in a place suffix
 * (longest first), or as long as a known CJK name (for pinyin near misses); never one holding a
 * question or collective word, starting with a particle, or a noun like 开发区.
 */
function placeLikeSpans(text: string, knownPlaces: readonly PlaceNames[]): Span[] {
  const aliasLengths = new Set(
    knownPlaces
      .flatMap((p) => [p.issuer, ...p.aliases])
      .filter((a) => CJK.test(a) && a.length >= 2 && a.length <= 4)
      .map((a) => a.length),
  );
  const spans: Span[] = [];
  const taken = new Set<number>();
  for (let length = 4; length >= 2; length--) {
    for (let at = 0; at + length <= text.length; at++) {
      const span = text.slice(at, at + length);
      if (!CJK.test(span) || [...Array(length).keys()].some((i) => taken.has(at + i))) continue;
      if (NOT_PLACE_START.includes(span[0]) || !isNameLike(span)) continue;
      if (NOT_PLACE_SUFFIXED.some((w) => span.endsWith(w))) continue;
      const suffixed = length >= 3 && PLACE_SUFFIXES.includes(span[length - 1]);
      if (!suffixed && !aliasLengths.has(length)) continue;
      if (!suffixed && !nearestKnown(span, knownPlaces)) continue;
      spans.push({ at, text: span, suffixed });
      for (let i = 0; i < length; i++) taken.add(at + i);
    }
  }
  return spans.sort((a, b) => a.at - b.at);
}

/**
 * The known place a span is a near miss of: same toneless pinyin ("拱树区" → 拱墅区; a two-character
 * span must also share a character, so "伤害" is not 上海), or, for a suffixed span, one character
 * off with the same suffix ("杭洲市" → 杭州市).
 */
function nearestKnown(span: string, knownPlaces: readonly PlaceNames[]): { issuer: string; reason: 'edit' | 'pinyin' } | null {
  const sound = toneless(span);
  const suffixed = span.length >= 3 && PLACE_SUFFIXES.includes(span[span.length - 1]);
  let byEdit: string | null = null;
  for (const place of knownPlaces) {
    for (const alias of [place.issuer, ...place.aliases]) {
      if (!CJK.test(alias) || alias.length !== span.length || alias === span) continue;
      const shares = [...span].some((c) => alias.includes(c));
      if (toneless(alias) === sound && (span.length > 2 || shares)) return { issuer: place.issuer, reason: 'pinyin' };
      if (!byEdit && suffixed && alias.endsWith(span[span.length - 1]) && editDistance(alias, span) === 1) byEdit = place.issuer;
    }
  }
  return byEdit ? { issuer: byEdit, reason: 'edit' } : null;
}

/** The known place an English word is one letter off from: "hangzou" → 杭州市. */
function nearestLatin(word: string, knownPlaces: readonly PlaceNames[]): string | null {
  const lower = word.toLowerCase();
  for (const place of knownPlaces) {
    for (const alias of place.aliases) {
      if (/^[a-z]{5,}$/i.test(alias) && alias.toLowerCase() !== lower && editDistance(alias.toLowerCase(), lower) === 1)
        return place.issuer;
    }
  }
  return null;
}

const sounds = new Map<string, string>();
function toneless(text: string): string {
  let sound = sounds.get(text);
  if (sound === undefined) sounds.set(text, (sound = pinyin(text, { toneType: 'none', type: 'array' }).join(' ')));
  return sound;
}

/**
 * Edit distance over code points where swapping two neighbours counts as one edit, as typing slips
 * do ("zhejaing"): the optimal string alignment distance.
 */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[y.length];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
