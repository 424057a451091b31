import { spawn } from 'node:child_process';
import path from 'node:path';
import type { ScaleBench } from './report.js';
import type { BuildResult, GenerateResult, ServeResult } from './scale-run.js';
import { REPO_ROOT } from './seed-bench.js';

export interface ScaleBenchOptions {
  sizes: readonly number[];
  sourceDir: string;
  log: (message: string) => void;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Each size in three child processes (generate, build, serve), so a stage's resident memory is its
 * own and not what an earlier, larger stage left behind in the heap.
 */
export async function runScaleBench(options: ScaleBenchOptions): Promise<ScaleBench[]> {
  const out: ScaleBench[] = [];
  for (const size of options.sizes) {
    options.log(`bench: scale ${size} chunks`);
    const corpus = await runStage<GenerateResult>(
      ['--stage', 'generate', '--size', String(size), '--source', options.sourceDir, '--root', REPO_ROOT],
      options.log,
    );
    const indexDir = path.join(REPO_ROOT, '.cache', 'scale-index', String(size));
    const built = await runStage<BuildResult>(['--stage', 'build', '--corpus', corpus.corpusDir, '--index', indexDir], options.log);
    options.log(`bench: ${size}: built ${built.chunks} chunks in ${built.buildMs} ms`);
    // Fewer timed rounds at the largest size: each question there takes longest.
    const askRounds = size >= 100_000 ? 2 : 3;
    const served = await runStage<ServeResult>(
      ['--stage', 'serve', '--corpus', corpus.corpusDir, '--index', indexDir, '--ask-rounds', String(askRounds)],
      options.log,
    );
    out.push({
      chunks: built.chunks,
      documents: built.documents,
      sentences: built.sentences,
      buildMs: built.buildMs,
      chunksPerSec: Math.round(built.chunks / (built.buildMs / 1000)),
      buildPeakRssMB: built.buildPeakRssMB,
      loadMs: served.loadMs,
      queryP50Ms: served.queryP50Ms,
      queryP95Ms: served.queryP95Ms,
      bruteForceP50Ms: served.bruteForceP50Ms,
      bruteForceP95Ms: served.bruteForceP95Ms,
      recallAt10: served.recallAt10,
      speedupVsBruteForce: round(served.bruteForceP50Ms / Math.max(1e-6, served.queryP50Ms), 1),
      efSearch: served.efSearch,
      queries: served.queries,
      askP50Ms: served.askP50Ms,
      askP95Ms: served.askP95Ms,
      asks: served.asks,
      rssMB: served.rssMB,
      heapUsedMB: served.heapUsedMB,
      indexBytes: built.indexBytes,
    });
  }
  return out;
}

/** Runs bench/scale-run.ts with the tsx loader; its stderr is passed through as progress. */
function runStage<T>(args: readonly string[], log: (m: string) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'bench/scale-run.ts'), ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let pending = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => {
      pending += d.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) log(`  ${line}`);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (pending.trim()) log(`  ${pending}`);
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last) return reject(new Error(`scale stage ${args[1]} exited ${code}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`scale stage ${args[1]} printed no result: ${last.slice(0, 200)}`));
      }
    });
  });
}
