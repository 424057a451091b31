/**
 * CSV for analysts' spreadsheets (RFC 4180): fields quoted when they hold a comma, quote or line
 * break, quotes doubled, CRLF between records. A field a spreadsheet would run as a formula
 * (starting with = + - @, or a tab or carriage return) is prefixed with ' — report text is
 * untrusted, and "=HYPERLINK(…)" in a cell is an attack, not a figure. Numbers are written as
 * numbers, so a negative change stays a number.
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const guarded = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function toCsv(header: readonly string[], records: readonly (readonly CsvCell[])[]): string {
  return `${[header, ...records].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
