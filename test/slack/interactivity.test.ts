import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BOT_USER_ID, appMention, buttonClick, nextTs, slashCommand, waitFor, type ApiCall } from './fake-slack.js';
import { startHttpHarness, type Harness } from './harness.js';

interface Button {
  action_id: string;
  value: string;
}

function buttonsOf(call: ApiCall): Button[] {
  const blocks = call.params.blocks as Array<{ type: string; elements?: Button[] }>;
  return blocks.find((b) => b.type === 'actions')?.elements ?? [];
}

describe('slash command and buttons over HTTP', () => {
  let h: Harness;
  let answer: ApiCall;
  const answerTs = nextTs();

  beforeAll(async () => {
    h = await startHttpHarness();
    await h.sendEvent(appMention({ channel: 'C500', user: 'U50', text: `<@${FAKE_BOT_USER_ID}> 钱塘区2024年GDP是多少？`, ts: answerTs }));
    answer = await waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.params.thread_ts === answerTs), 'answer to click on');
  });
  afterAll(async () => {
    await h.close();
  });

  it('/ask acks at once and answers in channel through the response_url', async () => {
    const res = await h.sendForm(
      slashCommand({ text: '钱塘区2024年GDP是多少？', user: 'U51', channel: 'C501', responseUrl: h.fake.responseUrl('cmd-1') }),
    );
    expect(res.status).toBe(200);
    const ack = JSON.parse(res.body) as { response_type: string; text: string };
    expect(ack.response_type).toBe('ephemeral');
    expect(ack.text).toContain('正在查阅报告');

    const response = await waitFor(() => h.fake.callsTo('response_url').find((c) => c.responseId === 'cmd-1'), 'response_url POST');
    expect(response.params.response_type).toBe('in_channel');
    const blocks = JSON.stringify(response.params.blocks);
    expect(blocks).toContain('❓ 钱塘区2024年GDP是多少？');
    expect(blocks).toContain('> 全区实现地区生产总值1180.6亿元');
  });

  it('/ask without a question explains how to ask, without calling the engine', async () => {
    const before = h.engine.calls.length;
    const res = await h.sendForm(slashCommand({ text: '  ', user: 'U51', channel: 'C501', responseUrl: h.fake.responseUrl('cmd-2') }));
    expect(res.status).toBe(200);
    expect((JSON.parse(res.body) as { text: string }).text).toContain('例如');
    expect(h.engine.calls.length).toBe(before);
  });

  it('"Show passages" opens a modal with the passages of the cited sentences', async () => {
    const button = buttonsOf(answer).find((b) => b.action_id === 'show_passages');
    expect(button).toBeDefined();
    const res = await h.sendForm(
      buttonClick({
        actionId: 'show_passages',
        value: button?.value ?? '',
        user: 'U50',
        channel: 'C500',
        messageTs: String(answer.params.ts ?? answerTs),
        threadTs: answerTs,
        triggerId: 'trigger-passages',
      }),
    );
    expect(res.status).toBe(200);
    const open = await waitFor(() => h.fake.callsTo('views.open').find((c) => c.params.trigger_id === 'trigger-passages'), 'views.open');
    const view = JSON.stringify(open.params.view);
    expect(view).toContain('"type":"modal"');
    expect(view).toContain('原文段落');
    expect(view).toContain('全区实现地区生产总值1180.6亿元，按可比价格计算增长6.8%。');
    expect(view).toContain('规上工业增加值增长9.1%');
    expect(h.engine.passageCalls.at(-1)).toEqual(['qiantang-2025#s1-p3-1', 'qiantang-2025#s1-p3-2']);
  });

  it('👍 appends a JSON line to the feedback log and thanks the voter privately', async () => {
    const button = buttonsOf(answer).find((b) => b.action_id === 'feedback_up');
    const res = await h.sendForm(
      buttonClick({
        actionId: 'feedback_up',
        value: button?.value ?? '',
        user: 'U50',
        channel: 'C500',
        messageTs: answerTs,
        responseUrl: h.fake.responseUrl('vote-1'),
      }),
    );
    expect(res.status).toBe(200);
    const thanks = await waitFor(() => h.fake.callsTo('response_url').find((c) => c.responseId === 'vote-1'), 'thanks');
    expect(thanks.params).toMatchObject({ response_type: 'ephemeral', replace_original: false });

    const down = buttonsOf(answer).find((b) => b.action_id === 'feedback_down');
    await h.sendForm(
      buttonClick({
        actionId: 'feedback_down',
        value: down?.value ?? '',
        user: 'U52',
        channel: 'C500',
        messageTs: answerTs,
        threadTs: answerTs,
      }),
    );
    await waitFor(() => h.fake.callsTo('chat.postEphemeral').find((c) => c.params.user === 'U52'), 'ephemeral thanks without response_url');

    const lines = readFileSync(h.feedbackPath, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ user: 'U50', channel: 'C500', question: '钱塘区2024年GDP是多少？', vote: 'up' });
    expect(lines[1]).toMatchObject({ user: 'U52', vote: 'down' });
    expect(typeof lines[0]?.answerId).toBe('string');
    expect(Number.isNaN(Date.parse(String(lines[0]?.ts)))).toBe(false);
  });

  it('ignores a click with a tampered value without crashing', async () => {
    const res = await h.sendForm(
      buttonClick({ actionId: 'show_passages', value: 'not json', user: 'U50', channel: 'C500', messageTs: answerTs }),
    );
    expect(res.status).toBe(200);
    await waitFor(() => h.logs.find((l) => l.includes('show_passages click without')), 'warning');
  });
});
