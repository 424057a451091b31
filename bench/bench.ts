import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { table } from '../src/evaluate/format.js';
import { DEFAULT_SCALE_SIZES } from './scale-corpus.js';
import { runScaleBench } from './scale-bench.js';
import { type LongLinesRow, runLongLinesBench } from './long-lines-bench.js';
import { runChartBench } from './chart-bench.js';
import type { BenchReport, MachineInfo } from './report.js';
import { REPO_ROOT, runSeedBench } from './seed-bench.js';

const USAGE = `usage: npm run bench -- [--json] [--quick] [--corpus DIR] [--sizes 1000,10000,100000] [--long-lines] [--chart]
  --quick  seed corpus only, fewer timed rounds (the scale runs are skipped)
  --long-lines  only the punctuation-free line-broken report, 1 kB to 5 MB: build and ask time per
           character (bench/long-lines-bench.ts)
  --chart  only chart rendering: a ten-point trend (actual and target) to SVG and PNG, in this
           process (bench/chart-bench.ts)
  --sizes  scale corpus sizes in chunks (default ${DEFAULT_SCALE_SIZES.join(',')}); the corpora are
           generated from --corpus into .cache/scale-corpus/ once and reused`;

function parseSizes(value: string | undefined): number[] {
  if (value === undefined) return [...DEFAULT_SCALE_SIZES];
  const sizes = value.split(',').map((s) => Number(s.trim()));
  if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 100))
    throw new Error(`--sizes wants chunk counts ≥ 100, e.g. 1000,10000, not "${value}"`);
  return sizes;
}

function machine(): MachineInfo {
  const cpus = os.cpus();
  return { cpus: cpus.length, model: cpus[0]?.model.trim() ?? 'unknown', node: process.version };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean' },
      quick: { type: 'boolean' },
      corpus: { type: 'string' },
      sizes: { type: 'string' },
      'long-lines': { type: 'boolean' },
      chart: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stderr.write(`${USAGE}\n`);
    return;
  }
  const log = (m: string) => process.stderr.write(`${m}\n`);
  if (values.chart) {
    const rows = runChartBench();
    if (values.json) process.stdout.write(`${JSON.stringify({ machine: machine(), chart: rows })}\n`);
    else
      process.stdout.write(
        `${table(
          ['step', 'runs', 'median ms', 'max ms', 'median CPU ms'],
          rows.map((r) => [r.step, String(r.runs), r.medianMs.toFixed(0), r.maxMs.toFixed(0), r.medianCpuMs.toFixed(0)]),
        )}\n`,
      );
    return;
  }
  if (values['long-lines']) {
    const rows = await runLongLinesBench({ log });
    if (values.json) process.stdout.write(`${JSON.stringify({ machine: machine(), longLines: rows })}\n`);
    else process.stdout.write(`${longLinesTable(rows)}\n`);
    return;
  }
  const quick = values.quick === true;
  const corpusDir = path.resolve(values.corpus ?? path.join(REPO_ROOT, 'corpus'));
  const sizes = parseSizes(values.sizes);

  const report: BenchReport = {
    machine: machine(),
    seed: await runSeedBench({ corpusDir, rounds: quick ? 3 : 10, buildRounds: quick ? 5 : 9, startRuns: quick ? 3 : 5, log }),
  };

  if (!quick) report.scale = await runScaleBench({ sizes, sourceDir: corpusDir, log });

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
      [
        'corpus',
        'chunks',
        'build ms',
        'chunks/s',
        'build max ms',
        'build CPU ms',
        'first build ms',
        'query p50 ms',
        'query p95 ms',
        'start→answer ms',
        'RSS MB',
      ],
      [
        [
          'seed',
          String(s.chunks),
          String(s.buildMs),
          String(s.chunksPerSec),
          String(s.buildMaxMs),
          String(s.buildCpuMs),
          String(s.coldBuildMs),
          s.queryP50Ms.toFixed(2),
          s.queryP95Ms.toFixed(2),
          String(s.startToFirstAnswerMs),
          s.rssMB.toFixed(1),
        ],
      ],
    ),
  ];
  if (report.scale?.length) {
    const f = (x: number, d = 2) => x.toFixed(d);
    lines.push(
      '',
      table(
        [
          'chunks',
          'build s',
          'chunks/s',
          'query p50 ms',
          'query p95 ms',
          'exact p50 ms',
          'speed-up',
          'recall@10',
          'ask p50 ms',
          'ask p95 ms',
          'RSS MB',
          'index MB',
        ],
        report.scale.map((r) => [
          String(r.chunks),
          f(r.buildMs / 1000, 1),
          String(r.chunksPerSec),
          f(r.queryP50Ms, 3),
          f(r.queryP95Ms, 3),
          f(r.bruteForceP50Ms),
          `${f(r.speedupVsBruteForce, 0)}×`,
          f(r.recallAt10, 3),
          f(r.askP50Ms),
          f(r.askP95Ms),
          f(r.rssMB, 1),
          f(r.indexBytes / 1e6, 1),
        ]),
      ),
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

function longLinesTable(rows: readonly LongLinesRow[]): string {
  const perKChar = (ms: number, chars: number) => ((ms / chars) * 1000).toFixed(2);
  return table(
    [
      'bytes',
      'chars',
      'sentences',
      'chunks',
      'max sentence',
      'max tokens',
      'build ms',
      'build ms/kchar',
      'ingest ms/kchar',
      'chunk ms/kchar',
      'ask p50 ms',
      'ask max ms',
    ],
    rows.map((r) => [
      String(r.bytes),
      String(r.chars),
      String(r.sentences),
      String(r.chunks),
      String(r.maxSentenceChars),
      String(r.maxChunkTokens),
      String(r.buildMs),
      perKChar(r.buildMs, r.chars),
      perKChar(r.ingestMs, r.chars),
      perKChar(r.chunkMs, r.chars),
      r.askP50Ms.toFixed(1),
      r.askMaxMs.toFixed(1),
    ]),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
