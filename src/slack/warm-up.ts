import { createHmac } from 'node:crypto';
import { connect, type Socket } from 'node:net';

/**
 * Signed events the bot sends to its own port before it reports ready. The first few hundred
 * requests a Node process serves run unoptimised code (Node's HTTP parser callbacks, socket set-up
 * and teardown, the early ack's signature check and body parse, Bolt's hand-over): on the 2-core
 * machine a cold burst of 300 was acknowledged with p99 74–181 ms against 40–75 ms once the same
 * path had run before. So the bot runs that path itself, over loopback, with events no listener
 * acts on, before the first real event can arrive at a bot that says it is ready.
 */
export const DEFAULT_WARM_UP_REQUESTS = 400;
/** More would only lengthen the start-up: the warm-up is also bounded by WARM_UP_BUDGET_MS. */
export const MAX_WARM_UP_REQUESTS = 5_000;
/** The warm-up never holds the start-up longer than this (it stops sending, reports what it did). */
export const WARM_UP_BUDGET_MS = 500;
/** Requests in flight at once: as a burst arrives, without opening hundreds of sockets at once. */
const WARM_UP_CONCURRENCY = 50;

/**
 * The event type of a warm-up event: no Slack event is named so, so no listener matches it and
 * Bolt acknowledges and drops it (nothing is posted, nothing is answered).
 */
export const WARM_UP_EVENT_TYPE = 'bot_receive_path_warm_up';

export interface WarmUpOptions {
  /** Requests sent; 0 sends none. */
  requests: number;
  /** Longest the warm-up may take; default WARM_UP_BUDGET_MS. */
  budgetMs?: number;
}

export interface WarmUpReport {
  /** Requests written to the bot's own port. */
  sent: number;
  /** Of those, answered 200 by the bot's receive path. */
  acknowledged: number;
  /** Wall time of the warm-up. */
  ms: number;
}

/** A signed Events API callback carrying a warm-up event, as raw HTTP/1.1 request bytes. */
export function warmUpRequest(signingSecret: string, timestampSeconds: number, index: number): Buffer {
  const body = JSON.stringify({
    token: 'warm-up',
    team_id: 'T0WARMUP',
    api_app_id: 'A0WARMUP',
    type: 'event_callback',
    event_id: `Ev0WARMUP${index}`,
    event_time: timestampSeconds,
    // Shaped as a real event (user, channel, ts) so the same parsing runs; the type matches nothing.
    event: { type: WARM_UP_EVENT_TYPE, user: 'U0WARMUP', channel: 'C0WARMUP', ts: `${timestampSeconds}.${String(index).padStart(6, '0')}` },
  });
  const signature = `v0=${createHmac('sha256', signingSecret).update(`v0:${timestampSeconds}:${body}`).digest('hex')}`;
  const head =
    'POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
    `Content-Length: ${Buffer.byteLength(body)}\r\nX-Slack-Request-Timestamp: ${timestampSeconds}\r\n` +
    `X-Slack-Signature: ${signature}\r\nConnection: close\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(body, 'utf8')]);
}

/**
 * Sends `requests` signed warm-up events to 127.0.0.1:`port` (the bot's own HTTP receiver), at most
 * WARM_UP_CONCURRENCY at a time, one request per connection as Slack's arrive; stops starting new
 * ones once `budgetMs` has passed and abandons those still open at the budget. Never throws: a
 * warm-up that cannot connect only leaves the path cold.
 */
export async function warmUpReceivePath(port: number, signingSecret: string, options: WarmUpOptions): Promise<WarmUpReport> {
  const started = performance.now();
  const budgetMs = options.budgetMs ?? WARM_UP_BUDGET_MS;
  const deadline = started + budgetMs;
  const timestamp = Math.floor(Date.now() / 1000);
  const open = new Set<Socket>();
  let sent = 0;
  let acknowledged = 0;

  const one = (index: number): Promise<void> =>
    new Promise<void>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      open.add(socket);
      const done = () => {
        open.delete(socket);
        socket.destroy();
        resolve();
      };
      socket.once('connect', () => {
        sent += 1;
        socket.write(warmUpRequest(signingSecret, timestamp, index));
      });
      socket.once('data', (chunk: Buffer) => {
        if (chunk.subarray(0, 12).toString('latin1') === 'HTTP/1.1 200') acknowledged += 1;
        socket.end();
      });
      // A refused or reset connection: counted as sent-not-acknowledged ('close' follows).
      socket.on('error', () => undefined);
      socket.once('close', done);
    });

  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < options.requests && performance.now() < deadline) {
      const index = next;
      next += 1;
      await one(index);
    }
  };
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, budgetMs);
  });
  const workers = Array.from({ length: Math.min(WARM_UP_CONCURRENCY, options.requests) }, worker);
  await Promise.race([Promise.all(workers), budget]);
  clearTimeout(timer);
  for (const socket of open) socket.destroy();
  return { sent, acknowledged, ms: Math.round(performance.now() - started) };
}
