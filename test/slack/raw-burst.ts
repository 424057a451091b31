import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { slackSignature } from './slack-requests.js';

export interface BurstResult {
  status: number;
  /** From writing the request to reading the status line of the response. */
  ms: number;
  /** When the request was written (Date.now()). */
  sentAt: number;
}

/**
 * Fires signed POSTs at once (or one every `intervalMs`) over connections opened beforehand, with the request bytes built
 * beforehand, so what is timed is the server's answer and not the client's own work (a burst of
 * 300 `fetch` calls in one process costs the client itself close to a second here).
 */
/**
 * `close`: one request per connection, closed after the response (each request pays the TCP teardown).
 * `keep-alive`: the connection stays open, as a TLS-terminating proxy in front of the bot keeps its
 * upstream connections (Slack reaches a bot over HTTPS, so something terminates TLS before Node).
 */
export type BurstConnection = 'close' | 'keep-alive';

export async function rawSignedBurst(
  url: string,
  secret: string,
  bodies: readonly string[],
  intervalMs = 0,
  connection: BurstConnection = 'close',
): Promise<BurstResult[]> {
  const target = new URL(url);
  const port = Number(target.port);
  const timestamp = Math.floor(Date.now() / 1000);
  const requests = bodies.map((body) => {
    const head =
      `POST ${target.pathname} HTTP/1.1\r\nHost: ${target.host}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nX-Slack-Request-Timestamp: ${timestamp}\r\n` +
      `X-Slack-Signature: ${slackSignature(secret, timestamp, body)}\r\nConnection: ${connection}\r\n\r\n`;
    return Buffer.concat([Buffer.from(head), Buffer.from(body)]);
  });
  const sockets = await Promise.all(
    requests.map(
      () =>
        new Promise<Socket>((resolve, reject) => {
          const socket = connect(port, target.hostname, () => resolve(socket));
          socket.once('error', reject);
        }),
    ),
  );
  const firstAt = performance.now();
  const results = await Promise.all(
    sockets.map(
      (socket, i) =>
        new Promise<BurstResult>((resolve) => {
          const wait = intervalMs > 0 ? firstAt + i * intervalMs - performance.now() : 0;
          setTimeout(() => fire(socket, i, resolve), Math.max(0, wait));
        }),
    ),
  );
  // Kept-alive connections are closed once every ack is in, so their teardown is not timed.
  if (connection === 'keep-alive') for (const socket of sockets) socket.end();
  return results;

  function fire(socket: Socket, i: number, resolve: (r: BurstResult) => void): void {
    const sentAt = Date.now();
    const started = performance.now();
    let answered = false;
    socket.on('data', (chunk: Buffer) => {
      if (answered) return;
      answered = true;
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(chunk.toString('latin1'))?.[1] ?? 0);
      resolve({ status, ms: performance.now() - started, sentAt });
      if (connection === 'close') socket.end();
    });
    socket.on('error', () => {
      if (!answered) resolve({ status: 0, ms: Number.NaN, sentAt });
    });
    socket.on('close', () => {
      if (!answered) resolve({ status: 0, ms: Number.NaN, sentAt });
    });
    socket.write(requests[i] ?? Buffer.alloc(0));
  }
}
