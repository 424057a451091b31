import { createHmac, timingSafeEqual } from 'node:crypto';
import { IncomingMessage, type RequestListener, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { BurstHold } from './burst-hold.js';
import { MAX_CLOCK_SKEW_SECONDS } from './request-freshness.js';

/** No event acknowledged for this long: the burst is over and Bolt's work starts. */
export const QUIET_MS = 15;
/** The longest an acknowledged event waits for Bolt while events keep coming. */
export const MAX_HOLD_MS = 250;

/** Slack's event payloads are a few kB; anything far larger is no event and goes the normal way. */
const MAX_EARLY_BODY_BYTES = 1024 * 1024;

/**
 * Acknowledges a signed Events API callback as soon as its body is read, before Bolt parses,
 * authorizes and dispatches it. Under a burst every request otherwise waits for the Bolt work of
 * all requests ahead of it (1–2 ms each on a busy 2-core machine: the 300th ack came after
 * hundreds of ms). An event callback's acknowledgement carries no body, so nothing is lost by
 * sending it first; Bolt then gets the same request (verified again by it) with a response that
 * goes nowhere. Everything else — url_verification (its challenge is the response), slash
 * commands and interactivity (their ack may carry a body), bad signatures — goes to Bolt as it
 * came, so Bolt answers it exactly as before.
 */
/** The early-acknowledging listener, and a way to hand every held event to Bolt at once (at shutdown). */
export type EarlyAckListener = RequestListener & {
  /** Hands every acknowledged, still-held event to Bolt now; resolves once Bolt has taken each (or after `timeoutMs`). */
  flush(timeoutMs?: number): Promise<void>;
};

export function acknowledgeEventsEarly(next: RequestListener, signingSecret: string, now: () => number = Date.now): EarlyAckListener {
  /**
   * Events acknowledged but not yet handed to Bolt: held while a burst is still arriving (see
   * BurstHold), then handed over one per turn of the event loop, so acks never queue behind Bolt work.
   */
  const held = new BurstHold(QUIET_MS, MAX_HOLD_MS);
  let scheduled = false;
  const schedule = (waitMs: number): void => {
    if (scheduled || !held.size) return;
    scheduled = true;
    if (waitMs <= 0) setImmediate(dispatchOne);
    else setTimeout(dispatchOne, Math.ceil(waitMs));
  };
  function dispatchOne(): void {
    scheduled = false;
    const due = held.next(performance.now());
    if ('work' in due) {
      due.work();
      schedule(0);
    } else schedule(due.waitMs);
  }
  /** Events handed to Bolt whose response Bolt has not yet ended: what a shutdown waits for. */
  const taking = new Set<Promise<void>>();
  /** Bolt's turn for one event: the replayed request, and a response that goes nowhere but says when Bolt took it. */
  const take = (head: RequestHead, body: Buffer): void => {
    const taken = new Promise<void>((resolve) => {
      const copy = replayed(head, body);
      const res = new ServerResponse(copy);
      // With no socket a ServerResponse never emits 'finish' (its output waits for one), so
      // Bolt's end() itself says the event was taken: otherwise every shutdown waited the whole
      // flush timeout and `taking` kept every event ever received.
      const end = res.end.bind(res);
      res.end = ((...args: Parameters<typeof end>) => {
        resolve();
        return end(...args);
      }) as typeof res.end;
      res.once('close', () => resolve());
      next(copy, res);
    });
    taking.add(taken);
    void taken.then(() => taking.delete(taken));
  };
  /**
   * Holds an acknowledged event for Bolt. What is held is the request's head and body only, not the
   * request: a held IncomingMessage keeps its socket and stream state alive through the burst, and
   * every young-generation collection during the burst copies what is alive (300 held requests made
   * those collections the burst's longest stalls). Bolt's objects are made when its turn comes.
   */
  const handOver = (req: IncomingMessage, body: Buffer): void => {
    const head = headOf(req);
    held.arrive(() => take(head, body), performance.now());
    schedule(0);
  };

  const listener: RequestListener = (req, res) => {
    if (req.method !== 'POST' || !String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      next(req, res);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_EARLY_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) {
        res.writeHead(413, { 'content-type': 'text/plain' });
        res.end('request body too large');
        return;
      }
      // One chunk (a Slack event is a few kB) is used as it is: no copy.
      const body = chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks);
      if (!isSignedEventCallback(body, req, signingSecret, now)) {
        next(replayed(headOf(req), body), res);
        return;
      }
      res.writeHead(200);
      res.end();
      handOver(req, body);
    });
  };
  const flush = async (timeoutMs = FLUSH_TIMEOUT_MS): Promise<void> => {
    for (let due = held.next(Number.POSITIVE_INFINITY); 'work' in due; due = held.next(Number.POSITIVE_INFINITY)) due.work();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([Promise.all([...taking]), timeout]);
    clearTimeout(timer);
  };
  return Object.assign(listener, { flush });
}

/** How long a shutdown waits for Bolt to take the events it was handed at once. */
const FLUSH_TIMEOUT_MS = 2_000;

/** What Bolt reads of a request besides its body. */
type RequestHead = Pick<
  IncomingMessage,
  'method' | 'url' | 'headers' | 'rawHeaders' | 'httpVersion' | 'httpVersionMajor' | 'httpVersionMinor'
>;

function headOf(req: IncomingMessage): RequestHead {
  const { method, url, headers, rawHeaders, httpVersion, httpVersionMajor, httpVersionMinor } = req;
  return { method, url, headers, rawHeaders, httpVersion, httpVersionMajor, httpVersionMinor };
}

/** A request carrying the same method, URL, headers and body, for Bolt to read again. */
function replayed(head: RequestHead, body: Buffer): IncomingMessage {
  const copy = Object.assign(new IncomingMessage(new Socket()), head);
  copy.push(body);
  copy.push(null);
  return copy;
}

function isSignedEventCallback(body: Buffer, req: IncomingMessage, signingSecret: string, now: () => number): boolean {
  const timestamp = Number(req.headers['x-slack-request-timestamp']);
  const signature = req.headers['x-slack-signature'];
  if (!Number.isFinite(timestamp) || typeof signature !== 'string') return false;
  if (Math.abs(Math.floor(now() / 1000) - timestamp) > MAX_CLOCK_SKEW_SECONDS) return false;
  const expected = `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(body).digest('hex')}`;
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) return false;
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && (parsed as { type?: unknown }).type === 'event_callback';
  } catch {
    return false;
  }
}
