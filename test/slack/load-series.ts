/**
 * A series of load runs (not a vitest test): `npx tsx test/slack/load-series.ts` runs load-run.ts
 * LOAD_SERIES_RUNS times (default 10), one after another with a pause between them, and prints
 * each run's ack p99 beside the percentiles of every ack of the series pooled. One run's p99 over
 * 300 acks is its third-slowest ack, so a single stall of the machine moves it; the pooled p99 is
 * the 1 % tail of all the bursts' acks, the figure a user of a bot under bursts would see.
 * Every load-run.ts variable (LOAD_MENTIONS, LOAD_WARM_EVENTS, …) applies to each run.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { percentile } from './percentile.js';

const RUNS = Number(process.env.LOAD_SERIES_RUNS ?? 10);
/** Seconds between runs, so one run's leftovers (exiting processes) are not the next one's load. */
const PAUSE_MS = Number(process.env.LOAD_SERIES_PAUSE_MS ?? 5_000);

const RunReport = z.object({
  acked: z.number(),
  sent: z.number(),
  lost: z.number(),
  duplicates: z.number(),
  ackP99Ms: z.number().nullable(),
  replyP50Ms: z.number().nullable(),
  replyP95Ms: z.number().nullable(),
});
const Samples = z.object({ ackMs: z.array(z.number()), replyMs: z.array(z.number()) });

async function oneRun(samplesFile: string): Promise<{ report: z.infer<typeof RunReport>; loadBefore: number }> {
  const loadBefore = loadavg()[0] ?? 0;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'load-run.ts')], {
    env: { ...process.env, LOAD_SAMPLES_OUT: samplesFile },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (out.trim() === '') throw new Error(`load run exited ${code} without a report`);
  return { report: RunReport.parse(JSON.parse(out)), loadBefore };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'load-series-'));
  const ackMs: number[] = [];
  const replyMs: number[] = [];
  const runs: Array<Record<string, number | null>> = [];
  try {
    for (let i = 0; i < RUNS; i += 1) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      const file = path.join(dir, `run-${i}.json`);
      const { report, loadBefore } = await oneRun(file);
      const samples = Samples.parse(JSON.parse(readFileSync(file, 'utf8')));
      ackMs.push(...samples.ackMs);
      replyMs.push(...samples.replyMs);
      runs.push({ loadBefore: Math.round(loadBefore * 100) / 100, ...report });
      process.stderr.write(`run ${i + 1}/${RUNS}: ack p99 ${report.ackP99Ms} ms, lost ${report.lost}, duplicated ${report.duplicates}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const summary = {
    runs: runs.length,
    eventsSent: runs.reduce((sum, r) => sum + (r.sent ?? 0), 0),
    acked: ackMs.length,
    lost: runs.reduce((sum, r) => sum + (r.lost ?? 0), 0),
    duplicated: runs.reduce((sum, r) => sum + (r.duplicates ?? 0), 0),
    perRunAckP99Ms: runs.map((r) => r.ackP99Ms),
    runsWithAckP99AtMost100Ms: runs.filter((r) => (r.ackP99Ms ?? Number.POSITIVE_INFINITY) <= 100).length,
    pooledAckP50Ms: percentile(ackMs, 50),
    pooledAckP95Ms: percentile(ackMs, 95),
    pooledAckP99Ms: percentile(ackMs, 99),
    pooledAckMaxMs: percentile(ackMs, 100),
    pooledReplyP50Ms: percentile(replyMs, 50),
    pooledReplyP95Ms: percentile(replyMs, 95),
    perRun: runs,
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  if (summary.lost > 0 || summary.duplicated > 0 || summary.acked < summary.eventsSent) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`load series failed: ${String(error)}\n`);
  process.exitCode = 1;
});
