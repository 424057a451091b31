import {
  CLOSING_MARKS,
  QUOTE_CLOSERS,
  QUOTE_OPENERS,
  ROUND_CLOSERS as ROUND_CLOSER_MARKS,
  SENTENCE_TERMINATORS,
  STRAY_MARKS,
} from '../lang/zh/punctuation.js';
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
 * Decimal points are never terminators, so "5.5%" is never split.
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
    if (open.some((o) => ROUND_CLOSERS.has(o.closer) && i - o.at <= MAX_PARENTHESIS_CHARS)) continue;
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

function pushTrimmed(out: MappedText[], sentence: MappedText): void {
  const trimmed = trimMapped(sentence);
  if (trimmed.text.length > 0 && !STRAY_MARKS.test(trimmed.text)) out.push(trimmed);
}
