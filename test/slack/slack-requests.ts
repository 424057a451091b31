import { createHmac, randomUUID } from 'node:crypto';

/** What Slack itself would send to a bot over HTTP: signed Events API, slash command and interactivity requests. */

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedPostOptions {
  contentType?: string;
  /** Unix seconds; defaults to now. */
  timestamp?: number;
  /** Overrides the computed signature (to forge one). */
  signature?: string;
  headers?: Record<string, string>;
}

export interface SignedPostResult {
  status: number;
  body: string;
  /** Milliseconds from sending to the full response. */
  ms: number;
}

export async function postSigned(url: string, secret: string, body: string, options: SignedPostOptions = {}): Promise<SignedPostResult> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? slackSignature(secret, timestamp, body),
      ...options.headers,
    },
    body,
  });
  const text = await res.text();
  return { status: res.status, body: text, ms: performance.now() - started };
}

export const FORM = 'application/x-www-form-urlencoded';

let tsSeq = 0;
/** A unique, well-formed message ts. */
export function nextTs(): string {
  tsSeq += 1;
  return `1700000000.${String(tsSeq).padStart(6, '0')}`;
}

export function eventCallback(
  event: Record<string, unknown>,
  eventId = `Ev${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`,
): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: 'T0FAKE',
    api_app_id: 'A0FAKE',
    event: { event_ts: event.ts ?? nextTs(), ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: 'T0FAKE', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
}

export function appMention(opts: {
  channel: string;
  user: string;
  text: string;
  ts?: string;
  thread_ts?: string;
}): Record<string, unknown> {
  return {
    type: 'app_mention',
    channel: opts.channel,
    user: opts.user,
    text: opts.text,
    ts: opts.ts ?? nextTs(),
    ...(opts.thread_ts ? { thread_ts: opts.thread_ts } : {}),
  };
}

export function directMessage(opts: {
  channel: string;
  user: string;
  text: string;
  ts?: string;
  thread_ts?: string;
  extra?: Record<string, unknown>;
}): Record<string, unknown> {
  return {
    type: 'message',
    channel: opts.channel,
    channel_type: 'im',
    user: opts.user,
    text: opts.text,
    ts: opts.ts ?? nextTs(),
    ...(opts.thread_ts ? { thread_ts: opts.thread_ts } : {}),
    ...opts.extra,
  };
}

export function slashCommand(opts: { text: string; user: string; channel: string; responseUrl: string; command?: string }): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0FAKE',
    team_domain: 'fake',
    channel_id: opts.channel,
    channel_name: 'general',
    user_id: opts.user,
    user_name: 'asker',
    command: opts.command ?? '/ask',
    text: opts.text,
    api_app_id: 'A0FAKE',
    response_url: opts.responseUrl,
    trigger_id: `trigger-${randomUUID()}`,
  }).toString();
}

/** A block_actions interactivity request for a click on `actionId` carrying `value`. */
export function buttonClick(opts: {
  actionId: string;
  value: string;
  user: string;
  channel: string;
  messageTs: string;
  threadTs?: string;
  responseUrl?: string;
  triggerId?: string;
}): string {
  const payload = {
    type: 'block_actions',
    user: { id: opts.user, username: 'asker', team_id: 'T0FAKE' },
    api_app_id: 'A0FAKE',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: opts.messageTs,
      channel_id: opts.channel,
      is_ephemeral: false,
      ...(opts.threadTs ? { thread_ts: opts.threadTs } : {}),
    },
    trigger_id: opts.triggerId ?? `trigger-${randomUUID()}`,
    team: { id: 'T0FAKE', domain: 'fake' },
    channel: { id: opts.channel, name: 'general' },
    message: { type: 'message', ts: opts.messageTs, ...(opts.threadTs ? { thread_ts: opts.threadTs } : {}) },
    ...(opts.responseUrl ? { response_url: opts.responseUrl } : {}),
    actions: [
      { type: 'button', action_id: opts.actionId, block_id: 'answer_actions', value: opts.value, action_ts: String(Date.now() / 1000) },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
