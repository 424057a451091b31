#!/usr/bin/env node
// Assembles the fresh-l corpus, .cache/eval-corpus-l: every file of .cache/eval-corpus (the seed corpus and the 20
// external work reports, built by ../make-corpus.mjs when missing) plus the three 2025 provincial work reports as
// people have them — 云南 and 湖南 as Word files (test/fixtures/report-formats/docx/), 吉林 as the PDF
// (/work/shared/external/report-formats/pdf/, the same bytes as test/fixtures/report-formats/pdf/). Their manifest
// entries are written by `npm run add -- FILE --corpus .cache/eval-corpus-l --no-index`, the way a user adds a report,
// and checked: the issuer the file names, delivered 2025, reporting on 2024, planning for 2025.
// Idempotent: a file already there with the same bytes is left alone and the manifest is rewritten only when its
// base part (eval-corpus's manifest) changed or an entry is missing, so the index built over the folder stays valid.
//
//   node eval/fresh-l/make-corpus.mjs
//   npm run --silent ask -- --jsonl --corpus .cache/eval-corpus-l --index .cache/eval-index-l   (evals)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const base = path.join(root, '.cache/eval-corpus');
const out = path.join(root, '.cache/eval-corpus-l');
const FORMATS = path.join(root, 'test/fixtures/report-formats');
const PDF = existsSync('/work/shared/external/report-formats/pdf') ? '/work/shared/external/report-formats/pdf' : path.join(FORMATS, 'pdf');
/** The three added reports: file → the issuer its entry must name. */
export const ADDED = [
  { from: path.join(FORMATS, 'docx/2025年云南省政府工作报告.docx'), issuer: '云南省' },
  { from: path.join(FORMATS, 'docx/2025年湖南省政府工作报告.docx'), issuer: '湖南省' },
  { from: path.join(PDF, '2025年吉林省政府工作报告.pdf'), issuer: '吉林省' },
];

if (!existsSync(path.join(base, 'manifest.json'))) execFileSync('node', [path.join(root, 'eval/make-corpus.mjs')], { stdio: 'inherit' });
mkdirSync(out, { recursive: true });

const baseNames = readdirSync(base).filter((n) => n !== 'manifest.json');
const addedNames = ADDED.map((a) => path.basename(a.from));
let copied = 0;
let kept = 0;
let removed = 0;
for (const name of baseNames) {
  const from = path.join(base, name);
  const to = path.join(out, name);
  if (existsSync(to) && readFileSync(to).equals(readFileSync(from))) kept++;
  else {
    copyFileSync(from, to);
    copied++;
  }
}
for (const name of readdirSync(out)) {
  if (name === 'manifest.json' || baseNames.includes(name) || addedNames.includes(name)) continue;
  rmSync(path.join(out, name), { recursive: true, force: true });
  removed++;
}
// A changed added file is replaced (npm run add refuses a name already used by other content).
for (const { from } of ADDED) {
  const to = path.join(out, path.basename(from));
  if (existsSync(to) && !readFileSync(to).equals(readFileSync(from))) rmSync(to);
}

const baseDocs = JSON.parse(readFileSync(path.join(base, 'manifest.json'), 'utf8')).documents;
const manifestPath = path.join(out, 'manifest.json');
const current = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')).documents : [];
const upToDate =
  JSON.stringify(current.slice(0, baseDocs.length)) === JSON.stringify(baseDocs) &&
  current.length === baseDocs.length + ADDED.length &&
  addedNames.every((n) => current.some((d) => d.file === n) && existsSync(path.join(out, n)));
let added = 0;
if (!upToDate) {
  writeFileSync(manifestPath, `${JSON.stringify({ documents: baseDocs }, null, 2)}\n`);
  for (const { from } of ADDED) {
    execFileSync('npm', ['run', '--silent', 'add', '--', from, '--corpus', out, '--no-index'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    added++;
  }
}
const docs = JSON.parse(readFileSync(manifestPath, 'utf8')).documents;
const wrong = [];
for (const { from, issuer } of ADDED) {
  const d = docs.find((e) => e.file === path.basename(from));
  if (!d) wrong.push(`${path.basename(from)}: no manifest entry`);
  else if (d.issuer !== issuer || d.level !== 'province' || d.docYear !== 2025 || d.reportsOn !== 2024 || d.plansFor !== 2025 || d.kind !== 'government-work-report')
    wrong.push(`${d.file}: understood as ${JSON.stringify(d)}`);
}
if (wrong.length) {
  console.error(wrong.join('\n'));
  process.exit(1);
}
console.log(
  `${path.relative(root, out)}: ${baseNames.length + ADDED.length} files (${copied} copied, ${kept} unchanged, ${removed} removed, ${added ? `${added} added by npm run add` : 'manifest unchanged'})`,
);
