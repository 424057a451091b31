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

/**
 * A paragraph being joined from lines, with what deciding the next line asks of it kept up to date line by
 * line: re-reading the whole paragraph at every line made a punctuation-free report of 1.6 M
 * characters (one paragraph of 55 000 lines) quadratic.
 */
class ParagraphInProgress {
  private readonly parts: MappedText[] = [];
  /** Opening minus closing marks of each bracket pair so far. */
  private readonly openBrackets = BRACKET_PAIRS.map(() => 0);
  private width = 0;
  /** The paragraph's first characters: enough for every numbered-heading shape. */
  private head = '';
  private last = '';

  constructor(first: MappedText) {
    this.add(first);
  }

  add(line: MappedText): void {
    this.parts.push(line);
    const text = line.text;
    BRACKET_PAIRS.forEach(([open, close], k) => {
      this.openBrackets[k] += text.split(open).length - text.split(close).length;
    });
    this.width += visualWidth(text);
    if (this.head.length < HEAD_CHARS) this.head = (this.head + text).slice(0, HEAD_CHARS);
    this.last = text;
  }

  /** Whether `next` carries this paragraph on (the rules of `joinInlineBreaks`). */
  continuedBy(next: string): boolean {
    if (matchNumberedHeading(next) || next.startsWith(ADDRESS_OPENER)) return false;
    if (CONTINUES_LINE.test(next)) return true;
    // The paragraph ends where its last line ends: one-character end patterns read that line only.
    if (ENDS_WITH_PUNCTUATION.test(this.last)) return false;
    if (this.openBrackets.some((n) => n > 0) || DANGLING_PARTICLE.test(this.last)) return true;
    return this.width >= MIN_CUT_LINE_WIDTH && !matchNumberedHeading(this.head);
  }

  joined(): MappedText {
    return this.parts.length === 1 ? this.parts[0] : concat(this.parts);
  }
}

/** Characters of a paragraph's start that `matchNumberedHeading` may read ("（十二）", "12　"). */
const HEAD_CHARS = 16;

/**
 * Running text prints a paragraph a line, but pages copied from the web break a line where a link,
 * a subscript or a bold phrase sat ("细颗粒物（PM" / "2.5" / "）平均浓度下降…"). Such a break is
 * rejoined when the next line cannot open a paragraph, when a bracket is still open, or when a long
 * line stops mid-sentence; blank lines, numbered headings and salutations always start anew.
 */
export function joinInlineBreaks(lines: readonly Line[]): MappedText[] {
  const paragraphs: MappedText[] = [];
  let current: ParagraphInProgress | null = null;
  for (const line of lines) {
    if (current && !line.blankBefore && current.continuedBy(line.mapped.text)) {
      current.add(line.mapped);
      continue;
    }
    if (current) paragraphs.push(current.joined());
    current = new ParagraphInProgress(line.mapped);
  }
  if (current) paragraphs.push(current.joined());
  return paragraphs;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : 0;
}
