import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_LOCK, acquireBuildLock } from '../../src/store/local/build-lock.js';
import { openIndex } from '../../src/store/open-index.js';
import { corpusSandbox } from '../support/corpus-copy.js';

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, '../..');
const sandboxes: string[] = [];
afterAll(() => {
  for (const root of sandboxes) rmSync(root, { recursive: true, force: true });
});
function sandbox() {
  const s = corpusSandbox();
  sandboxes.push(s.root);
  return s;
}

describe('two index builds on one folder', () => {
  it('take turns in one process: the second waits and serves what the first built', async () => {
    const s = sandbox();
    const logs: string[][] = [[], []];
    const [a, b] = await Promise.all(
      logs.map((log) => openIndex({ corpusDir: s.corpusDir, indexDir: s.indexDir, rebuild: true, log: (m) => log.push(m) })),
    );
    expect(a.index.manifest.createdAt).toBe(b.index.manifest.createdAt);
    expect(logs.flat().some((m) => m.startsWith('index: waiting for the build of process'))).toBe(true);
    expect(logs.flat().filter((m) => m.startsWith('index: built')).length).toBe(1);
    expect(existsSync(path.join(s.indexDir, BUILD_LOCK))).toBe(false);
    expect(readdirSync(s.indexDir).filter((e) => e.startsWith('.build-'))).toEqual([]);
  }, 120_000);

  it('take turns across processes: `npm run index -- --rebuild` twice at once, both succeed', async () => {
    const s = sandbox();
    const index = () =>
      run(process.execPath, ['--import', 'tsx', 'src/cli/build-index.ts', '--corpus', s.corpusDir, '--index', s.indexDir, '--rebuild'], {
        cwd: REPO,
        timeout: 110_000,
      });
    const results = await Promise.all([index(), index()]);
    const stderr = results.map((r) => r.stderr).join('\n');
    expect(stderr).toMatch(/index: \d+ documents/);
    expect(stderr).toContain('waiting for the build of process');
    // A bot starting now opens the index the two left behind without building.
    const logs: string[] = [];
    const opened = await openIndex({ corpusDir: s.corpusDir, indexDir: s.indexDir, log: (m) => logs.push(m) });
    expect(opened.built).toBe(false);
  }, 120_000);

  it('removes a lock left by a process that is gone', async () => {
    const s = sandbox();
    mkdirSync(s.indexDir, { recursive: true });
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(path.join(s.indexDir, BUILD_LOCK), `${gone}\n0\n`);
    const lock = await acquireBuildLock(s.indexDir, () => {}, { maxWaitMs: 5_000 });
    expect(lock.waited).toBe(false);
    lock.release();
    expect(existsSync(path.join(s.indexDir, BUILD_LOCK))).toBe(false);
  });

  it('waits while a live process holds the lock', async () => {
    const s = sandbox();
    mkdirSync(s.indexDir, { recursive: true });
    const first = await acquireBuildLock(s.indexDir, () => {});
    const logs: string[] = [];
    const second = acquireBuildLock(s.indexDir, (m) => logs.push(m), { pollMs: 10 });
    await new Promise((r) => setTimeout(r, 100));
    expect(logs).toEqual([`index: waiting for the build of process ${process.pid} in ${s.indexDir}`]);
    first.release();
    const taken = await second;
    expect(taken.waited).toBe(true);
    taken.release();
  });
});
