/**
 * The load run's load generator in a process of its own (`node --import tsx burst-process.ts`):
 * reads {url, secret, bodies, intervalMs, connection, cpuPid} as JSON on stdin, fires the burst, writes
 * {results, cpuMs} as JSON on stdout (cpuMs: the bot's CPU time from connecting to the last ack). Apart from the fake Slack, whose Web API work would otherwise delay the reading
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
  /** The bot's process id: its CPU time over the burst is reported (Linux /proc), a measure other processes do not inflate. */
  cpuPid: z.number().int().optional(),
});

/** A process's CPU time (utime + stime; clock ticks of 10 ms) from /proc, or null where there is none. */
function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const input = InputSchema.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
  const cpuBefore = processCpuMs(input.cpuPid);
  const results = await rawSignedBurst(input.url, input.secret, input.bodies, input.intervalMs, input.connection);
  const cpuAfter = processCpuMs(input.cpuPid);
  const cpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  process.stdout.write(JSON.stringify({ results, cpuMs }));
}

main().catch((error: unknown) => {
  process.stderr.write(`burst failed: ${String(error)}\n`);
  process.exitCode = 1;
});
