/**
 * The layout pass of a PDF: pdf.js gives positioned runs of text, not paragraphs. Office exports
 * break every paragraph at the page width, justify lines by spreading characters ("地区生 产 总 值"),
 * print page numbers and running headers, and carry paragraphs over page breaks. This pass reads
 * the positions back into paragraphs before the common cleaning sees the text:
 * - runs on one baseline are a line; lines repeated at the top or bottom of most pages (headers,
 *   footers) and page numbers are dropped;
 * - a line continues the paragraph above it unless it is indented, the line above stopped short of
 *   the right margin, the font size changes or a gap wider than a line stands between them; this holds
 *   across a page break, so a paragraph split by it is one paragraph again;
 * - spaces next to a Chinese character are layout, not words, and are closed; spaces between Latin
 *   words stay.
 */

export interface PdfTextRun {
  str: string;
  /** Left edge and baseline, in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size; 0 for the synthetic spaces pdf.js adds. */
  height: number;
  hasEOL: boolean;
}

export interface PdfPageText {
  runs: PdfTextRun[];
}

export interface PdfLine {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  page: number;
}

export interface PdfLayout {
  /** Paragraphs, separated by blank lines. */
  text: string;
  /** Offsets in `text` where pages 1, 2, … begin. */
  pageStarts: number[];
  /** Lines dropped as page numbers or running headers and footers. */
  droppedLines: number;
}

/** Chinese characters and punctuation: a space beside one is layout. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’…—]/;
const SPACES = /[ \t\u00a0\u3000]+/g;
/** "3", "- 3 -", "第3页", "3 / 34", "第 3 页 共 34 页", "iv". */
const PAGE_NUMBER = /^[-—–－\s]*(?:第\s*)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－\s]*$/i;
/** Lines at each end of a page where headers, footers and page numbers print. */
const MARGIN_LINES = 2;

/** Runs on one baseline joined into lines, in the order the page draws them. */
export function pageLines(page: PdfPageText, pageNumber: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: { parts: string[]; x: number; right: number; y: number; size: number } | null = null;
  let lastEnd = 0;
  const flush = () => {
    if (current) {
      const text = current.parts.join('');
      if (text.trim()) lines.push({ text, x: current.x, right: current.right, y: current.y, size: current.size, page: pageNumber });
    }
    current = null;
  };
  for (const run of page.runs) {
    const tolerance = Math.max(run.height, current?.size ?? 0, 1) * 0.5;
    if (current && Math.abs(run.y - current.y) > tolerance) flush();
    if (!current) {
      current = { parts: [], x: run.x, right: run.x, y: run.y, size: 0 };
      lastEnd = run.x;
    }
    if (run.str.trim() === '' && current.parts.length === 0) {
      // Leading spaces (an indent typed as spaces) move the line's start, as an indent would.
      current.x = run.x + run.width;
    }
    // Runs apart by more than a third of a character had a space between them that the PDF did not draw.
    if (current.parts.length && run.str && run.x - lastEnd > Math.max(run.height, current.size) * 0.33) current.parts.push(' ');
    current.parts.push(run.str);
    if (run.str) {
      lastEnd = run.x + run.width;
      if (run.str.trim()) current.right = Math.max(current.right, lastEnd);
    }
    current.size = Math.max(current.size, run.height);
    if (run.hasEOL) flush();
  }
  flush();
  for (const line of lines) {
    const lead = /^[\s\u3000]+/.exec(line.text)?.[0].length ?? 0;
    // An indent typed as spaces: two full-width spaces are two characters of indent.
    if (lead) line.x += lead * line.size * (/\u3000/.test(line.text.slice(0, lead)) ? 1 : 0.5);
  }
  return lines;
}

/** Header and footer lines: the same words (page numbers aside) at the top or bottom of most pages. */
export function runningLines(pages: readonly PdfLine[][]): Set<PdfLine> {
  const dropped = new Set<PdfLine>();
  const marginLines = (lines: readonly PdfLine[]) => {
    const head = lines.slice(0, MARGIN_LINES);
    const tail = lines.slice(Math.max(head.length, lines.length - MARGIN_LINES));
    return [...head, ...tail];
  };
  for (const lines of pages) for (const line of marginLines(lines)) if (PAGE_NUMBER.test(line.text)) dropped.add(line);
  if (pages.length < 3) return dropped;
  const key = (line: PdfLine) => line.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    for (const k of new Set(marginLines(lines).map(key))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  }
  const threshold = Math.max(3, pages.length * 0.5);
  for (const lines of pages) for (const line of marginLines(lines)) if ((pagesWith.get(key(line)) ?? 0) >= threshold) dropped.add(line);
  return dropped;
}

/** The value most lines share (rounded to a point), for margins, sizes and line spacing. */
function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const v of values) {
    const r = Math.round(v);
    const c = (counts.get(r) ?? 0) + 1;
    counts.set(r, c);
    if (c > bestCount) {
      best = r;
      bestCount = c;
    }
  }
  return best;
}

/** Closes spaces beside Chinese characters; trims the line. */
export function closeCjkSpaces(text: string): string {
  return text.trim().replace(SPACES, (space, at: number, whole: string) => {
    const before = whole[at - 1] ?? '';
    const after = whole[at + space.length] ?? '';
    return CJK.test(before) || CJK.test(after) ? '' : ' ';
  });
}

/** Lines read back into paragraphs; the layout as the rest of ingestion reads it. */
export function layoutPages(pages: readonly PdfPageText[]): PdfLayout {
  const perPage = pages.map((p, i) => pageLines(p, i + 1));
  const dropped = runningLines(perPage);
  const lines = perPage.flat().filter((l) => !dropped.has(l));
  const left = mode(lines.map((l) => l.x));
  const right = mode(lines.map((l) => l.right));
  const size = mode(lines.map((l) => l.size)) || 12;
  const spacing =
    mode(
      lines
        .slice(1)
        .map((l, i) => (l.page === lines[i].page ? lines[i].y - l.y : 0))
        .filter((d) => d > 0),
    ) || size * 1.5;

  const paragraphs: string[] = [];
  const pageStarts: number[] = new Array(pages.length).fill(-1);
  let current = '';
  let offset = 0;
  const flush = () => {
    if (current) {
      paragraphs.push(current);
      offset += current.length + 2;
    }
    current = '';
  };
  lines.forEach((line, i) => {
    const text = closeCjkSpaces(line.text);
    if (!text) return;
    const previous = i > 0 ? lines[i - 1] : null;
    const startsParagraph =
      !previous ||
      line.x > left + size * 0.8 ||
      previous.right < right - size * 1.5 ||
      Math.abs(line.size - previous.size) > 1 ||
      (previous.page === line.page && previous.y - line.y > spacing * 1.6);
    if (startsParagraph) flush();
    else if (/[A-Za-z0-9,.;:]$/.test(current) && /^[A-Za-z]/.test(text)) current += ' ';
    if (pageStarts[line.page - 1] < 0) pageStarts[line.page - 1] = offset + current.length;
    current += text;
  });
  flush();
  // A page without kept text begins where the next one does.
  let next = Math.max(0, offset - 2);
  for (let p = pageStarts.length - 1; p >= 0; p--) {
    if (pageStarts[p] < 0) pageStarts[p] = next;
    next = pageStarts[p];
  }
  return { text: paragraphs.length ? `${paragraphs.join('\n\n')}\n` : '', pageStarts, droppedLines: dropped.size };
}
