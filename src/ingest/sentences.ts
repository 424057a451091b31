import {
  CLOSING_MARKS,
  QUOTE_CLOSERS,
  QUOTE_OPENERS,
  ROUND_CLOSERS as ROUND_CLOSER_MARKS,
  SENTENCE_TERMINATORS,
  STRAY_MARKS,
} from '../lang/zh/punctuation.js';
import { boundSentence } from './bounded-sentences.js';
import { slice, trimMapped, type MappedText } from './mapped-text.js';

const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
// Character codes, not one-character strings: a string per character of the corpus was most of
// this loop's time.
const TERMINATORS = codes(SENTENCE_TERMINATORS);
const CLOSERS = codes(CLOSING_MARKS);
const OPENERS = new Map([...QUOTE_OPENERS].map((c, i) => [c.charCodeAt(0), QUOTE_CLOSERS.charCodeAt(i)]));
const ROUND_CLOSERS = codes(ROUND_CLOSER_MARKS);
/**
 * A parenthesis left open this long was never closed (a typo or a lost line), so it no longer
 * holds back sentence ends.
 */
const MAX_PARENTHESIS_CHARS = 120;

/**
 * Splits a paragraph on 。！？； and their half-width forms, keeping closing quotes and brackets with
 * the sentence they close. A terminator inside an open quotation whose closing mark follows at once
 * ("…之年。”") stays with its sentence; one inside parentheses ("（确保5%以上；含…）") ends nothing.
 * Decimal points are never terminators, so "5.5%" is never split. A sentence longer than
 * MAX_SENTENCE_CHARS is cut at clause marks, then at the cap (`boundSentence`). Linear in the
 * paragraph's length.
 */
export function splitSentences(paragraph: MappedText): MappedText[] {
  const text = paragraph.text;
  const out: MappedText[] = [];
  let start = 0;
  const open: Array<{ closer: number; at: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    const closer = OPENERS.get(ch);
    if (closer !== undefined) open.push({ closer, at: i });
    else if (open.length && ch === open[open.length - 1].closer) open.pop();
    if (!TERMINATORS.has(ch)) continue;
    if (insideParentheses(open, i)) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.has(text.charCodeAt(end))) {
      if (open.length && text.charCodeAt(end) === open[open.length - 1].closer) open.pop();
      end++;
    }
    // Whatever is still open was opened in this sentence and never closed in it.
    open.length = 0;
    pushTrimmed(out, slice(paragraph, start, end));
    start = end;
    i = end - 1;
  }
  if (start < text.length) pushTrimmed(out, slice(paragraph, start));
  return out;
}

/**
 * Whether a round bracket opened at most MAX_PARENTHESIS_CHARS before `i` is still open. Openers are
 * stacked in text order, so the look stops at the first one opened too long ago: a page of unclosed
 * "（" costs no more than one.
 */
function insideParentheses(open: ReadonlyArray<{ closer: number; at: number }>, i: number): boolean {
  for (let k = open.length - 1; k >= 0 && i - open[k].at <= MAX_PARENTHESIS_CHARS; k--) if (ROUND_CLOSERS.has(open[k].closer)) return true;
  return false;
}

function pushTrimmed(out: MappedText[], sentence: MappedText): void {
  for (const piece of boundSentence(trimMapped(sentence))) {
    const trimmed = trimMapped(piece);
    if (trimmed.text.length > 0 && !STRAY_MARKS.test(trimmed.text)) out.push(trimmed);
  }
}
