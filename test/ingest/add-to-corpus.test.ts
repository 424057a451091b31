import { createServer, type Server } from 'node:http';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddRefused, addToCorpus } from '../../src/ingest/add-to-corpus.js';
import { fetchReport, fileNameForUrl } from '../../src/ingest/fetch-url.js';
import { readManifest } from '../../src/ingest/manifest.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const PAGES = path.join(REPO, 'test/fixtures/html');

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'add-corpus-'));
}

/** A local portal: pages by path, with the Content-Type a GBK portal sends; never the internet. */
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/art/2025/1/22/jiangsu.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=GBK' });
      res.end(readFileSync(path.join(PAGES, 'jiangsu-2025-gbk.html')));
    } else if (req.url === '/detail.jsp?id=7') {
      // A dynamic page that declares its charset only in the header, while its <meta> says otherwise.
      const html = readFileSync(path.join(PAGES, 'zhejiang-2025-utf8.html'), 'utf8').replace(
        '<meta charset="utf-8">',
        '<meta charset="gbk">',
      );
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    } else if (req.url === '/huge.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(Buffer.alloc(64 * 1024, 0x61));
    } else if (req.url === '/slow.html') {
      setTimeout(() => res.end('<p>late</p>'), 2_000);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fetching a page', () => {
  it('reads a GBK page with the charset of its Content-Type and names it by its path', async () => {
    const page = await fetchReport(`${base}/art/2025/1/22/jiangsu.html`);
    expect(page.fileName).toBe('jiangsu.html');
    expect(page.contentType).toBe('text/html; charset=GBK');
    expect(page.bytes.length).toBe(readFileSync(path.join(PAGES, 'jiangsu-2025-gbk.html')).length);
  });

  it('refuses a page past the size cap, a page that does not answer in time, and a missing page', async () => {
    await expect(fetchReport(`${base}/huge.html`, { maxBytes: 1024 })).rejects.toThrow(/too large/);
    await expect(fetchReport(`${base}/slow.html`, { timeoutMs: 200 })).rejects.toThrow(/no answer within 200 ms/);
    await expect(fetchReport(`${base}/missing.html`)).rejects.toThrow(/HTTP 404/);
    await expect(fetchReport('ftp://127.0.0.1/x.html')).rejects.toThrow(/only http\(s\)/);
  });

  it('names a dynamic page after its host and path, with the extension of its type', () => {
    expect(fileNameForUrl(new URL('https://www.zj.gov.cn/art/2025/1/22/'), 'text/html', null)).toBe('www.zj.gov.cn-art-2025-1-22.html');
    expect(fileNameForUrl(new URL('https://x.gov.cn/detail.jsp?id=7'), 'text/html;charset=gbk', null)).toBe('detail.html');
    expect(fileNameForUrl(new URL('https://x.gov.cn/../../etc/passwd'), 'text/html', null)).not.toMatch(/\//);
  });
});

describe('addToCorpus', () => {
  it('adds a saved page: the original is copied as it was, metadata is understood and written to the manifest', async () => {
    const corpus = tempDir();
    copyFileSync(path.join(REPO, 'corpus/manifest.json'), path.join(corpus, 'manifest.json'));
    const result = await addToCorpus({ source: path.join(PAGES, 'zhejiang-2025-utf8.html'), corpusDir: corpus });
    expect(result.copied).toBe(true);
    expect(readFileSync(path.join(corpus, 'zhejiang-2025-utf8.html'))).toEqual(readFileSync(path.join(PAGES, 'zhejiang-2025-utf8.html')));
    expect(result.meta).toMatchObject({
      id: 'zhejiang-2025-utf8',
      issuer: '浙江省',
      level: 'province',
      kind: 'government-work-report',
      docYear: 2025,
      reportsOn: 2024,
      plansFor: 2025,
      publishedDate: '2025-01-22',
    });
    expect(result.summary.sentences).toBeGreaterThan(100);
    expect(result.summary.sections).toBeGreaterThanOrEqual(2);
    const manifest = readManifest(corpus);
    expect(manifest.entries.get('zhejiang-2025-utf8.html')).toMatchObject({ issuer: '浙江省', docYear: 2025 });
    // The seed entries are kept as they were.
    expect(manifest.entries.get('hangzhou-2023-plan-execution-and-2024-plan.txt')?.notes).toMatch(/spam mirror/);
    // Adding the same bytes again changes nothing.
    expect((await addToCorpus({ source: path.join(PAGES, 'zhejiang-2025-utf8.html'), corpusDir: corpus })).copied).toBe(false);
  });

  it('adds a page from a URL, decoding the charset its server names', async () => {
    const corpus = tempDir();
    const result = await addToCorpus({ source: `${base}/detail.jsp?id=7`, corpusDir: corpus });
    expect(result.file).toBe('detail.html');
    expect(result.meta).toMatchObject({ issuer: '浙江省', docYear: 2025 });
    expect(result.summary.sentences).toBeGreaterThan(100);
    // No manifest in this corpus and nothing named: none is created; the loader infers the same.
    expect(existsSync(path.join(corpus, 'manifest.json'))).toBe(false);
  });

  it('what the person says wins: --id, --issuer, --year are recorded in a manifest', async () => {
    const corpus = tempDir();
    const result = await addToCorpus({
      source: { bytes: readFileSync(path.join(PAGES, 'fujian-2025-gb2312.html')), fileName: 'report.html' },
      corpusDir: corpus,
      id: 'fujian-2024',
      issuer: '福州市',
      year: 2024,
    });
    expect(existsSync(path.join(corpus, 'report.html'))).toBe(true);
    expect(result.meta).toMatchObject({
      id: 'fujian-2024',
      issuer: '福州市',
      level: 'city',
      docYear: 2024,
      reportsOn: 2023,
      plansFor: 2024,
    });
    expect(readManifest(corpus).entries.get('report.html')).toMatchObject({ id: 'fujian-2024', issuer: '福州市' });
  });

  it('refuses an unsupported type, an oversize file, a page without an issuer and a name taken by other content', async () => {
    const corpus = tempDir();
    const refusal = (p: Promise<unknown>) =>
      p.then(
        () => 'accepted',
        (e: Error) => (e instanceof AddRefused ? e.message : `crashed: ${e.message}`),
      );
    expect(await refusal(addToCorpus({ source: { bytes: new Uint8Array([1, 2, 3]), fileName: 'a.exe' }, corpusDir: corpus }))).toMatch(
      /unsupported type "\.exe"/,
    );
    expect(await refusal(addToCorpus({ source: path.join(PAGES, 'zhejiang-2025-utf8.html'), corpusDir: corpus, maxBytes: 1000 }))).toMatch(
      /too large/,
    );
    const anonymous = new TextEncoder().encode('<html><body><p>全年地区生产总值增长5.5%，规模以上工业增加值增长6%。</p></body></html>');
    expect(await refusal(addToCorpus({ source: { bytes: anonymous, fileName: 'a.html' }, corpusDir: corpus }))).toMatch(
      /issuer unknown.*--issuer/,
    );
    writeFileSync(path.join(corpus, 'b.html'), 'other');
    const page = readFileSync(path.join(PAGES, 'zhejiang-2025-utf8.html'));
    expect(await refusal(addToCorpus({ source: { bytes: page, fileName: 'b.html' }, corpusDir: corpus }))).toMatch(
      /already in the corpus with other content/,
    );
    expect(await refusal(addToCorpus({ source: path.join(corpus, 'nope.html'), corpusDir: corpus }))).toMatch(/no such file/);
  });
});
