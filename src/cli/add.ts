import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolvePaths } from '../config.js';
import { AddRefused, addToCorpus, SUPPORTED_EXTENSIONS, type AddResult } from '../ingest/add-to-corpus.js';
import { listCorpusFiles } from '../ingest/load-corpus.js';
import { type CliIo, runWhenEntry } from './cli-io.js';
import { ENGINE_FLAG_OPTIONS, openEngineFromFlags } from './open-engine.js';

const USAGE = `usage: npm run add -- FILE_OR_URL [--id ID] [--issuer 临平区] [--year 2025] [--corpus DIR] [--index DIR] [--model DIR]
  Copies a report (a file, or an http(s) page fetched with a timeout and a size cap) into the corpus
  folder as published, prints what was understood (issuer, years, kind, sections, sentences, table
  rows, warnings) and updates the index (only changed chunks are re-embedded by a model embedder).
  Types: ${SUPPORTED_EXTENSIONS.join(' ')}
  --id      the document's id (default: from the file name)
  --issuer  who issued it, when the title does not say (临平区, 杭州市, 浙江省)
  --year    the year it was delivered in (2025 for the 2025 work report, which reports on 2024)
  --corpus  the reports' folder (default: corpus, or CORPUS_DIR)
  --index   where the index is kept (default: index, or INDEX_DIR)
  --no-index  copy and report only; the index is rebuilt at the next start`;

/** What the command understood, as plain lines: the person adding a report checks them. */
export function describeAdded(result: AddResult, corpusDir: string): string {
  const { meta, summary } = result;
  const years =
    meta.kind === 'plan-execution-report'
      ? `reports on ${meta.reportsOn ?? '?'}, plans for ${meta.plansFor ?? '?'}`
      : `delivered ${meta.docYear ?? '?'}, reports on ${meta.reportsOn ?? '?'}, plans for ${meta.plansFor ?? '?'}`;
  const lines = [
    `${result.copied ? 'added' : 'already in the corpus'}: ${path.join(corpusDir, result.file)}`,
    `  id:        ${meta.id}`,
    `  title:     ${meta.title}`,
    `  issuer:    ${meta.issuer} (${meta.level})`,
    `  kind:      ${meta.kind}`,
    `  years:     ${years}`,
    `  published: ${meta.publishedDate ?? 'unknown'}`,
    `  sections ${summary.sections}, sentences ${summary.sentences}, table rows ${summary.tableRows}`,
    summary.warnings.length ? `  warnings:\n${summary.warnings.map((w) => `    - ${w}`).join('\n')}` : '  warnings: none',
  ];
  return lines.join('\n');
}

/** `npm run add`: returns the exit code (a refusal throws: exit 1 with its reason). */
export async function main(io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: io.argv,
    options: {
      ...ENGINE_FLAG_OPTIONS,
      id: { type: 'string' },
      issuer: { type: 'string' },
      year: { type: 'string' },
      'no-index': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help || positionals.length !== 1) {
    io.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1949 && year <= 2100))
    throw new AddRefused(`--year ${values.year}: a year like 2025`);
  const { corpusDir } = resolvePaths(values);
  const result = await addToCorpus({ source: positionals[0], corpusDir, id: values.id, issuer: values.issuer, year });
  io.stdout.write(`${describeAdded(result, corpusDir)}\n`);
  if (!listCorpusFiles(corpusDir).files.some((f) => f.file === result.file)) {
    io.stdout.write(`  note: the corpus loader does not read ${path.extname(result.file)} files yet; the index leaves it out\n`);
  }
  if (values['no-index']) return 0;
  const engine = await openEngineFromFlags({ ...values, progress: true }, undefined, io.stderr);
  const { manifest } = engine.retriever.data;
  io.stdout.write(
    `index: ${manifest.counts.documents} documents, ${manifest.counts.sentences} sentences, ${manifest.counts.chunks} chunks\n`,
  );
  return 0;
}

runWhenEntry(import.meta.url, 'add', main);
