import { afterEach, describe, expect, it } from 'vitest';
import { renderChartPng } from '../../src/chart/render-chart.js';
import { pngSize } from '../chart/png-header.js';
import { FAKE_BOT_USER_ID, appMention, nextTs, waitFor } from './fake-slack.js';
import { startHttpHarness, type Harness } from './harness.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The PNG inside an upload body (files.uploadV2 posts it as multipart form data). */
function pngIn(body: Buffer | undefined): Buffer | undefined {
  const at = body?.indexOf(PNG_SIGNATURE) ?? -1;
  return body !== undefined && at >= 0 ? body.subarray(at) : undefined;
}

describe('charts in Slack', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  // In-process rendering keeps these tests quick; the worker thread has its own test (test/chart).
  const inProcess = { renderChart: async (chart: Parameters<typeof renderChartPng>[0]) => renderChartPng(chart) };

  it('uploads a trend answer’s chart (with alt text) and CSV into the question’s thread, after the answer', async () => {
    h = await startHttpHarness({}, inProcess);
    const harness = h;
    const ts = nextTs();
    await harness.sendEvent(appMention({ channel: 'C700', user: 'U70', text: `<@${FAKE_BOT_USER_ID}> 钱塘区历年GDP增速`, ts }));
    const complete = await waitFor(() => harness.fake.callsTo('files.completeUploadExternal')[0], 'the upload completed');
    expect(complete.params.channel_id).toBe('C700');
    expect(complete.params.thread_ts).toBe(ts);
    const files = complete.params.files as Array<{ id: string; title: string }>;
    expect(files.map((f) => f.title)).toEqual(['钱塘区历年地区生产总值增速', '钱塘区历年地区生产总值增速（数据 CSV）']);

    const asked = harness.fake.callsTo('files.getUploadURLExternal');
    const chartAsk = asked.find((c) => c.params.filename === 'chart.png');
    expect(String(chartAsk?.params.alt_text)).toMatch(
      /^折线图：钱塘区历年地区生产总值增速（单位%）。实际：2022年 4.1，2023年 6.2，2024年 6.8，2025年 —；目标：/,
    );
    expect(asked.find((c) => c.params.filename === 'figures.csv')).toBeDefined();

    const uploads = harness.fake.callsTo('file_upload');
    expect(uploads).toHaveLength(2);
    const png = uploads.map((u) => pngIn(u.body)).find((p) => p !== undefined);
    expect(png && pngSize(png)).toEqual({ width: 1000, height: 560 });
    const csv = uploads.map((u) => u.body?.toString('utf8') ?? '').find((b) => b.includes('indicator,value,unit'));
    expect(csv).toContain('\uFEFFindicator,value,unit,change,kind,period,place');
    expect(files.map((f) => f.id).sort()).toEqual(uploads.map((u) => u.fileId).sort());

    const answer = harness.fake.callsTo('chat.postMessage').find((c) => c.params.thread_ts === ts);
    expect(answer).toBeDefined();
    expect(answer!.at).toBeLessThanOrEqual(asked[0]!.at);
  });

  it('uploads nothing for an answer without a chart', async () => {
    h = await startHttpHarness({}, inProcess);
    const harness = h;
    const plain = nextTs();
    await harness.sendEvent(
      appMention({ channel: 'C701', user: 'U71', text: `<@${FAKE_BOT_USER_ID}> 钱塘区2024年GDP是多少？`, ts: plain }),
    );
    await waitFor(() => harness.fake.callsTo('chat.postMessage').find((c) => c.params.thread_ts === plain), 'the plain answer');
    // A trend asked after it: once its upload is complete, the plain answer's turn is long over.
    const trend = nextTs();
    await harness.sendEvent(appMention({ channel: 'C701', user: 'U71', text: `<@${FAKE_BOT_USER_ID}> 钱塘区历年GDP增速`, ts: trend }));
    await waitFor(() => harness.fake.callsTo('files.completeUploadExternal')[0], 'the trend upload');
    expect(harness.fake.callsTo('files.completeUploadExternal').map((c) => c.params.thread_ts)).toEqual([trend]);
    expect(harness.fake.callsTo('files.getUploadURLExternal')).toHaveLength(2);
  });

  it('logs a failed upload once, and the answer is posted and marked done all the same', async () => {
    h = await startHttpHarness({}, inProcess, (fake) =>
      fake.misbehave('files.getUploadURLExternal', { kind: 'error', error: 'missing_scope' }, 4),
    );
    const harness = h;
    for (const n of [1, 2]) {
      const ts = nextTs();
      await harness.sendEvent(appMention({ channel: 'C702', user: `U7${n}`, text: `<@${FAKE_BOT_USER_ID}> 钱塘区历年GDP增速`, ts }));
      const answer = await waitFor(() => harness.fake.callsTo('chat.postMessage').find((c) => c.params.thread_ts === ts), 'the answer');
      expect(String(answer.params.text)).toContain('钱塘区历年地区生产总值增速');
      await waitFor(
        () => harness.fake.callsTo('reactions.add').find((c) => c.params.timestamp === ts && c.params.name === 'white_check_mark'),
        'done',
      );
      await waitFor(() => harness.logs.filter((l) => l.includes('uploading a chart to C702 failed')).length === n, 'the failure logged');
    }
    const warnings = harness.logs.filter((l) => l.includes('uploading a chart to C702 failed:'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('missing_scope');
    expect(harness.logs.filter((l) => l.includes('failed again'))).toHaveLength(1);
    expect(harness.fake.callsTo('files.completeUploadExternal')).toHaveLength(0);
  });

  it('renders in a worker thread by default', async () => {
    h = await startHttpHarness();
    const harness = h;
    const ts = nextTs();
    await harness.sendEvent(appMention({ channel: 'C703', user: 'U73', text: `<@${FAKE_BOT_USER_ID}> 钱塘区历年GDP增速`, ts }));
    const complete = await waitFor(() => harness.fake.callsTo('files.completeUploadExternal')[0], 'the upload', 60_000);
    expect(complete.params.thread_ts).toBe(ts);
    const png = harness.fake
      .callsTo('file_upload')
      .map((u) => pngIn(u.body))
      .find((p) => p !== undefined);
    expect(png && pngSize(png)).toEqual({ width: 1000, height: 560 });
  }, 90_000);
});
