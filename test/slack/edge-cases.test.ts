import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFeedbackValue } from '../../src/slack/button-values.js';
import { FAKE_BOT_USER_ID, appMention, buttonClick, directMessage, nextTs, waitFor } from './fake-slack.js';
import { startHttpHarness, type Harness } from './harness.js';

describe('edge cases of real workspaces', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHttpHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  const answerIn = (channel: string, threadTs?: string) =>
    waitFor(
      () =>
        h.fake
          .callsTo('chat.postMessage')
          .find(
            (c) => c.params.channel === channel && c.params.thread_ts === threadTs && JSON.stringify(c.params.blocks).includes('1180.6'),
          ),
      `answer in ${channel}`,
    );

  it('answers a DM with a file attached (subtype file_share)', async () => {
    await h.sendEvent(
      directMessage({ channel: 'D400', user: 'U40', text: '钱塘区2024年GDP是多少？', extra: { subtype: 'file_share', files: [] } }),
    );
    await answerIn('D400');
  });

  it('answers a thread reply also sent to the conversation (subtype thread_broadcast)', async () => {
    const root = nextTs();
    await h.sendEvent(
      directMessage({
        channel: 'D401',
        user: 'U41',
        text: '钱塘区2024年GDP是多少？',
        thread_ts: root,
        extra: { subtype: 'thread_broadcast' },
      }),
    );
    await answerIn('D401', root);
  });

  it('answers a file_share message in an Assistant thread', async () => {
    const root = nextTs();
    await h.sendEvent(
      directMessage({ channel: 'D402', user: 'U42', text: '钱塘区2024年GDP是多少？', thread_ts: root, extra: { subtype: 'file_share' } }),
    );
    await answerIn('D402', root);
    expect(h.fake.callsTo('assistant.threads.setStatus').some((c) => c.params.channel_id === 'D402')).toBe(true);
  });

  it('still ignores edits and bot messages', async () => {
    const before = h.engine.calls.length;
    await h.sendEvent(
      directMessage({ channel: 'D403', user: 'U43', text: '钱塘区2024年GDP是多少？', extra: { subtype: 'message_changed' } }),
    );
    await h.sendEvent(directMessage({ channel: 'D403', user: 'U43', text: '钱塘区2024年GDP是多少？', extra: { bot_id: 'BOTHER' } }));
    // A later question proves the two above were processed (events are handled in order per connection).
    await h.sendEvent(directMessage({ channel: 'D404', user: 'U43', text: '钱塘区2024年GDP是多少？' }));
    await answerIn('D404');
    expect(h.engine.calls.length).toBe(before + 1);
  });

  it('acknowledges a click on an unknown action silently', async () => {
    // Progress signs of earlier answers may still be landing; anything else would be a reaction to the click.
    const replies = () =>
      h.fake.calls.filter((c) => !c.method.startsWith('reactions.') && c.method !== 'assistant.threads.setStatus').length;
    const calls = replies();
    const res = await h.sendForm(
      buttonClick({ actionId: 'from_an_older_version', value: 'x', user: 'U44', channel: 'C400', messageTs: nextTs() }),
    );
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    await waitFor(() => h.logs.some((l) => l.includes('unknown action from_an_older_version')), 'click logged');
    expect(replies()).toBe(calls);
  });

  it('refuses a request timestamped more than 5 minutes in the future, accepts one within', async () => {
    const soon = Math.floor(Date.now() / 1000);
    const ahead = await h.sendEvent(
      appMention({ channel: 'C401', user: 'U45', text: `<@${FAKE_BOT_USER_ID}> 未来？`, ts: nextTs() }),
      undefined,
      {
        timestamp: soon + 6 * 60,
      },
    );
    expect(ahead.status).toBe(401);
    const stale = await h.sendEvent(
      appMention({ channel: 'C401', user: 'U45', text: `<@${FAKE_BOT_USER_ID}> 过去？`, ts: nextTs() }),
      undefined,
      {
        timestamp: soon - 6 * 60,
      },
    );
    expect(stale.status).toBe(401);
    const skewedTs = nextTs();
    const skewed = await h.sendEvent(
      appMention({ channel: 'C401', user: 'U45', text: `<@${FAKE_BOT_USER_ID}> 钱塘区2024年GDP是多少？`, ts: skewedTs }),
      undefined,
      { timestamp: soon + 4 * 60 },
    );
    expect(skewed.status).toBe(200);
    await answerIn('C401', skewedTs);
    expect(h.engine.calls.some((c) => c.question === '未来？' || c.question === '过去？')).toBe(false);
  });

  it('applies a replayed button click once', async () => {
    const click = buttonClick({
      actionId: 'feedback_up',
      value: encodeFeedbackValue('ans-replay', '钱塘区2024年GDP是多少？'),
      user: 'U46',
      channel: 'C402',
      messageTs: nextTs(),
      responseUrl: h.fake.responseUrl('replay'),
    });
    const first = await h.sendForm(click);
    const second = await h.sendForm(click);
    expect([first.status, second.status]).toEqual([200, 200]);
    await waitFor(() => h.logs.some((l) => l.includes('button click delivered again')), 'replay noticed');
    await waitFor(() => h.fake.callsTo('response_url').find((c) => c.responseId === 'replay'), 'thanks');
    const votes = existsSync(h.feedbackPath)
      ? readFileSync(h.feedbackPath, 'utf8')
          .trim()
          .split('\n')
          .filter((l) => l.includes('ans-replay'))
      : [];
    expect(votes).toHaveLength(1);
    expect(h.fake.callsTo('response_url').filter((c) => c.responseId === 'replay')).toHaveLength(1);
  });
});
