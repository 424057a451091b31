import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acknowledgeEventsEarly } from '../../src/slack/early-ack.js';
import { appMention, eventCallback, postSigned } from './slack-requests.js';

const SECRET = 'early-ack-secret';

interface Seen {
  body: string;
  /** Whether the listener got the client's own response (it must answer) or a response that goes nowhere. */
  ownResponse: boolean;
}

let server: Server | null = null;
afterEach(async () => {
  vi.useRealTimers();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

/** A server whose Bolt stand-in answers "bolt:<length>" on whatever response it is given. */
async function serve(): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const clientResponses = new Set<ServerResponse>();
  const bolt = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ body, ownResponse: clientResponses.has(res) });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`bolt:${body.length}`);
    });
  };
  const early = acknowledgeEventsEarly(bolt, SECRET);
  server = createServer((req, res) => {
    clientResponses.add(res);
    early(req, res);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, seen };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
};

/**
 * Three signed event callbacks acknowledged early by a server whose Bolt stand-in records each body it
 * is handed and ends its response with `endResponse`; the early listener is returned to be flushed.
 */
async function burstToFlush(endResponse: (res: ServerResponse) => void) {
  const seen: string[] = [];
  const bolt = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push(Buffer.concat(chunks).toString('utf8'));
      endResponse(res);
    });
  };
  const early = acknowledgeEventsEarly(bolt, SECRET);
  server = createServer(early);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  const bodies = [1, 2, 3].map((i) => eventCallback(appMention({ channel: 'C1', user: `U${i}`, text: `question ${i}` })));
  await Promise.all(bodies.map((b) => postSigned(url, SECRET, b)));
  return { early, seen, bodies };
}

describe('acknowledgeEventsEarly', () => {
  it('acknowledges a signed event callback before Bolt handles it, then gives Bolt the same body', async () => {
    const { url, seen } = await serve();
    const body = eventCallback(appMention({ channel: 'C1', user: 'U1', text: '<@UBOT> 钱塘区2024年GDP是多少？' }));
    const res = await postSigned(url, SECRET, body);
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    await until(() => seen.length === 1);
    expect(seen).toEqual([{ body, ownResponse: false }]);
  });

  it('leaves a url_verification, a forged signature and a stale request to Bolt with the client’s response', async () => {
    const { url, seen } = await serve();
    const challenge = JSON.stringify({ type: 'url_verification', challenge: 'abc' });
    expect((await postSigned(url, SECRET, challenge)).body).toBe(`bolt:${challenge.length}`);
    const event = eventCallback(appMention({ channel: 'C1', user: 'U1', text: 'hi' }));
    expect((await postSigned(url, SECRET, event, { signature: 'v0=forged' })).body).toBe(`bolt:${event.length}`);
    const stale = Math.floor(Date.now() / 1000) - 600;
    expect((await postSigned(url, SECRET, event, { timestamp: stale })).body).toBe(`bolt:${event.length}`);
    expect(seen.map((s) => s.ownResponse)).toEqual([true, true, true]);
  });

  it('hands every acknowledged, still-held event to Bolt at once when flushed (a shutdown mid-burst)', async () => {
    const { early, seen, bodies } = await burstToFlush((res) => res.end());
    await early.flush();
    expect(seen.sort()).toEqual([...bodies].sort());
  });

  it('counts an event handed to Bolt as taken once Bolt ends its response, so a flush does not wait for its timeout', async () => {
    const { early, seen, bodies } = await burstToFlush((res) => {
      res.writeHead(200);
      res.end();
    });
    // The flush's timeout can never fire (timers are fake from here): it resolves only because
    // Bolt ended every response it was handed. A ServerResponse without a socket never emits
    // 'finish', and waiting for that made every shutdown wait the whole timeout.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await early.flush(60_000);
    expect(seen.sort()).toEqual([...bodies].sort());
  });
});
