/**
 * The load run's load generator in a process of its own (`node --import tsx burst-process.ts`):
 * reads {url, secret, bodies, intervalMs, connection, cpuPid} as JSON on stdin, fires the burst, writes
 * {results, cpuMs} as JSON on stdout (cpuMs: the bot's main-thread CPU time from connecting to the last ack). Apart from the fake Slack, whose Web API work would otherwise delay the reading
 * of acknowledgements and be counted as the bot's latency.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { rawSignedBurst } from './raw-burst.js';

const InputSchema = z.object({
  url: z.string(),
  secret: z.string(),
  bodies: z.array(z.string()),
  intervalMs: z.number(),
  connection: z.enum(['close', 'keep-alive']).default('close'),
  /** The bot's process id: its main thread's CPU time over the burst is reported (Linux), a measure other processes inflate far less than latency. */
  cpuPid: z.number().int().optional(),
});

/**
 * The CPU time (ms) a process's main thread — the bot's event loop — has run so far, from Linux's
 * /proc/<pid>/schedstat (nanoseconds; GC and compiler helper threads not counted), or null where there is none.
 */
function mainThreadCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const ns = Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
    return Number.isFinite(ns) ? ns / 1e6 : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const input = InputSchema.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
  const cpuBefore = mainThreadCpuMs(input.cpuPid);
  const results = await rawSignedBurst(input.url, input.secret, input.bodies, input.intervalMs, input.connection);
  const cpuAfter = mainThreadCpuMs(input.cpuPid);
  const cpuMs = cpuBefore === null || cpuAfter === null ? null : Math.round((cpuAfter - cpuBefore) * 10) / 10;
  process.stdout.write(JSON.stringify({ results, cpuMs }));
}

main().catch((error: unknown) => {
  process.stderr.write(`burst failed: ${String(error)}\n`);
  process.exitCode = 1;
});
