import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_BOT_ID, FAKE_BOT_USER_ID, appMention, directMessage, nextTs, waitFor } from './fake-slack.js';
import { startHttpHarness, type Harness } from './harness.js';

/** A thread as conversations.replies returns it: root first, oldest to newest. */
function thread(channel: string, messages: Array<Record<string, unknown>>): (params: Record<string, unknown>) => Record<string, unknown> {
  return (params) => ({ ok: true, messages: params.channel === channel ? messages : [] });
}

describe('conversations that survive a restart', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('a fresh instance continues a channel thread from Slack history, then from memory', async () => {
    const root = nextTs();
    const botReply = nextTs();
    const chatter = nextTs();
    const followUp = nextTs();
    h = await startHttpHarness({}, {}, (fake) =>
      fake.on(
        'conversations.replies',
        thread('C300', [
          { ts: root, user: 'U30', text: `<@${FAKE_BOT_USER_ID}> 钱塘区2024年GDP是多少？` },
          { ts: botReply, user: FAKE_BOT_USER_ID, bot_id: FAKE_BOT_ID, text: '全区实现地区生产总值1180.6亿元' },
          // Not addressed to the bot: people talking in the thread are not questions.
          { ts: chatter, user: 'U31', text: '谢谢' },
          { ts: followUp, user: 'U30', text: `<@${FAKE_BOT_USER_ID}> 那2025年呢？` },
        ]),
      ),
    );
    await h.sendEvent(
      appMention({ channel: 'C300', user: 'U30', text: `<@${FAKE_BOT_USER_ID}> 那2025年呢？`, ts: followUp, thread_ts: root }),
    );
    const call = await waitFor(() => h?.engine.calls.find((c) => c.question === '那2025年呢？'), 'follow-up reaches the engine');
    expect(call.context?.history).toEqual(['钱塘区2024年GDP是多少？']);
    const read = h.fake.callsTo('conversations.replies');
    expect(read).toHaveLength(1);
    expect(read[0]?.params).toMatchObject({ channel: 'C300', ts: root });

    // The next follow-up finds the thread in memory: Slack is not read again.
    await h.sendEvent(appMention({ channel: 'C300', user: 'U30', text: `<@${FAKE_BOT_USER_ID}> 增速呢？`, ts: nextTs(), thread_ts: root }));
    const next = await waitFor(() => h?.engine.calls.find((c) => c.question === '增速呢？'), 'second follow-up');
    expect(next.context?.history).toEqual(['钱塘区2024年GDP是多少？', '那2025年呢？']);
    expect(h.fake.callsTo('conversations.replies')).toHaveLength(1);
  });

  it('in a DM thread every earlier user message is a question, a file_share one included', async () => {
    const root = nextTs();
    const withFile = nextTs();
    const followUp = nextTs();
    h = await startHttpHarness({}, {}, (fake) =>
      fake.on(
        'conversations.replies',
        thread('D300', [
          { ts: root, user: 'U32', text: '拱墅区2024年GDP是多少？' },
          { ts: nextTs(), bot_id: FAKE_BOT_ID, user: FAKE_BOT_USER_ID, text: '……' },
          { ts: withFile, user: 'U32', subtype: 'file_share', text: '这张表里的增速呢？' },
          { ts: nextTs(), user: 'U32', subtype: 'message_changed', text: 'edited' },
          { ts: followUp, user: 'U32', text: '那2025年呢？' },
        ]),
      ),
    );
    await h.sendEvent(directMessage({ channel: 'D300', user: 'U32', text: '那2025年呢？', ts: followUp, thread_ts: root }));
    const call = await waitFor(() => h?.engine.calls.find((c) => c.question === '那2025年呢？'), 'follow-up');
    expect(call.context?.history).toEqual(['拱墅区2024年GDP是多少？', '这张表里的增速呢？']);
  });

  it('answers without history when Slack cannot be read (missing scope)', async () => {
    h = await startHttpHarness();
    h.fake.misbehave('conversations.replies', { kind: 'error', error: 'missing_scope' });
    const root = nextTs();
    await h.sendEvent(
      appMention({ channel: 'C301', user: 'U33', text: `<@${FAKE_BOT_USER_ID}> 那2025年呢？`, ts: nextTs(), thread_ts: root }),
    );
    const call = await waitFor(() => h?.engine.calls.find((c) => c.question === '那2025年呢？'), 'answered anyway');
    expect(call.context?.history).toEqual([]);
    expect(h.logs.some((l) => l.includes('reading thread C301') && l.includes('missing_scope'))).toBe(true);
  });
});

describe('a rate-limited thread read', () => {
  it('does not hold the answer for a long Retry-After: answered without history', async () => {
    const waits: number[] = [];
    const h = await startHttpHarness({}, { webApiPolicy: { sleep: async (ms) => void waits.push(ms) } });
    try {
      h.fake.misbehave('conversations.replies', { kind: 'http429', retryAfter: 60 });
      await h.sendEvent(
        appMention({ channel: 'C302', user: 'U34', text: `<@${FAKE_BOT_USER_ID}> 那2025年呢？`, ts: nextTs(), thread_ts: nextTs() }),
      );
      const call = await waitFor(() => h.engine.calls.find((c) => c.question === '那2025年呢？'), 'answered anyway');
      expect(call.context?.history).toEqual([]);
      expect(waits).toEqual([]);
      expect(h.fake.callsTo('conversations.replies')).toHaveLength(1);
    } finally {
      await h.close();
    }
  });
});
