import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from '@slack/bolt';

/** Slack's replay window: a signed request older or newer than this is refused. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/**
 * Refuses requests whose x-slack-request-timestamp lies more than five minutes in the future.
 * Bolt's verifier refuses only stale ones, so a signature captured with a future timestamp (or
 * made by a sender with a skewed clock) would be accepted until that time plus five minutes.
 * The signature itself is still checked by Bolt after this.
 */
export function refuseFutureTimestamps(next: RequestListener, logger: Logger, now: () => number = Date.now): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const header = req.headers['x-slack-request-timestamp'];
    const timestamp = typeof header === 'string' ? Number(header) : Number.NaN;
    if (Number.isFinite(timestamp) && timestamp - Math.floor(now() / 1000) > MAX_CLOCK_SKEW_SECONDS) {
      logger.warn('refused a request whose x-slack-request-timestamp is more than 5 minutes in the future');
      res.writeHead(401, { 'content-type': 'text/plain' });
      res.end('request timestamp is in the future');
      // Drain the body so the connection can be reused.
      req.resume();
      return;
    }
    next(req, res);
  };
}
