import type { App } from '@slack/bolt';
import type { SlackView } from '../block-kit.js';
import { describeError } from '../describe-error.js';
import { decodePassagesValue } from '../button-values.js';
import { BlockActionsSchema, ViewOpenResultSchema } from '../payloads.js';
import { renderLoadingView, renderPassagesErrorView, renderPassagesView, type Passage } from '../render-passages.js';
import { ACTION_SHOW_PASSAGES } from '../render-answer.js';
import type { ListenerDeps } from './deps.js';

/**
 * A trigger_id is valid for 3 seconds. Passages that arrive within this budget open the modal
 * directly; slower ones open a loading modal first and fill it in with views.update.
 */
export const PASSAGES_DIRECT_OPEN_MS = 1500;

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settleWithin<T>(promise: Promise<T>, ms: number): Promise<Settled<T> | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  const settled = promise.then(
    (value): Settled<T> => ({ ok: true, value }),
    (error: unknown): Settled<T> => ({ ok: false, error }),
  );
  return Promise.race([settled, timeout]).finally(() => clearTimeout(timer));
}

/** "Show passages": a modal with the full passages around the cited sentences. */
export function registerPassagesButton(app: App, deps: ListenerDeps): void {
  app.action(ACTION_SHOW_PASSAGES, async ({ ack, body, client }) => {
    await ack();
    const parsed = BlockActionsSchema.safeParse(body);
    const triggerId = parsed.success ? parsed.data.trigger_id : undefined;
    const value = parsed.success ? decodePassagesValue(parsed.data.actions[0]?.value) : null;
    if (triggerId === undefined || value === null) {
      deps.logger.warn('ignoring a show_passages click without trigger_id or citation ids');
      return;
    }
    const { ids, lang } = value;
    await deps.inFlight
      .run(async () => {
        const passages: Promise<Passage[]> = deps.engine.passages(ids);
        const quick = await settleWithin(passages, PASSAGES_DIRECT_OPEN_MS);
        if (quick !== undefined) {
          if (!quick.ok) deps.logger.error(`engine.passages failed: ${describeError(quick.error)}`);
          const view = quick.ok ? renderPassagesView(quick.value, lang) : renderPassagesErrorView(lang);
          await client.views.open({ trigger_id: triggerId, view });
          return;
        }
        const opened = ViewOpenResultSchema.parse(await client.views.open({ trigger_id: triggerId, view: renderLoadingView(lang) }));
        let view: SlackView;
        try {
          view = renderPassagesView(await passages, lang);
        } catch (error) {
          deps.logger.error(`engine.passages failed: ${describeError(error)}`);
          view = renderPassagesErrorView(lang);
        }
        await client.views.update({ view_id: opened.view.id, view });
      })
      .catch((error: unknown) => deps.logger.error(`showing passages failed: ${describeError(error)}`));
  });
}
