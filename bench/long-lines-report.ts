import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A report as OCR or a table export hands it over: the text of the real reports with their
 * punctuation gone (decimal points and % kept, so figures still read as figures) and a line break
 * every 30 characters, to the size asked. Generated, never committed: 5 MB is made in a second.
 */
export const LONG_LINES_SOURCES = path.join(import.meta.dirname, '..', 'test', 'fixtures', 'gov-reports');

/** Every punctuation mark except the decimal point and the percent sign, and all whitespace. */
const PUNCTUATION = /[\p{P}\s]/gu;
const KEPT = new Set(['.', '%']);
/** Where OCR and narrow exports break a line: a fixed column, no regard for words. */
export const LONG_LINES_WIDTH = 30;

export function punctuationFreeText(source: string): string {
  return source.replace(PUNCTUATION, (c) => (KEPT.has(c) ? c : ''));
}

/** The work reports under test/fixtures/gov-reports, punctuation-free, in a fixed order. */
function sourceText(dir: string): string {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt') && !f.endsWith('SOURCE.txt'))
    .sort();
  return files.map((f) => punctuationFreeText(readFileSync(path.join(dir, f), 'utf8'))).join('');
}

/**
 * About `chars` characters of punctuation-free report text in lines of `width` characters. Past the
 * sources' length the text is read again from a shifted start with its digits rotated, so no pass
 * repeats an earlier one and de-duplication does not shrink the report.
 */
export function longLinesReport(chars: number, sourceDir = LONG_LINES_SOURCES, width = LONG_LINES_WIDTH): string {
  const source = sourceText(sourceDir);
  const parts: string[] = [];
  let written = 0;
  for (let pass = 0; written < chars; pass++) {
    const text = pass === 0 ? source : rotateDigits(source.slice((pass * 7) % source.length), pass);
    const take = text.slice(0, chars - written);
    parts.push(take);
    written += take.length;
  }
  const body = parts.join('');
  const lines: string[] = [];
  for (let at = 0; at < body.length; at += width) lines.push(body.slice(at, at + width));
  return `${lines.join('\n')}\n`;
}

function rotateDigits(text: string, by: number): string {
  return text.replace(/\d/g, (d) => String((Number(d) + by) % 10));
}
