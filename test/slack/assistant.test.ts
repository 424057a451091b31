import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directMessage, nextTs, waitFor } from './fake-slack.js';
import { startHttpHarness, type Harness } from './harness.js';

describe('Assistant threads', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHttpHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('greets with suggested prompts, shows a status, answers, and passes the thread history to follow-ups', async () => {
    const channel = 'D700';
    const threadTs = nextTs();
    await h.sendEvent({
      type: 'assistant_thread_started',
      assistant_thread: {
        user_id: 'U70',
        channel_id: channel,
        thread_ts: threadTs,
        context: { channel_id: 'C123', team_id: 'T0FAKE', enterprise_id: null },
      },
    });

    const prompts = await waitFor(() => h.fake.callsTo('assistant.threads.setSuggestedPrompts')[0], 'suggested prompts');
    expect(prompts.params).toMatchObject({ channel_id: channel, thread_ts: threadTs });
    const messages = (prompts.params.prompts as Array<{ message: string }>).map((p) => p.message);
    expect(messages).toEqual(['钱塘区2024年GDP是多少？', '总结拱墅区2025年工作重点', "What is Gongshu's 2025 GDP growth target?"]);
    const greeting = await waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.params.channel === channel), 'greeting');
    expect(greeting.params.thread_ts).toBe(threadTs);
    expect(String(greeting.params.text)).toContain('你好');

    const first = nextTs();
    await h.sendEvent(directMessage({ channel, user: 'U70', text: '钱塘区2024年GDP是多少？', ts: first, thread_ts: threadTs }));
    const status = await waitFor(() => h.fake.callsTo('assistant.threads.setStatus')[0], 'status');
    expect(status.params).toMatchObject({ channel_id: channel, thread_ts: threadTs, status: '正在查阅报告…' });
    const answer = await waitFor(
      () =>
        h.fake
          .callsTo('chat.postMessage')
          .find((c) => c.params.channel === channel && JSON.stringify(c.params.blocks ?? '').includes('1180.6')),
      'answer',
    );
    expect(answer.params.thread_ts).toBe(threadTs);
    // The status comes before the answer.
    expect(h.fake.calls.indexOf(status)).toBeLessThan(h.fake.calls.indexOf(answer));

    // The first question found nothing in memory and read the (empty) thread from Slack once.
    const readsBeforeFollowUp = h.fake.callsTo('conversations.replies').length;
    const followUp = nextTs();
    await h.sendEvent(directMessage({ channel, user: 'U70', text: '那规上工业呢？', ts: followUp, thread_ts: threadTs }));
    const call = await waitFor(() => h.engine.calls.find((c) => c.question === '那规上工业呢？'), 'follow-up reaches the engine');
    expect(call.context?.history).toEqual(['钱塘区2024年GDP是多少？']);
    await waitFor(() => h.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === channel).length === 3, 'follow-up answered');
    // The follow-up's history came from memory: Slack is read only on a cache miss.
    expect(h.fake.callsTo('conversations.replies')).toHaveLength(readsBeforeFollowUp);
  });

  it('a thread reply to a top-level DM inherits the DM question', async () => {
    const channel = 'D701';
    const root = nextTs();
    await h.sendEvent(directMessage({ channel, user: 'U71', text: '拱墅区2024年GDP是多少？', ts: root }));
    await waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.params.channel === channel), 'DM answer');
    await h.sendEvent(directMessage({ channel, user: 'U71', text: '增速呢？', ts: nextTs(), thread_ts: root }));
    const call = await waitFor(() => h.engine.calls.find((c) => c.question === '增速呢？'), 'thread follow-up');
    expect(call.context?.history).toEqual(['拱墅区2024年GDP是多少？']);
  });
});
