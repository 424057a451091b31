/**
 * Runs the number, percentage and currency parsing over Microsoft Recognizers-Text's Chinese specs
 * (fixtures copied verbatim, MIT, see test/fixtures/recognizers-text/NOTICE.md). The specs are the
 * closest public gold for "numbers as Chinese text writes them". Not every case passes, because some
 * specs encode Recognizers' own choices (一打 = 12, "一美元" is not a number) that a report reader
 * does not need: the cases that fail today are listed by name in known-failures.json, and any other
 * failure is a regression. A listed case that starts passing is taken off the list.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanCurrencies, scanNumbers, type ScanOptions } from '../src/lang/zh/chinese-number.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'recognizers-text');

interface SpecResult {
  Text: string;
  TypeName: string;
  Resolution?: { value?: string | null; isoCurrency?: string; unit?: string };
  Start: number;
  End: number;
}
interface SpecCase {
  Input: string;
  Results: SpecResult[];
  NotSupported?: string;
  NotSupportedByDesign?: string;
  IgnoreResolution?: boolean;
}
interface Found {
  start: number;
  /** exclusive */
  end: number;
  value: number | null;
  iso?: string;
}

function load(file: string): SpecCase[] {
  return JSON.parse(readFileSync(join(DIR, file), 'utf8').replace(/^\uFEFF/, '')) as SpecCase[];
}

function skippedForJs(c: SpecCase): boolean {
  const platforms = `${c.NotSupported ?? ''},${c.NotSupportedByDesign ?? ''}`.toLowerCase();
  return platforms.split(',').some((p) => p.trim() === 'javascript');
}

/** Recognizers' own notations (2e5, 40k, 七五折) are opt-in in our scanner; the specs use them. */
const SPEC_OPTIONS: ScanOptions = { discounts: true, scientific: true, latinMultipliers: true, ocrSpaces: false };

const EXTRACTORS: Record<string, (input: string) => Found[]> = {
  number: (input) =>
    scanNumbers(input, SPEC_OPTIONS)
      .filter((m) => m.kind === 'number' || m.kind === 'fraction')
      .map((m) => ({ start: m.start, end: m.end, value: m.value })),
  percentage: (input) =>
    scanNumbers(input, SPEC_OPTIONS)
      .filter((m) => m.kind === 'percent' || m.kind === 'percentagePoint')
      .map((m) => ({ start: m.start, end: m.end, value: m.value })),
  currency: (input) =>
    scanCurrencies(input, { bareNames: true }).map((m) => ({ start: m.start, end: m.end, value: m.value, iso: m.currency.iso })),
};

const FILES: Record<string, string> = {
  number: 'NumberModel.json',
  percentage: 'PercentModel.json',
  currency: 'CurrencyModel.json',
};

function sameValue(expected: string | null | undefined, found: number | null): boolean {
  if (expected === null || expected === undefined) return found === null;
  const want = Number(expected.replace(/%$/, ''));
  if (found === null || !Number.isFinite(want)) return false;
  return Math.abs(want - found) <= 1e-9 * Math.max(1, Math.abs(want));
}

function passes(kind: string, c: SpecCase, found: Found[]): boolean {
  if (found.length !== c.Results.length) return false;
  return c.Results.every((r) =>
    found.some(
      (f) =>
        f.start === r.Start &&
        f.end === r.End + 1 &&
        (c.IgnoreResolution === true || sameValue(r.Resolution?.value, f.value)) &&
        (kind !== 'currency' || (r.Resolution?.isoCurrency ?? undefined) === f.iso),
    ),
  );
}

const KNOWN_FAILURES_FILE = join(DIR, 'known-failures.json');
/** Set to rewrite known-failures.json from this run (then read its diff: every added line is a regression). */
const RECORD = process.env.RECOGNIZERS_RECORD === '1';

describe('Recognizers-Text Chinese specs', () => {
  it('fails only the cases listed in known-failures.json, and passes every listed case no longer', () => {
    let pass = 0;
    let total = 0;
    const lines: string[] = [];
    const failing: string[] = [];
    const shown: string[] = [];
    for (const [kind, file] of Object.entries(FILES)) {
      const cases = load(file).filter((c) => !skippedForJs(c));
      let ok = 0;
      for (const c of cases) {
        const found = EXTRACTORS[kind](c.Input);
        if (passes(kind, c, found)) ok++;
        else {
          failing.push(`${kind}: ${c.Input}`);
          shown.push(`${kind}: ${c.Input.slice(0, 60)} → ${JSON.stringify(found.map((f) => [c.Input.slice(f.start, f.end), f.value]))}`);
        }
      }
      pass += ok;
      total += cases.length;
      lines.push(`${kind.padEnd(10)} ${ok}/${cases.length} = ${((100 * ok) / cases.length).toFixed(1)}%`);
    }
    lines.push(`${'overall'.padEnd(10)} ${pass}/${total} = ${((100 * pass) / total).toFixed(1)}%`);
    if (RECORD) writeFileSync(KNOWN_FAILURES_FILE, `${JSON.stringify([...new Set(failing)].sort(), null, 1)}\n`);
    const known = new Set(JSON.parse(readFileSync(KNOWN_FAILURES_FILE, 'utf8')) as string[]);
    const regressions = shown.filter((_, i) => !known.has(failing[i]));
    const nowPassing = [...known].filter((k) => !failing.includes(k));
    expect(regressions, `Recognizers-Text Chinese pass rate\n${lines.join('\n')}\nnew failures:\n${regressions.join('\n')}`).toEqual([]);
    expect(nowPassing, 'these pass now: take them off known-failures.json').toEqual([]);
    expect(pass + failing.length).toBe(total);
  });
});
