import { ELLIPSIS } from './mrkdwn.js';

/** Longest question prefix compared with a quote, which bounds the search below. */
const QUESTION_CHARS_COMPARED = 60;

/**
 * Where in `text` the reader should look: the first of `needles` found (a figure's value or
 * indicator), else the longest stretch of the question the text repeats (two characters or
 * more), else the start.
 */
export function focusSpan(text: string, needles: readonly string[], question: string): { start: number; end: number } {
  for (const needle of needles) {
    const at = needle.trim() === '' ? -1 : text.indexOf(needle.trim());
    if (at !== -1) return { start: at, end: at + needle.trim().length };
  }
  const q = Array.from(question.replace(/\s+/g, '')).slice(0, QUESTION_CHARS_COMPARED).join('');
  // Longest first, so the first hit is the best; at most 60·60/2 indexOf calls.
  for (let len = Math.min(q.length, 20); len >= 2; len -= 1) {
    for (let from = 0; from + len <= q.length; from += 1) {
      const at = text.indexOf(q.slice(from, from + len));
      if (at !== -1) return { start: at, end: at + len };
    }
  }
  return { start: 0, end: 0 };
}

/**
 * At most `max` characters of `text` around `span`, with "…" where text was left out on either
 * side. Cuts never split a surrogate pair; a cut near a clause mark moves to it so the excerpt
 * starts and ends on a whole clause where it can.
 */
export function excerptAround(text: string, span: { start: number; end: number }, max: number): string {
  if (text.length <= max) return text;
  const room = max - 2 * ELLIPSIS.length;
  const spanLength = Math.min(span.end - span.start, room);
  let start = Math.max(0, span.start - Math.floor((room - spanLength) / 3));
  let end = Math.min(text.length, start + room);
  start = Math.max(0, end - room);
  start = snap(text, start, 'forward', start === 0 ? 0 : Math.min(40, span.start - start));
  end = snap(text, end, 'backward', end === text.length ? 0 : Math.min(40, end - span.end));
  if (isLowSurrogate(text, start)) start += 1;
  if (isLowSurrogate(text, end)) end -= 1;
  return `${start > 0 ? ELLIPSIS : ''}${text.slice(start, end).trim()}${end < text.length ? ELLIPSIS : ''}`;
}

const CLAUSE_END = /[，。；！？,;]/;

function snap(text: string, at: number, direction: 'forward' | 'backward', reach: number): number {
  for (let i = 0; i < reach; i += 1) {
    const probe = direction === 'forward' ? at + i : at - i - 1;
    if (probe < 0 || probe >= text.length) break;
    if (CLAUSE_END.test(text.charAt(probe))) return direction === 'forward' ? probe + 1 : probe + 1;
  }
  return at;
}

function isLowSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
}
