import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { table } from '../src/evaluate/format.js';
import type { BenchReport, MachineInfo } from './report.js';
import { REPO_ROOT, runSeedBench } from './seed-bench.js';

const USAGE = `usage: npm run bench -- [--json] [--quick] [--corpus DIR]
  --quick  seed corpus only, fewer timed rounds (the scale runs of issue 6 are skipped)`;

function machine(): MachineInfo {
  const cpus = os.cpus();
  return { cpus: cpus.length, model: cpus[0]?.model.trim() ?? 'unknown', node: process.version };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { json: { type: 'boolean' }, quick: { type: 'boolean' }, corpus: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stderr.write(`${USAGE}\n`);
    return;
  }
  const log = (m: string) => process.stderr.write(`${m}\n`);
  const quick = values.quick === true;
  const corpusDir = path.resolve(values.corpus ?? path.join(REPO_ROOT, 'corpus'));

  const report: BenchReport = {
    machine: machine(),
    seed: await runSeedBench({ corpusDir, rounds: quick ? 3 : 10, startRuns: quick ? 3 : 5, log }),
  };

  if (!quick) {
    // TODO(issue 6): the scale block. Generate (or reuse from the cache) the 1 000 / 10 000 /
    // 100 000-chunk corpora, run each through the same build and query timing as the seed plus
    // indexBytes, bruteForceP50Ms and HNSW recall@10 against the exact scan, and set
    // `report.scale = [...]` (shape: ScaleBench in bench/report.ts).
    log('bench: scale block not implemented yet (issue 6)');
  }

  if (values.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  const m = report.machine;
  const s = report.seed;
  const lines = [
    `machine: ${m.model}, ${m.cpus} CPUs, Node ${m.node}`,
    '',
    table(
      ['corpus', 'chunks', 'build ms', 'chunks/s', 'query p50 ms', 'query p95 ms', 'start→answer ms', 'RSS MB'],
      [['seed', String(s.chunks), String(s.buildMs), String(s.chunksPerSec), s.queryP50Ms.toFixed(2), s.queryP95Ms.toFixed(2), String(s.startToFirstAnswerMs), s.rssMB.toFixed(1)]],
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
