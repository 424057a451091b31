import type { Logger } from '@slack/bolt';

/**
 * How every Slack Web API call is made: one timeout per attempt, retries only where a retry cannot
 * do harm, and rate limits honoured with Slack's own Retry-After. Installed as the WebClient's
 * `fetch`, so it covers Bolt's own calls (say, setStatus, apps.connections.open) as well as ours;
 * the WebClient's own retries are switched off so there is one policy, this one.
 */

export interface MethodPolicy {
  /** Further attempts after the first. */
  retries: number;
  /**
   * A call that may have taken effect (timed out, connection cut after sending) is retried only
   * when doing it twice is harmless. chat.postMessage is not: a timed-out post may have posted, and
   * Slack has no idempotency key for it, so it is retried only when it surely did not arrive.
   */
  idempotent: boolean;
  /** Longest Retry-After waited for; defaults to the policy-wide maximum. */
  maxRetryAfterMs?: number;
}

/** Per method; anything unlisted is a read or an overwrite and gets one retry. */
const POLICIES: Readonly<Record<string, MethodPolicy>> = {
  'chat.postMessage': { retries: 2, idempotent: false },
  'chat.postEphemeral': { retries: 1, idempotent: false },
  // POSTs to a slash command's or click's response_url (Bolt's respond() uses this fetch too).
  response_url: { retries: 1, idempotent: false },
  // The trigger_id expires 3 s after the click: a retry would arrive too late.
  'views.open': { retries: 0, idempotent: false },
  // Progress signs: a lost ⏳ is not worth delaying anything for.
  'reactions.add': { retries: 0, idempotent: true },
  'reactions.remove': { retries: 0, idempotent: true },
  'assistant.threads.setStatus': { retries: 0, idempotent: true },
  // A follow-up's thread history is worth a short wait only: the question is answered without it
  // rather than late. (Apps distributed outside the Marketplace get 1 call a minute here.)
  'conversations.replies': { retries: 1, idempotent: true, maxRetryAfterMs: 2_000 },
};
const DEFAULT_POLICY: MethodPolicy = { retries: 1, idempotent: true };

export function policyFor(method: string): MethodPolicy {
  return POLICIES[method] ?? DEFAULT_POLICY;
}

export interface WebApiPolicyOptions {
  logger: Logger;
  /** Per attempt; default 10 s. */
  timeoutMs?: number;
  /** Longest Retry-After honoured; a longer one is returned to the caller as the rate-limit error. */
  maxRetryAfterMs?: number;
  /** The transport underneath; global fetch by default. */
  fetch?: typeof fetch;
  /** Waits between attempts (tests pass a fast one). */
  sleep?: (ms: number) => Promise<void>;
}

/** Connection errors raised before a request reached Slack: nothing was sent, any retry is safe. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

type Outcome = { kind: 'response'; response: Response } | { kind: 'error'; error: unknown; sent: boolean };

/**
 * Tells once that Slack cannot be reached, naming the host, and once that it can again, instead
 * of one "fetch failed" line per attempt (Socket Mode reconnects every few seconds).
 */
export class Reachability {
  private readonly down = new Map<string, string>();

  constructor(private readonly logger: Logger) {}

  failed(host: string, reason: string): void {
    if (this.down.has(host)) {
      this.logger.debug(`Slack still unreachable at ${host}: ${reason}`);
      return;
    }
    this.down.set(host, reason);
    this.logger.error(`cannot reach Slack at ${host} (${reason}); retrying quietly until it answers`);
  }

  succeeded(host: string): void {
    if (!this.down.delete(host)) return;
    this.logger.info(`Slack reachable again at ${host}`);
  }

  get unreachableHosts(): string[] {
    return [...this.down.keys()];
  }
}

/** A fetch for the WebClient that applies the per-method policy. */
export function policyFetch(options: WebApiPolicyOptions): typeof fetch {
  const transport = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const reachability = new Reachability(options.logger);
  const { logger } = options;

  const attempt = async (url: string, init: RequestInit | undefined): Promise<Outcome> => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return { kind: 'response', response: await transport(url, { ...init, signal }) };
    } catch (error) {
      if (timeout.aborted) return { kind: 'error', error: new Error(`no answer from Slack within ${timeoutMs} ms`), sent: true };
      return { kind: 'error', error, sent: !NOT_SENT_CODES.has(errorCode(error) ?? '') };
    }
  };

  const policyFetchFn = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const { host, method } = describeUrl(url);
    const policy = policyFor(method);
    for (let tries = 0; ; tries += 1) {
      const outcome = await attempt(url, init);
      const last = tries >= policy.retries;
      if (outcome.kind === 'error') {
        const reason = errorCode(outcome.error) ?? describe(outcome.error);
        if (!outcome.sent) reachability.failed(host, reason);
        if (last || (outcome.sent && !policy.idempotent)) throw outcome.error;
        logger.debug(`${method}: ${reason}; retry ${tries + 1} of ${policy.retries}`);
        await sleep(backoffMs(tries));
        continue;
      }
      reachability.succeeded(host);
      const waitMs = await rateLimitWait(outcome.response);
      if (waitMs === undefined) return outcome.response;
      if (last || waitMs > (policy.maxRetryAfterMs ?? maxRetryAfterMs)) {
        logger.warn(`${method} rate limited by Slack (retry after ${Math.ceil(waitMs / 1000)} s); giving up`);
        return outcome.response;
      }
      // A rate-limited call was refused, not performed: retrying it is safe for every method.
      logger.info(`${method} rate limited by Slack; retrying in ${Math.ceil(waitMs / 1000)} s`);
      await sleep(waitMs);
    }
  };
  return policyFetchFn as typeof fetch;
}

/**
 * Milliseconds to wait when Slack refused the call for its rate limit: HTTP 429, or HTTP 200 with
 * `{"ok":false,"error":"ratelimited"}`; undefined otherwise. Retry-After defaults to 1 s.
 */
async function rateLimitWait(response: Response): Promise<number | undefined> {
  const retryAfter = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
  const waitMs = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : 1000;
  if (response.status === 429) return waitMs;
  if (response.status !== 200 || !(response.headers.get('content-type') ?? '').includes('json')) return undefined;
  try {
    const body: unknown = await response.clone().json();
    const error = typeof body === 'object' && body !== null && 'error' in body ? body.error : undefined;
    return error === 'ratelimited' || error === 'rate_limited' ? waitMs : undefined;
  } catch {
    return undefined;
  }
}

function backoffMs(tries: number): number {
  return 500 * 2 ** tries;
}

/** The Web API method of `/api/<method>` URLs; any other URL is a response_url. */
function describeUrl(url: string): { host: string; method: string } {
  try {
    const parsed = new URL(url);
    const api = parsed.pathname.lastIndexOf('/api/');
    return { host: parsed.host, method: api === -1 ? 'response_url' : parsed.pathname.slice(api + '/api/'.length) };
  } catch {
    return { host: url, method: '' };
  }
}

/** The system error code of a fetch failure (undici puts it on `cause`, or on each of an AggregateError's errors). */
function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if (e instanceof AggregateError) {
      const first: unknown = e.errors[0];
      return first instanceof Error ? errorCode(first) : undefined;
    }
  }
  return undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
