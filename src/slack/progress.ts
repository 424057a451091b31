import type { Logger, webApi } from '@slack/bolt';
import { describeError } from './describe-error.js';

/**
 * Shows the asker that work started within a second and that it finished. Failures here (missing
 * scope, message deleted) are logged and never stop the answer.
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

/** ⏳ on the question while working, swapped for ✅ once answered (just removed on failure). */
export function reactionProgress(client: webApi.WebClient, channel: string, ts: string, logger: Logger): Progress {
  let added = false;
  return {
    async start() {
      try {
        await client.reactions.add({ channel, timestamp: ts, name: WORKING_REACTION });
        added = true;
      } catch (error) {
        logger.warn(`reactions.add failed in ${channel}: ${describeError(error)}`);
      }
    },
    async done(outcome) {
      try {
        if (added) await client.reactions.remove({ channel, timestamp: ts, name: WORKING_REACTION });
        if (outcome === 'answered') await client.reactions.add({ channel, timestamp: ts, name: DONE_REACTION });
      } catch (error) {
        logger.warn(`updating reactions failed in ${channel}: ${describeError(error)}`);
      }
    },
  };
}

/** The Assistant thread's "is typing" status; Slack clears it when the reply is posted. */
export function assistantStatusProgress(
  client: webApi.WebClient,
  channel: string,
  threadTs: string,
  status: string,
  logger: Logger,
): Progress {
  const set = async (text: string) => {
    try {
      await client.assistant.threads.setStatus({ channel_id: channel, thread_ts: threadTs, status: text });
    } catch (error) {
      logger.warn(`assistant.threads.setStatus failed in ${channel}: ${describeError(error)}`);
    }
  };
  return {
    start: () => set(status),
    // After a failure the polite reply may not have gone out either, so clear the status explicitly.
    done: async (outcome) => (outcome === 'failed' ? set('') : undefined),
  };
}
