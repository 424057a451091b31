import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acknowledgeEventsEarly } from '../../src/slack/early-ack.js';
import { appMention, eventCallback, postSigned } from './slack-requests.js';

const SECRET = 'bolt-handover-secret';

let server: Server | null = null;
afterEach(async () => {
  vi.useRealTimers();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

describe('events handed over to Bolt after an early ack', () => {
  it('count as taken once Bolt ends their response, so a flush does not wait for its timeout', async () => {
    const seen: string[] = [];
    const bolt = (req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen.push(Buffer.concat(chunks).toString('utf8'));
        res.writeHead(200);
        res.end();
      });
    };
    const early = acknowledgeEventsEarly(bolt, SECRET);
    server = createServer(early);
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
    const bodies = [1, 2, 3].map((i) => eventCallback(appMention({ channel: 'C1', user: `U${i}`, text: `question ${i}` })));
    await Promise.all(bodies.map((b) => postSigned(url, SECRET, b)));
    // The flush's timeout can never fire (timers are fake from here): it resolves only because
    // Bolt ended every response it was handed. A ServerResponse without a socket never emits
    // 'finish', and waiting for that made every shutdown wait the whole timeout.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await early.flush(60_000);
    expect(seen.sort()).toEqual([...bodies].sort());
  });
});
