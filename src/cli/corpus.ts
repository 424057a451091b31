import path from 'node:path';
import { parseArgs } from 'node:util';
import { chunkDocument } from '../chunk/chunker.js';
import { loadCorpusAsync } from '../ingest/load-corpus.js';
import { sentenceRecords } from '../ingest/sentence-records.js';
import type { IngestedCorpus, IngestedDocument } from '../ingest/types.js';
import { type CliIo, runWhenEntry } from './cli-io.js';

const USAGE = `usage: npm run corpus -- [--corpus DIR] [--strict]
       npm run --silent corpus -- --jsonl [--corpus DIR] [--strict]
  (default)  a table of the ingested documents
  --jsonl    one JSON line a sentence on stdout; everything else goes to stderr
  --strict   exit 1 when any file gave a warning`;

interface TableRow {
  doc: string;
  issuer: string;
  year: string;
  sentences: number;
  chunks: number;
  sections: number;
  tokens: number;
  spam: number;
  dups: number;
  warnings: number;
}

/** `npm run corpus`: returns the exit code. */
export async function main(io: CliIo): Promise<number> {
  let values: { corpus?: string; jsonl?: boolean; strict?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: io.argv,
      options: {
        corpus: { type: 'string' },
        jsonl: { type: 'boolean' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    }));
  } catch (error) {
    io.stderr.write(`corpus: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stderr.write(`${USAGE}\n`);
    return 0;
  }
  const corpusDir = path.resolve(values.corpus ?? 'corpus');
  let corpus: IngestedCorpus;
  try {
    // PDF, Word and HTML files are extracted first (async), as the index build does.
    corpus = await loadCorpusAsync(corpusDir);
  } catch (error) {
    io.stderr.write(`corpus: cannot read ${corpusDir}: ${(error as Error).message}\n`);
    return 2;
  }

  if (values.jsonl) {
    for (const doc of corpus.documents) {
      for (const record of sentenceRecords(doc)) io.stdout.write(`${JSON.stringify(record)}\n`);
    }
  } else {
    io.stdout.write(`${formatTable(corpus.documents.map(tableRow))}\n`);
  }

  for (const doc of corpus.documents) {
    if (doc.encoding && doc.encoding !== 'utf-8') io.stderr.write(`note: ${doc.meta.file}: decoded as ${doc.encoding}\n`);
  }
  for (const w of corpus.warnings) io.stderr.write(`warning: ${w.file}: ${w.reason}\n`);
  io.stderr.write(`${corpus.documents.length} documents from ${corpusDir}, ${corpus.warnings.length} warnings\n`);
  // Warnings never stop ingestion of the other files; --strict is for CI, where any warning is a defect.
  return values.strict && corpus.warnings.length ? 1 : 0;
}

function tableRow(doc: IngestedDocument): TableRow {
  const chunks = chunkDocument(doc);
  return {
    doc: doc.meta.id,
    issuer: doc.meta.issuer,
    year: doc.meta.docYear === null ? '-' : String(doc.meta.docYear),
    sentences: doc.stats.sentences,
    chunks: chunks.length,
    sections: doc.stats.sections,
    tokens: chunks.reduce((sum, c) => sum + c.tokens, 0),
    spam: doc.stats.spamRemoved,
    dups: doc.stats.duplicatesDropped,
    warnings: doc.warnings.length,
  };
}

const COLUMNS: ReadonlyArray<{ key: keyof TableRow; title: string; numeric: boolean }> = [
  { key: 'doc', title: 'doc', numeric: false },
  { key: 'issuer', title: 'issuer', numeric: false },
  { key: 'year', title: 'year', numeric: false },
  { key: 'sentences', title: 'sentences', numeric: true },
  { key: 'chunks', title: 'chunks', numeric: true },
  { key: 'sections', title: 'sections', numeric: true },
  { key: 'tokens', title: 'tokens', numeric: true },
  { key: 'spam', title: 'spam removed', numeric: true },
  { key: 'dups', title: 'duplicates dropped', numeric: true },
  { key: 'warnings', title: 'warnings', numeric: true },
];

/** Chinese characters take two terminal cells, so padding counts cells, not code units. */
function cellWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - cellWidth(text)));
  return right ? fill + text : text + fill;
}

function formatTable(rows: readonly TableRow[]): string {
  const cells = rows.map((r) => COLUMNS.map((c) => String(r[c.key])));
  const widths = COLUMNS.map((c, i) => Math.max(cellWidth(c.title), ...cells.map((row) => cellWidth(row[i]))));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => pad(v, widths[i], COLUMNS[i].numeric))
      .join('  ')
      .trimEnd();
  const out = [line(COLUMNS.map((c) => c.title)), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
  if (rows.length > 1) {
    const total = (key: keyof TableRow) => String(rows.reduce((sum, r) => sum + Number(r[key]), 0));
    out.push(line(COLUMNS.map((c, i) => (i === 0 ? 'total' : c.numeric ? total(c.key) : ''))));
  }
  return out.join('\n');
}

runWhenEntry(import.meta.url, 'corpus', main);
