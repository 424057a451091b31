import { glossary, placeAliases } from '../lang/zh/glossary.js';
import { regions } from '../lang/zh/regions.js';
import { CHINESE_YEAR_DIGITS } from '../lang/zh/five-year-plans.js';

/**
 * Slots stand in the text as one private-use character each, so that character n-grams see
 * "PLACE的GDP" the same whichever place is named, and a slot never splits into letters.
 */
export const SLOT = { place: '\uE000', year: '\uE001', number: '\uE002' } as const;

const CN_DIGITS = Object.keys(CHINESE_YEAR_DIGITS).join('');
const YEAR_PATTERNS: readonly RegExp[] = [
  /(?<!\d)(?:19|20)\d{2}(?:年)?(?!\d)/g,
  new RegExp(`[${CN_DIGITS}]{4}年`, 'g'),
  // "24年" but not "24个": two digits are a year only before 年.
  /(?<!\d)\d{2}年/g,
];
const NUMBER = /\d+(?:\.\d+)?/g;

export type SlotMasker = (text: string) => string;

/** Every name the glossary and the regions table give a place, for masking. */
export function defaultPlaceNames(): string[] {
  return [...glossary().places.flatMap((p) => placeAliases(p.name)), ...regions().flatMap((r) => [r.name, ...r.aliases, ...r.en])];
}

/** A masker that replaces the given place names (longest first), years and numbers by slot characters. */
export function slotMasker(placeNames: readonly string[] = defaultPlaceNames()): SlotMasker {
  const names = [...new Set(placeNames.filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  const latin = names.filter((n) => /^[a-z' -]+$/i.test(n)).map(escapeRegExp);
  const cjk = names.filter((n) => !/^[a-z' -]+$/i.test(n)).map(escapeRegExp);
  const cjkRe = cjk.length ? new RegExp(cjk.join('|'), 'g') : null;
  const latinRe = latin.length ? new RegExp(`(?<![a-z])(?:${latin.join('|')})(?:'s)?(?![a-z])`, 'gi') : null;
  return (text) => {
    let out = text.normalize('NFKC');
    if (cjkRe) out = out.replace(cjkRe, SLOT.place);
    if (latinRe) out = out.replace(latinRe, SLOT.place);
    for (const re of YEAR_PATTERNS) out = out.replace(re, SLOT.year);
    return out.replace(NUMBER, SLOT.number);
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
