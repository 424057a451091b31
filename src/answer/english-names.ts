import {
  ACRONYMS,
  ENGLISH_ALIAS,
  ENGLISH_APPROXIMATE_COUNT,
  ENGLISH_BOUND_WORDS,
  ENGLISH_QUALIFIERS_AFTER,
  ENGLISH_QUALIFIERS_BEFORE,
  PREFERRED_PLACE_KINDS,
  TITLE_SMALL_WORDS,
} from '../lang/zh/english-names.js';
import { englishQuantity, isScaledUnit } from '../lang/en/english-units.js';
import { GROWTH_BASE_OPENING } from '../lang/zh/figure-words.js';
import { glossary } from '../lang/zh/glossary.js';
import { ENGLISH_NAME_SUFFIXES } from '../lang/en/english-name-suffixes.js';
import { MEASURE_WORDS } from '../lang/en/english-topic-words.js';

function titleCase(text: string): string {
  return text
    .split(' ')
    .map((w, i) => ACRONYMS[w] ?? (i > 0 && TITLE_SMALL_WORDS.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** An issuer's English name from the glossary ("钱塘区" → "Qiantang District"), else the Chinese. */
export function englishPlace(issuer: string): string {
  const english = (glossary().places.find((p) => p.name === issuer)?.aliases ?? []).filter((a) => ENGLISH_ALIAS.test(a));
  const name = english.find((a) => PREFERRED_PLACE_KINDS.test(a)) ?? english[0];
  return name ? titleCase(name) : issuer;
}

/**
 * A figure's English name: an indicator's from the glossary ("地区生产总值" → "GDP"), else a report
 * noun's from the glossary's English terms ("民间投资" → "Private Investment"), either with a measure
 * word after it ("民间投资占比" → "Private Investment Share"); null when the glossary has none.
 */
export function englishIndicator(indicator: string): string | null {
  const whole = englishNameOf(indicator);
  if (whole) return titleCase(whole);
  for (const [zh, en] of ENGLISH_NAME_SUFFIXES) {
    const subject = indicator.endsWith(zh) && indicator.length > zh.length ? englishNameOf(indicator.slice(0, -zh.length)) : null;
    if (subject) return titleCase(`${subject} ${en}`);
  }
  return null;
}

let termNames: Map<string, string> | undefined;

/** The glossary's English for a Chinese name: an indicator's first, else a report noun's (a term that asks no intent). */
function englishNameOf(name: string): string | null {
  const entry = glossary().indicators.find((i) => i.name === name || i.synonyms.includes(name));
  if (entry?.en[0]) return entry.en[0];
  if (!termNames) {
    termNames = new Map();
    // The first term that writes the name wins: the glossary lists a noun's commonest English first. A
    // measure (增长, 占比) names no figure on its own.
    for (const term of glossary().english)
      for (const zh of term.intent ? [] : term.zh)
        if (!termNames.has(zh) && !MEASURE_WORDS.has(zh) && term.en[0]) termNames.set(zh, term.en[0]);
  }
  return termNames.get(name) ?? null;
}

/**
 * "20059亿元" for an English reader: "2.01 trillion yuan"; null for units counted in no 万 or 亿, whose number reads as written.
 * The figure's name says what a unit counts where its usual word would be another thing ("企业96万户": 960,000 entities).
 */
export function englishAmount(value: number, unit: string, indicator = ''): string | null {
  return isScaledUnit(unit) ? englishQuantity(value, unit, indicator) : null;
}

/**
 * A value as the reports write it ("5%以上", "超3000亿元", "确保5%以上", "50余场"), its qualifiers said in
 * English for an English reader: "over 5%", "over 3000亿元", "at least 5%", "over 50场". The number and
 * unit are kept as written.
 */
/** A value in tenths ("7成"), read in English as a percentage. */
const ENGLISH_TENTHS = /^(\d+(?:\.\d+)?)成$/;
const TENTHS_PER_PERCENT = 10;
/** Decimals kept of a tenths value read as a percentage (floating noise off). */
const TENTHS_DIGITS = 6;

export function englishValueText(text: string): string {
  // "较3年前44%": "44% vs 3 years earlier", the base after the value it is of.
  // (Years back in digits only: "较三年前" stays as written.)
  const base = GROWTH_BASE_OPENING.exec(text);
  if (base && (base[2] || /^\d+$/.test(base[1]))) {
    const since = base[1] ? `${base[1]} years earlier` : base[2];
    return `${englishValueText(text.slice(base[0].length))} vs ${since}`;
  }
  let rest = text;
  const words: string[] = [];
  for (let taken = true; taken && rest; ) {
    taken = false;
    for (const [zh, en] of ENGLISH_QUALIFIERS_BEFORE) {
      if (rest.startsWith(zh) && /\d/.test(rest.slice(zh.length, zh.length + 1))) {
        words.push(en);
        rest = rest.slice(zh.length);
        taken = true;
        break;
      }
    }
  }
  let after = '';
  for (const [zh, en] of ENGLISH_QUALIFIERS_AFTER) {
    if (rest.endsWith(zh) && rest.length > zh.length) {
      after = en;
      rest = rest.slice(0, -zh.length);
      break;
    }
  }
  const approx = ENGLISH_APPROXIMATE_COUNT.exec(rest);
  if (approx) {
    rest = `${approx[1]}${rest.slice(approx[0].length)}`;
    words.push('over');
  }
  if (after && !words.some((w) => ENGLISH_BOUND_WORDS.has(w))) words.push(after);
  // "7成" is tenths: 70% in English, the report's form beside it.
  const tenths = ENGLISH_TENTHS.exec(rest);
  if (tenths) rest = `${Number((Number(tenths[1]) * TENTHS_PER_PERCENT).toFixed(TENTHS_DIGITS))}% (${rest})`;
  return [...new Set(words.filter(Boolean)), rest].join(' ');
}
