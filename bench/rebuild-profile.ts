/**
 * Rebuilds the seed index N times in one process and prints each build's wall and CPU time and its
 * stage split: the script to run under `node --cpu-prof --import tsx bench/rebuild-profile.ts`.
 * usage: npx tsx bench/rebuild-profile.ts [builds=20] [corpusDir]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile } from '../src/evaluate/ranking.js';
import { openIndex } from '../src/store/open-index.js';
import { REPO_ROOT } from './seed-bench.js';

const builds = Number(process.argv[2] ?? 20);
const corpusDir = path.resolve(process.argv[3] ?? path.join(REPO_ROOT, 'corpus'));
const indexDir = mkdtempSync(path.join(os.tmpdir(), 'bench-rebuild-profile-'));
const WARM_UP = 3;
try {
  const walls: number[] = [];
  const cpus: number[] = [];
  let stages = '';
  for (let i = 0; i < WARM_UP + builds; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await openIndex({ corpusDir, indexDir, rebuild: true, log: (m) => m.startsWith('index: built') && (stages = m) });
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    if (i >= WARM_UP) {
      walls.push(wall);
      cpus.push(cpuMs);
    }
    process.stderr.write(`${i < WARM_UP ? 'warm-up' : 'build'} ${i}: wall ${wall.toFixed(0)} ms, CPU ${cpuMs.toFixed(0)} ms — ${stages}\n`);
  }
  const fmt = (xs: number[]) => `min ${Math.min(...xs).toFixed(0)} / median ${percentile(xs, 50).toFixed(0)} ms`;
  process.stdout.write(`${builds} rebuilds: wall ${fmt(walls)}; CPU ${fmt(cpus)}\n`);
} finally {
  rmSync(indexDir, { recursive: true, force: true });
}
