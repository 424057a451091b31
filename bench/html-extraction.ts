import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractHtml, type HtmlMethod } from '../src/ingest/formats/html.js';

/**
 * Measures the two body finders on the saved portal pages: chrome lines kept (output lines that are
 * neither the title, the date line nor a paragraph of the report) and body lines lost (paragraphs of
 * the report missing from the output). Run: npx tsx bench/html-extraction.ts
 */
const FIXTURES = path.resolve(import.meta.dirname, '../test/fixtures/html');
const GOV = path.resolve(import.meta.dirname, '../test/fixtures/gov-reports');
type Expected = Record<string, { title: string; source: string; skip: number; count: number }>;

export function bodyOf(entry: Expected[string]): string[] {
  const lines = readFileSync(path.join(GOV, entry.source), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.slice(entry.skip, entry.skip + entry.count);
}

const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8')) as Expected;
const variants: Array<{ name: string; method: HtmlMethod; keepChromeLines: boolean }> = [
  { name: 'readability alone', method: 'readability', keepChromeLines: true },
  { name: 'readability + chrome lines', method: 'readability', keepChromeLines: false },
  { name: 'rules (containers) alone', method: 'rules', keepChromeLines: true },
  { name: 'rules + chrome lines', method: 'rules', keepChromeLines: false },
];
for (const variant of variants) {
  let kept = 0;
  let lost = 0;
  const detail: string[] = [];
  for (const [file, entry] of Object.entries(expected)) {
    const body = bodyOf(entry);
    const out = extractHtml(readFileSync(path.join(FIXTURES, file)), variant)
      .text.split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const bodySet = new Set(body);
    const chrome = out.filter((l) => !bodySet.has(l) && l !== entry.title && !/^发布日期：\d{4}-\d{2}-\d{2}$/.test(l));
    const missing = body.filter((l) => !out.includes(l));
    kept += chrome.length;
    lost += missing.length;
    detail.push(
      `  ${file}: chrome kept ${chrome.length} ${JSON.stringify(chrome.map((c) => c.slice(0, 24)))}, body lost ${missing.length}`,
    );
  }
  process.stdout.write(`${variant.name}: chrome lines kept ${kept}, body lines lost ${lost}\n${detail.join('\n')}\n`);
}
