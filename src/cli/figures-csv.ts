import type { Answer, Citation, Figure } from '../answer/schema.js';

/**
 * The figures of an answer as CSV (RFC 4180), one row per figure with the citation it came from,
 * for analysts who take the numbers into a spreadsheet. The value is the number as the report
 * writes it, in the report's unit; `change` is the stated change ("up 5.5%", "down 0.3个百分点", "flat").
 */
export const FIGURES_CSV_HEADER = [
  'indicator',
  'value',
  'unit',
  'change',
  'kind',
  'period',
  'place',
  'qualifier',
  'document',
  'section',
  'paragraph',
  'sentence',
] as const;

/**
 * Cells a spreadsheet would read as a formula (= + - @, and tab or carriage return which some
 * programs treat the same) get a leading apostrophe, so a report sentence can never run as one
 * (CSV injection). Numbers are written by us, not taken from text, and are left alone: "-0.3"
 * stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function figuresCsv(answer: Pick<Answer, 'figures' | 'citations'>): string {
  const citations = new Map(answer.citations.map((c) => [c.id, c]));
  const rows = [[...FIGURES_CSV_HEADER], ...answer.figures.map((f) => figureRow(f, citations.get(f.citationId)))];
  // RFC 4180: CRLF between records, and after the last one.
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

type Cell = string | number | null;

function figureRow(f: Figure, c: Citation | undefined): Cell[] {
  // "up 5.5%", not "+5.5%": a signed text cell would read as a formula and be guarded with an apostrophe.
  const change =
    f.change === undefined ? '' : f.change.direction === 'flat' ? 'flat' : `${f.change.direction} ${f.change.value}${f.change.unit}`;
  return [
    f.indicator,
    f.value,
    f.unit,
    change,
    f.kind,
    f.period,
    f.district,
    f.qualifier ?? '',
    c?.title ?? '',
    c?.section ?? '',
    c?.paragraph ?? null,
    c?.sentence ?? '',
  ];
}

/** One field: numbers as written; text guarded against formulas, quoted when it holds a comma, quote or line break. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}
