import type { AnyMiddlewareArgs, Logger, Middleware } from '@slack/bolt';
import { z } from 'zod';
import { EnvelopeSchema } from '../payloads.js';
import type { TtlSet } from '../ttl-set.js';

/** What makes a click unique: Slack mints a trigger_id and an action_ts per click. */
const ClickSchema = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id: z.string() }),
  trigger_id: z.string().optional(),
  actions: z.array(z.object({ action_id: z.string(), action_ts: z.string().optional() })).min(1),
});

function clickKey(body: unknown): string | undefined {
  const click = ClickSchema.safeParse(body);
  if (!click.success) return undefined;
  const action = click.data.actions[0];
  const unique = click.data.trigger_id ?? action?.action_ts;
  return unique === undefined ? undefined : `click:${click.data.user.id}:${action?.action_id ?? ''}:${unique}`;
}

/**
 * Drops an Events API delivery whose event_id was already received. Slack redelivers when it
 * thinks an ack was lost (x-slack-retry-num over HTTP, retry_attempt over Socket Mode); a retry
 * whose original we never saw (e.g. after a restart) still gets answered.
 *
 * A button click received twice (a replayed request within the signature's 5-minute window) is
 * acknowledged again but applied once: one vote, one modal.
 */
export function eventDedupe(seen: TtlSet, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, context, next } = args;
    const click = clickKey(body);
    if (click !== undefined && !seen.claim(click)) {
      logger.info('a button click delivered again; acknowledged, not applied twice');
      if ('ack' in args && typeof args.ack === 'function') await args.ack();
      return;
    }
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
