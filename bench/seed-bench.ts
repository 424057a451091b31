import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from '../src/answer/engine.js';
import { percentile } from '../src/evaluate/ranking.js';
import { openIndex } from '../src/store/open-index.js';
import { BENCH_QUESTIONS } from './questions.js';
import type { SeedBench } from './report.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIRST_ANSWER_QUESTION = '钱塘区2024年GDP是多少？';
const WARM_UP_BUILDS = 2;

export interface SeedBenchOptions {
  corpusDir: string;
  /** Timed passes over the question list, after one untimed warm-up pass. */
  rounds: number;
  /** Full rebuilds timed after the first one of the process; the median is reported. */
  buildRounds: number;
  /** Fresh `ask` processes timed; the median is reported. */
  startRuns: number;
  log: (message: string) => void;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export async function runSeedBench(options: SeedBenchOptions): Promise<SeedBench> {
  const { log } = options;
  // A throwaway index dir: the bench must never touch (or be helped by) the working index/.
  const indexDir = mkdtempSync(path.join(os.tmpdir(), 'bench-seed-index-'));
  try {
    log(`bench: full build of ${options.corpusDir} into ${indexDir}`);
    // The first build of a process also loads jieba's dictionary and the o200k ranks and compiles
    // the code it runs (what a first `npm start` waits for); later builds in the same process (a
    // bot rebuilding for a changed corpus, `--corpus` on another) cost only the build. Both are
    // reported: the median first build of fresh `npm run index -- --rebuild` processes as
    // coldBuildMs, the median of later builds in this process as buildMs.
    const colds: number[] = [];
    for (let i = 0; i < options.startRuns; i++) colds.push(await timeFirstBuild(options.corpusDir, indexDir));
    log(`bench: first builds in fresh processes: ${colds.map((c) => Math.round(c)).join(', ')} ms`);
    const { index } = await openIndex({ corpusDir: options.corpusDir, indexDir, rebuild: true, log });
    const chunks = index.corpus.chunks.length;
    // Two more untimed builds: the second and third of a process still ran 40–90 % slower than the
    // ones after them while V8 finished optimising the fit's loops.
    for (let i = 0; i < WARM_UP_BUILDS; i++) await openIndex({ corpusDir: options.corpusDir, indexDir, rebuild: true, log: () => {} });
    const builds: number[] = [];
    const buildCpus: number[] = [];
    for (let i = 0; i < options.buildRounds; i++) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      await openIndex({ corpusDir: options.corpusDir, indexDir, rebuild: true, log: () => {} });
      builds.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      buildCpus.push((used.user + used.system) / 1000);
    }
    const buildMs = percentile(builds, 50);
    log(
      `bench: ${WARM_UP_BUILDS} untimed builds, then ${builds.length} timed: ${builds.map((b) => Math.round(b)).join(', ')} ms ` +
        `(CPU ${buildCpus.map((b) => Math.round(b)).join(', ')} ms)`,
    );

    // Query from the index as loaded from disk, as a serving process would.
    const loaded = await openIndex({ corpusDir: options.corpusDir, indexDir, log });
    if (loaded.built) log('bench: warning: the index just built was rebuilt on load');
    const engine = Engine.fromIndex(loaded.index);
    for (const q of BENCH_QUESTIONS) await engine.ask(q);
    const times: number[] = [];
    for (let r = 0; r < options.rounds; r++) {
      for (const q of BENCH_QUESTIONS) {
        const start = performance.now();
        await engine.ask(q);
        times.push(performance.now() - start);
      }
    }
    const rssMB = process.memoryUsage().rss / (1024 * 1024);
    log(`bench: ${times.length} queries (${BENCH_QUESTIONS.length} questions × ${options.rounds}), max ${round(Math.max(...times))} ms`);

    const starts: number[] = [];
    for (let i = 0; i < options.startRuns; i++) starts.push(await timeFirstAnswer(options.corpusDir, indexDir, log));
    log(`bench: start to first answer runs: ${starts.map((s) => Math.round(s)).join(', ')} ms`);

    return {
      chunks,
      buildMs: Math.round(buildMs),
      chunksPerSec: Math.round(chunks / (buildMs / 1000)),
      buildMaxMs: Math.round(Math.max(...builds)),
      buildCpuMs: Math.round(percentile(buildCpus, 50)),
      coldBuildMs: Math.round(percentile(colds, 50)),
      queryP50Ms: round(percentile(times, 50)),
      queryP95Ms: round(percentile(times, 95)),
      startToFirstAnswerMs: Math.round(percentile(starts, 50)),
      rssMB: round(rssMB, 1),
    };
  } finally {
    rmSync(indexDir, { recursive: true, force: true });
  }
}

/** The build time a fresh `npm run index -- --rebuild` logs ("index: built 269 chunks in 458 ms"). */
function timeFirstBuild(corpusDir: string, indexDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const args = [
      '--import',
      'tsx',
      path.join(REPO_ROOT, 'src/cli/build-index.ts'),
      '--rebuild',
      '--corpus',
      corpusDir,
      '--index',
      indexDir,
    ];
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const built = /index: built \d+ chunks in (\d+) ms/.exec(stderr);
      if (code !== 0 || !built) return reject(new Error(`index build exited ${code}: ${stderr.trim().slice(0, 500)}`));
      resolve(Number(built[1]));
    });
  });
}

/**
 * Spawn to the first complete answer line on stdout of a fresh `ask --json`. Node with the tsx
 * loader rather than `npx tsx`, which would add npx's own start-up and a second node process.
 */
function timeFirstAnswer(corpusDir: string, indexDir: string, log: (m: string) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const args = [
      '--import',
      'tsx',
      path.join(REPO_ROOT, 'src/cli/ask.ts'),
      '--json',
      FIRST_ANSWER_QUESTION,
      '--corpus',
      corpusDir,
      '--index',
      indexDir,
    ];
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let elapsed: number | null = null;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
      if (elapsed === null && stdout.includes('\n')) elapsed = performance.now() - start;
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (elapsed === null) return reject(new Error(`ask exited ${code} without an answer: ${stderr.trim().slice(0, 500)}`));
      // A rebuild in the child would time the build, not the start.
      if (/building|rebuilding/.test(stderr)) log(`bench: warning: the timed ask rebuilt the index: ${stderr.trim().slice(0, 200)}`);
      try {
        const answer = JSON.parse(stdout.split('\n')[0]) as { notFound?: boolean };
        if (answer.notFound) log('bench: warning: the timed ask answered "not found"');
      } catch {
        return reject(new Error(`ask printed something other than an answer: ${stdout.slice(0, 200)}`));
      }
      resolve(elapsed);
    });
  });
}
