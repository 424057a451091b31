import { CORRECTED_YEAR, IN_QUESTION_CORRECTION } from '../lang/zh/correction-words.js';

/**
 * A question that corrects itself ("浙江2024年，不对，2023年GDP增长多少", "What share … this year — sorry, in 2025?",
 * "江苏，哦不，浙江去年GDP增长多少") read as it was meant: the year or place written right after the correction
 * takes the place of the last one of its kind written before it, and the correction's words go. A correction that
 * names no year or place, or one with nothing of its kind before it to replace, leaves the question as it is.
 */
export function withSelfCorrection(question: string, placeNames: readonly string[]): string {
  // "江苏，哦不，浙江2024年，不对，2023年…": each correction in turn, at most one pass per correction written.
  let text = question;
  for (let n = 0; n < MAX_CORRECTIONS; n++) {
    const corrected = firstCorrected(text, placeNames);
    if (corrected === text) break;
    text = corrected;
  }
  return text;
}

/** More corrections than this in one question are not read. */
const MAX_CORRECTIONS = 4;

function firstCorrected(question: string, placeNames: readonly string[]): string {
  const marker = IN_QUESTION_CORRECTION.exec(question);
  if (!marker || marker.index === 0) return question;
  const before = question.slice(0, marker.index);
  const after = question.slice(marker.index + marker[0].length);
  const slot = leadingSlot(after, placeNames);
  if (!slot) return question;
  const replaced = lastOfKind(before, slot.kind, placeNames);
  if (!replaced) return question;
  // Only the year itself is replaced: "in 2024, sorry, 2023" keeps its "in", "this year — sorry, in 2025" takes one.
  const preposition = PREPOSITION.exec(replaced.text)?.[0] ?? '';
  // "in 2024 — sorry, last year": a year said by a phrase of its own takes no "in".
  const ownPhrase = PREPOSITION.test(slot.text) || ENGLISH_YEAR_PHRASE.test(slot.text);
  const at = ownPhrase ? replaced.at : replaced.at + preposition.length;
  const end = replaced.at + replaced.text.length;
  return `${before.slice(0, at)}${slot.text}${before.slice(end)}${after.slice(slot.text.length)}`;
}

/** An English year said as a phrase ("last year", "this year", "the year before"), which takes no preposition. */
const ENGLISH_YEAR_PHRASE = /^(?:this|last|next|the) year/i;

/** The preposition an English year may carry ("in 2025"). */
const PREPOSITION = /^(?:in|for)\s+/i;

/** A corrected year at the start of the words after a correction, and every year in the words before it (compiled once). */
const LEADING_YEAR = new RegExp(`^(?:${CORRECTED_YEAR.source})`, 'i');
const EVERY_YEAR = new RegExp(CORRECTED_YEAR.source, 'gi');

type SlotKind = 'year' | 'place';

/** The year or place the words after a correction start with. */
function leadingSlot(after: string, placeNames: readonly string[]): { kind: SlotKind; text: string } | null {
  const year = LEADING_YEAR.exec(after);
  if (year) return { kind: 'year', text: year[0] };
  const lower = after.toLowerCase();
  const place = longestFirst(placeNames).find((p) => lower.startsWith(p.toLowerCase()));
  return place ? { kind: 'place', text: after.slice(0, place.length) } : null;
}

/** The last year, or the last place, written in the words before a correction. */
function lastOfKind(before: string, kind: SlotKind, placeNames: readonly string[]): { at: number; text: string } | null {
  let found: { at: number; text: string } | null = null;
  if (kind === 'year') {
    for (const m of before.matchAll(EVERY_YEAR)) found = { at: m.index, text: m[0] };
    return found;
  }
  const lower = before.toLowerCase();
  for (const p of longestFirst(placeNames)) {
    const at = lower.lastIndexOf(p.toLowerCase());
    // A longer name found first at the same place stands ("浙江省" before "浙江").
    if (at >= 0 && (!found || at > found.at)) found = { at, text: before.slice(at, at + p.length) };
  }
  return found;
}

function longestFirst(names: readonly string[]): string[] {
  return [...new Set(names)].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
}
