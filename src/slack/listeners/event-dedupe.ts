import type { AnyMiddlewareArgs, Logger, Middleware } from '@slack/bolt';
import { EnvelopeSchema } from '../payloads.js';
import type { TtlSet } from '../ttl-set.js';

/**
 * Drops an Events API delivery whose event_id was already received. Slack redelivers when it
 * thinks an ack was lost (x-slack-retry-num over HTTP, retry_attempt over Socket Mode); a retry
 * whose original we never saw (e.g. after a restart) still gets answered.
 */
export function eventDedupe(seen: TtlSet, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const envelope = EnvelopeSchema.safeParse(body);
    const eventId = envelope.success ? envelope.data.event_id : undefined;
    if (eventId !== undefined && !seen.claim(eventId)) {
      const retry = context.retryNum ?? (envelope.success ? envelope.data.retry_attempt : undefined) ?? 0;
      logger.info(`event ${eventId} delivered again (retry ${String(retry)}); already handled`);
      return;
    }
    await next();
  };
}
