#!/usr/bin/env node
// Per-intent and per-tag figures for a natural-question file, from the shared scorer's own output.
//
//   node eval/by-intent.mjs --questions eval/natural/tune.jsonl [--scorer ../shared/eval/score.mjs] [--markdown] -- COMMAND...
//   node eval/by-intent.mjs --questions eval/natural/tune.jsonl --from saved-scorer-output.txt [--markdown]
//
// The scorer prints, with --verbose, one block per case that missed something ("<id> <q>" then
// indented reasons: "said not found", "answered, but the corpus has no answer", "cite: …",
// "figure: …" once per missed figure, "lead: …", "priorities: n/m"; "<id>: no answer"), and with
// --json a summary line. Which checks apply to a case follows from its fields, exactly as in
// score.mjs, so hits = applicable − missed. citeHit1 is not printed per case by the scorer and is
// therefore given only overall (from its summary line). `pass` = the case missed nothing.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const sep = args.indexOf('--');
const own = sep < 0 ? args : args.slice(0, sep);
const opt = (name) => (own.includes(name) ? own[own.indexOf(name) + 1] : undefined);
const file = opt('--questions');
if (!file || (sep < 0 && !opt('--from'))) {
  console.error('usage: by-intent.mjs --questions FILE [--markdown] (--from SCORER_OUTPUT | -- COMMAND...)');
  process.exit(2);
}
const scorer = opt('--scorer') ?? path.resolve(here, '../../shared/eval/score.mjs');
const cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

let output;
if (opt('--from')) output = readFileSync(opt('--from'), 'utf8');
else {
  const child = spawn(process.execPath, [scorer, '--questions', file, '--verbose', '--json', '--', ...args.slice(sep + 1)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  output = '';
  child.stdout.on('data', (d) => (output += d));
  await new Promise((resolve) => child.on('close', resolve));
}

// Misses per case id.
const ids = new Set(cases.map((c) => c.id));
const misses = new Map();
let current = null;
for (const line of output.split('\n')) {
  if (line.startsWith('    ') && current) misses.get(current).push(line.trim());
  else {
    const id = line.split(/[\s:]/)[0];
    current = ids.has(id) ? id : null;
    if (current) misses.set(current, line.endsWith(': no answer') ? ['no answer'] : []);
  }
}
const summaryLine = output.split('\n').reverse().find((l) => l.startsWith('{'));
const summary = summaryLine ? JSON.parse(summaryLine) : null;

const METRICS = ['leadHit', 'citeHit5', 'figureHit', 'refusalCorrect', 'answeredWhenAnswerable', 'prioritiesHit', 'pass'];
const empty = () => Object.fromEntries(METRICS.map((m) => [m, [0, 0]]));
function score(c, t) {
  const m = misses.get(c.id) ?? [];
  const has = (prefix) => m.filter((x) => x.startsWith(prefix)).length;
  const noAnswer = m.includes('no answer');
  const tally = (k, ok) => {
    t[k][1]++;
    if (ok && !noAnswer) t[k][0]++;
  };
  if (c.notFound) tally('refusalCorrect', !has('answered, but'));
  else tally('answeredWhenAnswerable', !has('said not found'));
  if (c.cite) tally('citeHit5', !has('cite:'));
  const figs = c.fig ?? [];
  const missedFigs = has('figure:');
  figs.forEach((_, n) => tally('figureHit', n >= missedFigs));
  if ((c.lead ?? c.fig?.[0]?.value) !== undefined && !c.notFound) tally('leadHit', !has('lead:'));
  if (c.priorities) tally('prioritiesHit', !has('priorities:'));
  tally('pass', m.length === 0);
}
const by = (key) => {
  const groups = new Map();
  for (const c of cases) for (const k of key(c)) {
    if (!groups.has(k)) groups.set(k, { n: 0, t: empty() });
    groups.get(k).n++;
    score(c, groups.get(k).t);
  }
  return [...groups.entries()].sort((a, b) => b[1].n - a[1].n);
};
const pct = ([n, d]) => (d ? ((100 * n) / d).toFixed(1) : '–');
const rows = [['all', { n: cases.length, t: by(() => ['all'])[0][1].t }], ...by((c) => [c.intent])];
const tagRows = by((c) => c.tags ?? []);

const markdown = own.includes('--markdown');
function table(title, list) {
  if (markdown) {
    console.log(`\n| ${title} | cases | ${METRICS.join(' | ')} |\n|${' --- |'.repeat(METRICS.length + 2)}`);
    for (const [k, { n, t }] of list) console.log(`| ${k} | ${n} | ${METRICS.map((m) => pct(t[m])).join(' | ')} |`);
  } else {
    console.log(`\n${title.padEnd(22)}${'cases'.padStart(6)}${METRICS.map((m) => m.replace('answeredWhenAnswerable', 'answered').padStart(15)).join('')}`);
    for (const [k, { n, t }] of list) console.log(`${k.padEnd(22)}${String(n).padStart(6)}${METRICS.map((m) => pct(t[m]).padStart(15)).join('')}`);
  }
}
if (summary) console.log(`scorer summary: ${JSON.stringify(summary)}`);
table('intent', rows);
table('tag', tagRows);
