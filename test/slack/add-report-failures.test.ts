import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES } from '../../src/ingest/decode.js';
import { corpusSandbox } from '../support/corpus-copy.js';
import { waitFor } from './fake-slack.js';
import { BOT_TOKEN, type Harness, startHttpHarness } from './harness.js';
import { pdfWithoutText } from '../support/pdf-without-text.js';

const ADMIN = 'UADMIN02';
const VISITOR = 'UVISIT01';
const DM = 'D0ADD0002';
const DOCX = path.resolve(import.meta.dirname, '../fixtures/report-formats/docx/2025年湖南省政府工作报告.docx');
const HTML_DIR = path.resolve(import.meta.dirname, '../fixtures/html');
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let ts = 0;
const nextTs = (): string => `1791000000.${String(++ts).padStart(6, '0')}`;

/** The threaded replies to one message, text only. */
function threadReplies(h: Harness, threadTs: string): string[] {
  return h.fake
    .callsTo('chat.postMessage')
    .filter((c) => c.params.thread_ts === threadTs)
    .map((c) => String(c.params.text));
}

describe('adding a report from Slack: refusals and failures', () => {
  let h: Harness;
  let pages: Server;
  let pagesUrl = '';
  const pageRequests: string[] = [];
  const reasons: string[] = [];
  const sandbox = corpusSandbox();
  const corpusFiles = (): string[] => readdirSync(sandbox.corpusDir).sort();
  let filesBefore: string[] = [];

  beforeAll(async () => {
    pages = createServer((req, res) => {
      pageRequests.push(req.url ?? '');
      const file = path.join(HTML_DIR, path.basename(decodeURIComponent(req.url ?? '')));
      if (!existsSync(file)) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    pagesUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
    h = await startHttpHarness(
      { SLACK_ADMIN_USERS: ADMIN },
      { corpus: { dir: sandbox.corpusDir, refresh: async (reason) => void reasons.push(reason) } },
      (fake) => {
        fake.downloadToken = BOT_TOKEN;
      },
    );
    filesBefore = corpusFiles();
  });
  afterAll(async () => {
    await h?.close();
    pages?.close();
  });

  /** Sends a DM event and waits for `count` threaded replies to it. */
  async function dm(event: Record<string, unknown>, count: number): Promise<string[]> {
    const at = nextTs();
    await h.sendEvent({ type: 'message', channel: DM, channel_type: 'im', text: '', ts: at, ...event });
    return waitFor(() => (threadReplies(h, at).length >= count ? threadReplies(h, at) : undefined), `${count} threaded replies`, 30_000);
  }

  it('politely refuses a report shared by someone not in SLACK_ADMIN_USERS, without downloading it', async () => {
    const file = h.fake.hostFile({ name: '2025年湖南省政府工作报告.docx', bytes: readFileSync(DOCX), mimetype: DOCX_TYPE });
    const replies = await dm({ subtype: 'file_share', user: VISITOR, files: [{ id: file, name: '2025年湖南省政府工作报告.docx' }] }, 1);
    expect(replies).toEqual(['抱歉，只有管理员可以往报告库里添加报告。需要添加的话请联系管理员；报告里的问题可以直接问我。']);
    const links = await dm({ user: VISITOR, text: `添加 <${pagesUrl}/zhejiang-2025-utf8.html>` }, 1);
    expect(links[0]).toContain('只有管理员');
    expect(h.fake.callsTo('files.info')).toEqual([]);
    expect(h.fake.callsTo('file_download')).toEqual([]);
    expect(pageRequests).toEqual([]);
    expect(h.engine.calls).toEqual([]);
    expect(corpusFiles()).toEqual(filesBefore);
  });

  it('still answers a question sent with a screenshot', async () => {
    const image = h.fake.hostFile({ name: 'chart.png', bytes: new Uint8Array([137, 80, 78, 71]), mimetype: 'image/png' });
    const at = nextTs();
    await h.sendEvent({
      type: 'message',
      subtype: 'file_share',
      channel: DM,
      channel_type: 'im',
      user: VISITOR,
      text: '钱塘区2024年GDP是多少？',
      ts: at,
      files: [{ id: image, name: 'chart.png' }],
    });
    await waitFor(() => h.engine.calls.find((c) => c.question === '钱塘区2024年GDP是多少？'), 'the question to reach the engine');
    expect(h.fake.callsTo('file_download')).toEqual([]);
  });

  it('declines a file Slack says is over the size limit before downloading it', async () => {
    const file = h.fake.hostFile({ name: 'big.pdf', bytes: new Uint8Array(10), mimetype: 'application/pdf', size: MAX_REPORT_BYTES + 1 });
    const replies = await dm({ subtype: 'file_share', user: ADMIN, files: [{ id: file, name: 'big.pdf' }] }, 2);
    expect(replies[1]).toBe('没能加入 big.pdf：文件太大（8.1 MB，上限 8.0 MB）。');
    expect(h.fake.callsTo('file_download').filter((c) => c.fileId === file)).toEqual([]);
  });

  it('stops reading a download that grows past the limit', async () => {
    const file = h.fake.hostFile({
      name: 'grows.pdf',
      bytes: new Uint8Array(MAX_REPORT_BYTES + 1024),
      mimetype: 'application/pdf',
      size: 1000,
    });
    const replies = await dm({ subtype: 'file_share', user: ADMIN, files: [{ id: file, name: 'grows.pdf' }] }, 2);
    expect(replies[1]).toMatch(/^没能加入 grows\.pdf：文件太大/);
    expect(corpusFiles()).toEqual(filesBefore);
  });

  it('names the types it reads when given another, without downloading it', async () => {
    const file = h.fake.hostFile({ name: 'figures.xlsx', bytes: new Uint8Array(10), mimetype: 'application/vnd.ms-excel' });
    const replies = await dm({ subtype: 'file_share', user: ADMIN, files: [{ id: file, name: 'figures.xlsx' }] }, 2);
    expect(replies[1]).toBe(
      '没能加入 figures.xlsx：暂不支持这种文件（figures.xlsx）。支持：PDF（有文字层）、Word（.docx）、网页（.html）、纯文本（.txt、.md）。',
    );
    expect(h.fake.callsTo('file_download').filter((c) => c.fileId === file)).toEqual([]);
  });

  it('says a scanned PDF has no text layer and adds nothing', async () => {
    const file = h.fake.hostFile({ name: '2025年某市政府工作报告.pdf', bytes: pdfWithoutText(), mimetype: 'application/pdf' });
    const replies = await dm({ subtype: 'file_share', user: ADMIN, files: [{ id: file }] }, 2);
    expect(replies[1]).toMatch(/^没能加入 2025年某市政府工作报告\.pdf：这份 PDF 没有文字层（可能是扫描件），暂不支持 OCR/);
    expect(corpusFiles()).toEqual(filesBefore);
    expect(reasons).toEqual([]);
  });

  it('explains a sign-in page served instead of the file (no files:read)', async () => {
    h.fake.downloadToken = 'xoxb-some-other-token';
    try {
      const file = h.fake.hostFile({ name: 'r.docx', bytes: readFileSync(DOCX), mimetype: DOCX_TYPE });
      const replies = await dm({ subtype: 'file_share', user: ADMIN, files: [{ id: file, name: 'r.docx' }] }, 2);
      expect(replies[1]).toContain('应用缺少 files:read 权限');
    } finally {
      h.fake.downloadToken = BOT_TOKEN;
    }
  });

  it('says the download failed when files.info does not know the file', async () => {
    const replies = await dm({ subtype: 'file_share', user: ADMIN, files: [{ id: 'FGONE0001', name: 'gone.pdf' }] }, 2);
    expect(replies[1]).toBe('没能加入 gone.pdf：下载失败（files.info: file_not_found）。请稍后再试。');
  });

  it('adds a web page from a link with 添加, and answers in English for "add"', async () => {
    const zh = await dm({ user: ADMIN, text: `请添加 <${pagesUrl}/zhejiang-2025-utf8.html>` }, 2);
    expect(zh[0]).toContain('正在读取');
    expect(zh[1]).toContain('已加入报告库：*2025年浙江省政府工作报告*');
    expect(zh[1]).toContain('发布者：浙江省（省）');
    expect(existsSync(path.join(sandbox.corpusDir, 'zhejiang-2025-utf8.html'))).toBe(true);

    const en = await dm({ user: ADMIN, text: `please add <${pagesUrl}/shandong-2025-strong-headings.html|the Shandong report>` }, 2);
    expect(en[1]).toContain('Added to the library: *2025年山东省政府工作报告*');
    expect(en[1]).toContain('issuer: 山东省 (province)');
    expect(en[1]).toContain('The index is updated');
    expect(reasons).toHaveLength(2);
    expect(pageRequests).toEqual(['/zhejiang-2025-utf8.html', '/shandong-2025-strong-headings.html']);
  });

  it('says a page that cannot be fetched was not added', async () => {
    const replies = await dm({ user: ADMIN, text: `add ${pagesUrl}/missing.html` }, 2);
    expect(replies[1]).toMatch(/^Could not add .*missing\.html: the report was not accepted \(could not fetch .*HTTP 404/);
  });
});

describe('adding a report on a bot started without a corpus folder', () => {
  it('tells the admin it is not enabled', async () => {
    const h = await startHttpHarness({ SLACK_ADMIN_USERS: ADMIN });
    try {
      const at = nextTs();
      const file = h.fake.hostFile({ name: 'r.docx', bytes: readFileSync(DOCX), mimetype: DOCX_TYPE });
      await h.sendEvent({
        type: 'message',
        subtype: 'file_share',
        channel: DM,
        channel_type: 'im',
        user: ADMIN,
        text: '',
        ts: at,
        files: [{ id: file }],
      });
      const replies = await waitFor(() => threadReplies(h, at)[0], 'the reply');
      expect(replies).toContain('没有开启从 Slack 添加报告');
      expect(h.fake.callsTo('files.info')).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
