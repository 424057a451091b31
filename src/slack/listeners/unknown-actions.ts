import type { App } from '@slack/bolt';
import { ACTION_FEEDBACK_DOWN, ACTION_FEEDBACK_UP, ACTION_SHOW_PASSAGES } from '../render-answer.js';
import type { ListenerDeps } from './deps.js';

const KNOWN = [ACTION_SHOW_PASSAGES, ACTION_FEEDBACK_UP, ACTION_FEEDBACK_DOWN];
const NOT_KNOWN = new RegExp(`^(?!(?:${KNOWN.join('|')})$)`);

/**
 * Clicks on buttons this version does not know (an older message's, another app's block) are
 * acknowledged and ignored: unacknowledged, Slack shows the user a warning triangle.
 */
export function registerUnknownActions(app: App, deps: ListenerDeps): void {
  app.action({ action_id: NOT_KNOWN }, async ({ ack, action }) => {
    await ack();
    const id = 'action_id' in action ? action.action_id : '?';
    deps.logger.debug(`ignored a click on unknown action ${id}`);
  });
}
