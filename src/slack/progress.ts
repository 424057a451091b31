import type { Logger, webApi } from '@slack/bolt';
import { describeError } from './describe-error.js';

/**
 * Shows the asker that work started within a second and that it finished. Both calls return at
 * once: the Slack calls behind them run in the background, in order, so a slow or failing
 * reactions.add never delays the answer or the shutdown drain.
 */
export interface Progress {
  start(): Promise<void>;
  done(outcome: 'answered' | 'failed'): Promise<void>;
}

export const WORKING_REACTION = 'hourglass_flowing_sand';
export const DONE_REACTION = 'white_check_mark';

export const noProgress: Progress = {
  start: async () => undefined,
  done: async () => undefined,
};

/** Most distinct failures remembered; past it, new ones are still logged at debug. */
const MAX_KINDS = 100;

/**
 * Logs a failure of a given kind (method + Slack error) once at warn, and every repeat at debug:
 * a missing reactions:write scope would otherwise add a warning to every answer.
 */
export class OnceLog {
  private readonly seen = new Set<string>();

  constructor(private readonly logger: Logger) {}

  failure(method: string, error: unknown): void {
    const description = describeError(error);
    const kind = `${method} ${slackErrorCode(error) ?? description}`;
    if (this.seen.has(kind) || this.seen.size >= MAX_KINDS) {
      this.logger.debug(`${method} failed again: ${description}`);
      return;
    }
    this.seen.add(kind);
    this.logger.warn(`${method} failed: ${description} (progress signs only; further failures like this are logged at debug)`);
  }
}

function slackErrorCode(error: unknown): string | undefined {
  const data = typeof error === 'object' && error !== null && 'data' in error ? error.data : undefined;
  const code = typeof data === 'object' && data !== null && 'error' in data ? data.error : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** Runs background steps one after another without anyone awaiting them. */
function backgroundQueue(): (step: () => Promise<void>) => Promise<void> {
  let tail: Promise<void> = Promise.resolve();
  return (step) => {
    tail = tail.then(step, step);
    return Promise.resolve();
  };
}

/** ⏳ on the question while working, swapped for ✅ once answered (just removed on failure). */
export function reactionProgress(client: webApi.WebClient, channel: string, ts: string, failures: OnceLog): Progress {
  let added = false;
  const enqueue = backgroundQueue();
  const call = async (method: 'reactions.add' | 'reactions.remove', name: string): Promise<boolean> => {
    try {
      await (method === 'reactions.add' ? client.reactions.add : client.reactions.remove)({ channel, timestamp: ts, name });
      return true;
    } catch (error) {
      failures.failure(method, error);
      return false;
    }
  };
  return {
    start: () =>
      enqueue(async () => {
        added = await call('reactions.add', WORKING_REACTION);
      }),
    done: (outcome) =>
      enqueue(async () => {
        if (added) await call('reactions.remove', WORKING_REACTION);
        if (outcome === 'answered') await call('reactions.add', DONE_REACTION);
      }),
  };
}

/** The Assistant thread's "is typing" status; Slack clears it when the reply is posted. */
export function assistantStatusProgress(
  client: webApi.WebClient,
  channel: string,
  threadTs: string,
  status: string,
  failures: OnceLog,
): Progress {
  const enqueue = backgroundQueue();
  const set = (text: string) =>
    enqueue(async () => {
      try {
        await client.assistant.threads.setStatus({ channel_id: channel, thread_ts: threadTs, status: text });
      } catch (error) {
        failures.failure('assistant.threads.setStatus', error);
      }
    });
  return {
    start: () => set(status),
    // After a failure the polite reply may not have gone out either, so clear the status explicitly.
    done: (outcome) => (outcome === 'failed' ? set('') : Promise.resolve()),
  };
}
