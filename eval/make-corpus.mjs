#!/usr/bin/env node
// Assembles the evaluation corpus: the seed corpus (corpus/, manifest included) plus the 20 work
// reports of test/fixtures/gov-reports/*/ (their .txt files only, flat), into .cache/eval-corpus/.
// Idempotent: a file already there with the same bytes is left alone (so the index built over the
// directory stays valid); a file that no longer has a source is removed.
//
//   node eval/make-corpus.mjs [--out DIR]
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const out = path.resolve(root, args.includes('--out') ? args[args.indexOf('--out') + 1] : '.cache/eval-corpus');

/** name in the assembled corpus → source path */
const sources = new Map();
const seed = path.join(root, 'corpus');
for (const name of readdirSync(seed).sort()) {
  if (statSync(path.join(seed, name)).isFile()) sources.set(name, path.join(seed, name));
}
const reports = path.join(root, 'test/fixtures/gov-reports');
for (const dir of readdirSync(reports).sort()) {
  const full = path.join(reports, dir);
  if (!statSync(full).isDirectory()) continue;
  for (const name of readdirSync(full).sort()) {
    if (!name.endsWith('.txt')) continue;
    if (sources.has(name)) throw new Error(`two sources for ${name}`);
    sources.set(name, path.join(full, name));
  }
}

mkdirSync(out, { recursive: true });
let copied = 0;
let kept = 0;
let removed = 0;
for (const [name, from] of sources) {
  const to = path.join(out, name);
  if (existsSync(to) && readFileSync(to).equals(readFileSync(from))) {
    kept++;
    continue;
  }
  copyFileSync(from, to);
  copied++;
}
for (const name of readdirSync(out)) {
  if (!sources.has(name)) {
    rmSync(path.join(out, name), { recursive: true, force: true });
    removed++;
  }
}
console.log(`${path.relative(root, out)}: ${sources.size} files (${copied} copied, ${kept} unchanged, ${removed} removed)`);
