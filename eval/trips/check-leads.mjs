#!/usr/bin/env node
// Scores the lead wording the shared scorer cannot see: `leadSays` (a regular expression the first line of the
// answer must match) and `leadNot` (one it must not match), for the cases of a file that carry them.
//
//   node eval/trips/check-leads.mjs --questions eval/trips/t-tune.jsonl [--verbose] -- npm run --silent ask -- --jsonl ...
//
// Prints one summary line ({"cases":n,"leadWords":pct}); with --verbose, each miss (only for a tune file: a
// held-out file is read as its summary line).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const sep = args.indexOf('--');
const own = sep < 0 ? args : args.slice(0, sep);
const file = own[own.indexOf('--questions') + 1];
if (sep < 0 || !own.includes('--questions')) {
  console.error('usage: check-leads.mjs --questions FILE [--verbose] -- COMMAND...');
  process.exit(2);
}
const verbose = own.includes('--verbose');
const cases = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .filter((c) => c.leadSays || c.leadNot);
const command = args.slice(sep + 1);
const child = spawn(command[0], command.slice(1), { stdio: ['pipe', 'pipe', 'inherit'] });
child.stdin.end(`${cases.map((c) => (c.history ? JSON.stringify({ q: c.q, history: c.history }) : c.q)).join('\n')}\n`);
let out = '';
child.stdout.on('data', (d) => (out += d));
await new Promise((resolve) => child.on('close', resolve));
const answers = out.split('\n').filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l));
let hits = 0;
cases.forEach((c, i) => {
  const first = String(answers[i]?.text ?? '').split('\n')[0];
  const ok = (!c.leadSays || new RegExp(c.leadSays, 'i').test(first)) && (!c.leadNot || !new RegExp(c.leadNot, 'i').test(first));
  if (ok) hits++;
  else if (verbose) console.log(`${c.id} ${c.q}\n    lead: ${first.slice(0, 120)}`);
});
console.log(JSON.stringify({ cases: cases.length, leadWords: cases.length ? +((100 * hits) / cases.length).toFixed(1) : 100 }));
