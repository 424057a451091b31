import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexedCorpusSandbox } from '../support/corpus-copy.js';
import { appMention, eventCallback, FakeSlack, postSigned, waitFor } from './fake-slack.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SECRET = 'start-test-signing-secret';
const TOKEN = 'xoxb-start-test-SECRET-TOKEN';
const ADMIN = 'U0ADMIN';
const DOCX = path.resolve(import.meta.dirname, '../fixtures/report-formats/docx/2025年吉林省政府工作报告.docx');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * The "done when" of the Slack issue: `SLACK_MODE=http SLACK_BOT_TOKEN=… SLACK_SIGNING_SECRET=…
 * SLACK_API_URL=… PORT=… npm start` serves signed events with the real engine on the real corpus.
 */
describe('npm start in HTTP mode', () => {
  let fake: FakeSlack;
  let child: ReturnType<typeof spawn>;
  let stderr = '';
  let port = 0;

  beforeAll(async () => {
    fake = await FakeSlack.start();
    fake.downloadToken = TOKEN;
    port = await freePort();
    const sandbox = await indexedCorpusSandbox();
    // Started the way a container starts it: `npm start`, whose script execs node, so a SIGTERM
    // sent to npm reaches the bot (with a plain script, sh would die and orphan node).
    child = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        SLACK_MODE: 'http',
        SLACK_BOT_TOKEN: TOKEN,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: fake.apiUrl,
        PORT: String(port),
        CORPUS_DIR: sandbox.corpusDir,
        INDEX_DIR: sandbox.indexDir,
        FEEDBACK_LOG: path.join(sandbox.root, 'feedback.jsonl'),
        SLACK_ADMIN_USERS: ADMIN,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    await waitFor(() => /running in http mode/.test(stderr), `the bot to start (stderr: ${stderr})`, 90_000);
  });

  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await fake.stop();
  });

  it('answers a signed mention in its thread with the cited sentence and figure, and never logs the token', async () => {
    const ts = '1700000000.000100';
    const body = eventCallback(appMention({ channel: 'C0START', user: 'U0ASKER', text: '<@UBOT> 钱塘区2024年GDP是多少？', ts }));
    const response = await postSigned(`http://127.0.0.1:${port}/slack/events`, SECRET, body);
    expect(response.status).toBe(200);
    const reply = await waitFor(
      () => fake.calls.find((c) => c.method === 'chat.postMessage' && c.params.thread_ts === ts),
      'the threaded reply',
      30_000,
    );
    const blocks = JSON.stringify(reply.params.blocks);
    expect(blocks).toContain('全年地区生产总值达1416亿元');
    expect(blocks).toContain('1416');
    expect(stderr).not.toContain(TOKEN);
    expect(stderr).not.toContain(SECRET);
  });

  it('a report an admin shares in a DM is read, the live index rebuilt, and the next question answered from it', async () => {
    const dm = 'D0ADMIN';
    const posted = (threadTs?: string) =>
      fake.calls.filter((c) => c.method === 'chat.postMessage' && c.params.channel === dm && c.params.thread_ts === threadTs);
    const fileId = fake.hostFile({
      name: path.basename(DOCX),
      bytes: readFileSync(DOCX),
      mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const shareTs = '1700000050.000100';
    const share = { type: 'message', subtype: 'file_share', channel: dm, channel_type: 'im', user: ADMIN, text: '', ts: shareTs };
    const ack = await postSigned(`http://127.0.0.1:${port}/slack/events`, SECRET, eventCallback({ ...share, files: [{ id: fileId }] }));
    expect(ack.status).toBe(200);
    const summary = await waitFor(() => posted(shareTs)[1], 'the threaded summary of the added report', 120_000);
    expect(JSON.stringify(summary.params)).toContain('2025年吉林省政府工作报告');
    expect(JSON.stringify(summary.params)).toContain('索引已更新');
    // Answered by the engine processes of the rebuilt index, through the same live engine.
    const questionTs = '1700000050.000200';
    const question = {
      type: 'message',
      channel: dm,
      channel_type: 'im',
      user: ADMIN,
      text: '吉林省2025年地区生产总值增长目标是多少？',
      ts: questionTs,
    };
    await postSigned(`http://127.0.0.1:${port}/slack/events`, SECRET, eventCallback(question));
    const answer = await waitFor(() => posted(undefined)[0], 'the answer to the next question', 60_000);
    expect(JSON.stringify(answer.params)).toContain('2025年吉林省政府工作报告');
    expect(stderr).toMatch(/index updated/);
    expect(stderr).not.toContain(TOKEN);
  }, 180_000);

  it('rejects a forged signature', async () => {
    const before = fake.calls.filter((c) => c.method === 'chat.postMessage').length;
    const forged = await postSigned(
      `http://127.0.0.1:${port}/slack/events`,
      'wrong-secret',
      eventCallback(appMention({ channel: 'C0START', user: 'U0ASKER', text: '<@UBOT> 钱塘区2024年GDP是多少？' })),
    );
    expect(forged.status).toBe(401);
    expect(fake.calls.filter((c) => c.method === 'chat.postMessage').length).toBe(before);
  });

  it('on SIGTERM to npm mid-answer, posts every acknowledged answer, then exits 0', async () => {
    const questions = ['钱塘区2024年GDP是多少？', '总结拱墅区2025年工作重点', "What is Gongshu's 2025 GDP growth target?"];
    const asked = Array.from({ length: 24 }, (_, i) => ({
      ts: `1700000100.${String(i).padStart(6, '0')}`,
      text: questions[i % questions.length] ?? '',
    }));
    const acks = await Promise.all(
      asked.map(({ ts, text }) =>
        postSigned(
          `http://127.0.0.1:${port}/slack/events`,
          SECRET,
          eventCallback(appMention({ channel: 'C0DRAIN', user: `U0D${ts.slice(-3)}`, text: `<@UBOT> ${text}`, ts })),
        ),
      ),
    );
    expect(acks.map((a) => a.status)).toEqual(asked.map(() => 200));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const signalledAt = Date.now();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const answers = fake.calls.filter((c) => c.method === 'chat.postMessage' && c.params.channel === 'C0DRAIN');
    expect(new Set(answers.map((a) => a.params.thread_ts))).toEqual(new Set(asked.map((a) => a.ts)));
    // The signal came while answers were still being computed: some were posted after it.
    expect(answers.some((a) => a.at > signalledAt)).toBe(true);
    expect(stderr).toContain('SIGTERM, draining');
    expect(stderr).toContain('slack: stopped');
  });
});
