import { ADDRESS_OPENER } from '../lang/zh/front-matter-words.js';
import { CHINESE_NUMBERED_START } from '../lang/zh/heading-shapes.js';
import {
  BRACKET_PAIRS,
  CONTINUES_LINE,
  DANGLING_PARTICLE,
  ENDS_SENTENCE,
  ENDS_WITH_COLON,
  ENDS_WITH_PUNCTUATION,
} from '../lang/zh/punctuation.js';
import { matchNumberedHeading } from './headings.js';
import { concat, type MappedText } from './mapped-text.js';

export interface Line {
  mapped: MappedText;
  /** Blank lines stood between this line and the previous kept line. */
  blankBefore: boolean;
}

/** Visual width in full-width cells: half-width characters take half a cell in print. */
export function visualWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character: its low half adds nothing.
    if (code >= 0xdc00 && code <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) continue;
    w += code >= 0x20 && code <= 0x7e ? 0.5 : 1;
  }
  return w;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
}

/**
 * Newspaper columns print a paragraph as many short lines. They are recognised by short lines
 * that mostly do not end a sentence.
 */
export function isColumnLayout(lines: readonly Line[]): boolean {
  if (lines.length < 20) return false;
  const widths = lines.map((l) => visualWidth(l.mapped.text));
  const unfinished = lines.filter((l) => !ENDS_SENTENCE.test(l.mapped.text)).length / lines.length;
  // Columns are also even: most lines fill the column width to within a character.
  const column = percentile(widths, 0.75);
  const even = widths.filter((w) => Math.abs(w - column) <= 1.5).length / widths.length;
  return median(widths) <= 18 && unfinished >= 0.6 && even >= 0.5;
}

/**
 * Joins lines into paragraphs. In running text every line is a paragraph. In a column a paragraph
 * ends where a line ends a sentence and the next line starts indented (shorter than the column by
 * the two-character indent), and a heading runs on while its lines fill the column.
 */
export function joinParagraphs(lines: readonly Line[]): MappedText[] {
  if (!isColumnLayout(lines)) return joinInlineBreaks(lines);
  const column = percentile(
    lines.map((l) => visualWidth(l.mapped.text)),
    0.75,
  );
  const paragraphs: MappedText[] = [];
  let current: MappedText[] = [];
  let inHeading = false;
  const flush = () => {
    if (current.length) paragraphs.push(concat(current));
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].mapped.text;
    const width = visualWidth(text);
    const previous = current.length ? current[current.length - 1].text : '';
    const startsHeading = matchNumberedHeading(text) !== null && CHINESE_NUMBERED_START.test(text);
    const indented = width <= column - 1.5;
    const previousEnded = ENDS_SENTENCE.test(previous) || ENDS_WITH_COLON.test(previous);
    if (startsHeading || (inHeading && !current.length) || (previousEnded && indented) || (inHeading && previousEnded)) {
      flush();
      inHeading = startsHeading;
    }
    current.push(lines[i].mapped);
    if (inHeading && (width < column - 1.5 || ENDS_SENTENCE.test(text))) {
      // The heading's last line is short or closes a sentence: what follows is body text.
      flush();
      inHeading = false;
    }
  }
  flush();
  return paragraphs;
}

/** A line this wide that stops without punctuation was cut, not ended (headings are shorter). */
const MIN_CUT_LINE_WIDTH = 24;

function hasUnclosedBracket(text: string): boolean {
  return BRACKET_PAIRS.some(([open, close]) => text.split(open).length > text.split(close).length);
}

/**
 * Running text prints a paragraph a line, but pages copied from the web break a line where a link,
 * a subscript or a bold phrase sat ("细颗粒物（PM" / "2.5" / "）平均浓度下降…"). Such a break is
 * rejoined when the next line cannot open a paragraph, when a bracket is still open, or when a long
 * line stops mid-sentence; blank lines, numbered headings and salutations always start anew.
 */
export function joinInlineBreaks(lines: readonly Line[]): MappedText[] {
  const paragraphs: MappedText[] = [];
  let current: MappedText | null = null;
  for (const line of lines) {
    const text = line.mapped.text;
    if (current && !line.blankBefore && continuesLine(current.text, text)) {
      current = concat([current, line.mapped]);
      continue;
    }
    if (current) paragraphs.push(current);
    current = line.mapped;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

function continuesLine(previous: string, next: string): boolean {
  if (matchNumberedHeading(next) || next.startsWith(ADDRESS_OPENER)) return false;
  if (CONTINUES_LINE.test(next)) return true;
  if (ENDS_WITH_PUNCTUATION.test(previous)) return false;
  if (hasUnclosedBracket(previous) || DANGLING_PARTICLE.test(previous)) return true;
  return visualWidth(previous) >= MIN_CUT_LINE_WIDTH && !matchNumberedHeading(previous);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : 0;
}
