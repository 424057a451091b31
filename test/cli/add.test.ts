import { createServer, type Server } from 'node:http';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as addMain } from '../../src/cli/add.js';
import { main as askMain } from '../../src/cli/ask.js';
import type { CliIo } from '../../src/cli/cli-io.js';
import { type CliRun, runCli } from '../support/run-cli.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const PAGES = path.join(REPO, 'test/fixtures/html');

const MAINS: Record<string, (io: CliIo) => Promise<number>> = { 'src/cli/add.ts': addMain, 'src/cli/ask.ts': askMain };

/** A command run in this process through its exported main; rejects on a non-zero exit, as execFile does. */
async function cli(script: string, args: string[]): Promise<CliRun> {
  const result = await runCli(path.basename(script, '.ts'), MAINS[script], args);
  if (result.status !== 0) throw Object.assign(new Error(`${script} exited ${result.status}`), { code: result.status, ...result });
  return result;
}

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=GBK' });
    res.end(readFileSync(path.join(PAGES, 'jiangsu-2025-gbk.html')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('npm run add', () => {
  /** A small temp corpus (one seed report) so each index build stays short. */
  function tempCorpus(): { corpus: string; index: string } {
    const root = mkdtempSync(path.join(os.tmpdir(), 'add-cli-'));
    const corpus = path.join(root, 'corpus');
    mkdirSync(corpus);
    copyFileSync(
      path.join(REPO, 'corpus/qiantang-2024-plan-execution-and-2025-plan.txt'),
      path.join(corpus, 'qiantang-2024-plan-execution-and-2025-plan.txt'),
    );
    return { corpus, index: path.join(root, 'index') };
  }

  it('adds a saved .html page, prints what it understood, and the next question is answered from it', async () => {
    const { corpus, index } = tempCorpus();
    const { stdout } = await cli('src/cli/add.ts', [path.join(PAGES, 'zhejiang-2025-utf8.html'), '--corpus', corpus, '--index', index]);
    expect(stdout).toContain(`added: ${path.join(corpus, 'zhejiang-2025-utf8.html')}`);
    expect(stdout).toMatch(/issuer: +浙江省 \(province\)/);
    expect(stdout).toMatch(/kind: +government-work-report/);
    expect(stdout).toMatch(/years: +delivered 2025, reports on 2024, plans for 2025/);
    expect(stdout).toMatch(/sections \d+, sentences \d{3}, table rows 0/);
    expect(stdout).toMatch(/warnings: none/);
    expect(stdout).toMatch(/^index: \d+ documents/m);
    expect(stdout).toMatch(/^index: 2 documents/m);
    const answer = await cli('src/cli/ask.ts', ['--json', '--corpus', corpus, '--index', index, '浙江省2024年地区生产总值是多少？']);
    const parsed = JSON.parse(answer.stdout) as { citations: Array<{ docId: string }> };
    expect(parsed.citations.some((c) => c.docId === 'zhejiang-2025-utf8')).toBe(true);
  }, 180_000);

  it('adds a GBK page from a local URL and names it by its path', async () => {
    const { corpus, index } = tempCorpus();
    const { stdout } = await cli('src/cli/add.ts', [
      `${base}/art/2025/1/22/jiangsu.html`,
      '--corpus',
      corpus,
      '--index',
      index,
      '--no-index',
    ]);
    expect(stdout).toContain(`added: ${path.join(corpus, 'jiangsu.html')}`);
    expect(stdout).toMatch(/issuer: +江苏省 \(province\)/);
    expect(stdout).toMatch(/published: 2025-01-22/);
    expect(readFileSync(path.join(corpus, 'jiangsu.html'))).toEqual(readFileSync(path.join(PAGES, 'jiangsu-2025-gbk.html')));
  }, 120_000);

  it('refuses an unsupported type with a reason and exit code 1', async () => {
    const { corpus } = tempCorpus();
    const file = path.join(path.dirname(corpus), 'slides.pptx');
    writeFileSync(file, 'x');
    const failed = await cli('src/cli/add.ts', [file, '--corpus', corpus, '--no-index']).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/add: unsupported type "\.pptx"/);
  }, 60_000);
});
