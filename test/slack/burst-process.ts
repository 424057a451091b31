/**
 * The load run's load generator in a process of its own (`node --import tsx burst-process.ts`):
 * reads {url, secret, bodies, intervalMs} as JSON on stdin, fires the burst, writes the results as
 * JSON on stdout. Apart from the fake Slack, whose Web API work would otherwise delay the reading
 * of acknowledgements and be counted as the bot's latency.
 */
import { z } from 'zod';
import { rawSignedBurst } from './raw-burst.js';

const InputSchema = z.object({
  url: z.string(),
  secret: z.string(),
  bodies: z.array(z.string()),
  intervalMs: z.number(),
  connection: z.enum(['close', 'keep-alive']).default('close'),
});

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const input = InputSchema.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
  const results = await rawSignedBurst(input.url, input.secret, input.bodies, input.intervalMs, input.connection);
  process.stdout.write(JSON.stringify(results));
}

main().catch((error: unknown) => {
  process.stderr.write(`burst failed: ${String(error)}\n`);
  process.exitCode = 1;
});
