import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { readManifest } from '../../src/ingest/manifest.js';
import type { Answer, AskContext, AskEngine } from '../../src/answer/schema.js';
import { corpusSandbox } from '../support/corpus-copy.js';
import { type ApiCall, waitFor } from './fake-slack.js';
import { BOT_TOKEN, type Harness, startHttpHarnessWith } from './harness.js';

const DOCX = path.resolve(import.meta.dirname, '../fixtures/report-formats/docx/2025年吉林省政府工作报告.docx');
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ADMIN = 'UADMIN01';
const DM = 'D0ADMIN01';
const QUESTION = '吉林省2025年地区生产总值增长目标是多少？';

/** The engine the bot holds; a refresh swaps the one behind it, as the live corpus updates do. */
class SwappableEngine implements AskEngine {
  constructor(private current: Engine) {}
  swap(next: Engine): void {
    this.current = next;
  }
  ask(question: string, context?: AskContext): Promise<Answer> {
    return this.current.ask(question, context);
  }
  passages(ids: readonly string[]): ReturnType<AskEngine['passages']> {
    return this.current.passages(ids);
  }
}

let ts = 0;
const nextTs = (): string => `1790000000.${String(++ts).padStart(6, '0')}`;

/** Every message the bot posted, as one string per call (text and blocks), for one thread or top-level. */
function posted(h: Harness<AskEngine>, where: { threadTs?: string }): string[] {
  return h.fake
    .callsTo('chat.postMessage')
    .filter((c: ApiCall) => c.params.channel === DM && c.params.thread_ts === where.threadTs)
    .map((c) => `${String(c.params.text)}\n${JSON.stringify(c.params.blocks ?? [])}`);
}

describe('an admin adds a Word report from a DM (real engine, fake Slack)', () => {
  let h: Harness<AskEngine>;
  const reasons: string[] = [];
  const sandbox = corpusSandbox();

  beforeAll(async () => {
    const open = () => Engine.open({ corpusDir: sandbox.corpusDir, indexDir: sandbox.indexDir, log: () => {} });
    const engine = new SwappableEngine(await open());
    h = await startHttpHarnessWith<AskEngine>(
      engine,
      { SLACK_ADMIN_USERS: `UOTHER1,${ADMIN}` },
      {
        corpus: {
          dir: sandbox.corpusDir,
          refresh: async (reason) => {
            reasons.push(reason);
            engine.swap(await open());
          },
        },
      },
      (fake) => {
        fake.downloadToken = BOT_TOKEN;
      },
    );
  }, 60_000);
  afterAll(async () => h?.close());

  it('is answered from the new report after the threaded reply lists it', async () => {
    const ask = async (): Promise<string> => {
      const before = posted(h, {}).length;
      await h.sendEvent({ type: 'message', channel: DM, channel_type: 'im', user: ADMIN, text: QUESTION, ts: nextTs() });
      return waitFor(() => posted(h, {})[before], 'the answer to the DM question', 30_000);
    };
    // Before: the corpus has no Jilin report.
    expect(await ask()).not.toContain('2025年吉林省政府工作报告');

    const fileId = h.fake.hostFile({ name: path.basename(DOCX), bytes: readFileSync(DOCX), mimetype: DOCX_TYPE });
    const shareTs = nextTs();
    // As Slack Connect sends it: the event names only the file id; files.info gives the rest.
    await h.sendEvent({
      type: 'message',
      subtype: 'file_share',
      channel: DM,
      channel_type: 'im',
      user: ADMIN,
      text: '',
      ts: shareTs,
      files: [{ id: fileId, mode: 'file_access', file_access: 'check_file_info' }],
    });
    const replies = await waitFor(
      () => (posted(h, { threadTs: shareTs }).length >= 2 ? posted(h, { threadTs: shareTs }) : undefined),
      'two threaded replies',
      60_000,
    );
    expect(replies[0]).toContain('收到 1 个文件，正在读取');
    const summary = replies[1] ?? '';
    expect(summary).toContain('已加入报告库：*2025年吉林省政府工作报告*');
    expect(summary).toContain('发布者：吉林省（省）');
    expect(summary).toContain('2025 年报告，回顾 2024 年，部署 2025 年');
    expect(summary).toContain('类型：政府工作报告');
    expect(summary).toMatch(/内容：\d+ 个章节，[1-9]\d* 句，\d+ 行表格/);
    expect(summary).toContain('索引已更新');

    expect(h.fake.callsTo('files.info').map((c) => c.params.file)).toEqual([fileId]);
    expect(h.fake.callsTo('file_download').map((c) => c.token)).toEqual([BOT_TOKEN]);
    expect(existsSync(path.join(sandbox.corpusDir, path.basename(DOCX)))).toBe(true);
    // Its manifest entry leaves the manifest valid, so the seed reports keep their metadata.
    expect(readManifest(sandbox.corpusDir).warning).toBeNull();
    expect(readManifest(sandbox.corpusDir).entries.get(path.basename(DOCX))?.issuer).toBe('吉林省');
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain(ADMIN);

    // The next question is answered from it, citing it.
    const answer = await ask();
    expect(answer).toContain('2025年吉林省政府工作报告');
    expect(answer).toContain('5.5');
    // The share itself was never taken for a question.
    expect(posted(h, {}).length).toBe(2);
    for (const line of h.logs) expect(line).not.toContain(BOT_TOKEN);
  }, 120_000);
});
