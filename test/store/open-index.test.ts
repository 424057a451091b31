import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openIndex } from '../../src/store/open-index.js';
import { corpusSandbox } from '../support/corpus-copy.js';

const quiet = { log: () => {} };

describe('persistent index', () => {
  let sandbox: ReturnType<typeof corpusSandbox>;
  beforeAll(() => {
    sandbox = corpusSandbox();
  });

  it('builds on first open, then loads the same index when the corpus is unchanged', async () => {
    const first = await openIndex({ ...sandbox, ...quiet });
    expect(first.built).toBe(true);
    expect(first.index.corpus.chunks.length).toBeGreaterThan(100);
    expect(first.index.vectors.size).toBe(first.index.corpus.chunks.length);
    expect(first.index.manifest.embedder.id).toMatch(/^lsa-v1:/);
    expect(first.index.manifest.corpus.files).toHaveLength(5);
    const second = await openIndex({ ...sandbox, ...quiet });
    expect(second.built).toBe(false);
    expect(second.index.corpus.chunks.map((c) => c.id)).toEqual(first.index.corpus.chunks.map((c) => c.id));
    const q = await first.index.embedder.embedQuery('钱塘区地区生产总值');
    const q2 = await second.index.embedder.embedQuery('钱塘区地区生产总值');
    expect(Array.from(q2)).toEqual(Array.from(q));
  });

  it('rebuilds when a report changes, and says why', async () => {
    const messages: string[] = [];
    appendFileSync(path.join(sandbox.corpusDir, 'qiantang-2024-plan-execution-and-2025-plan.txt'), '\n补充说明:全年新增绿道12公里。\n');
    const reopened = await openIndex({ ...sandbox, log: (m) => messages.push(m) });
    expect(reopened.built).toBe(true);
    expect(messages.join('\n')).toMatch(/stale.*qiantang-2024-plan-execution-and-2025-plan\.txt/);
    expect(reopened.index.corpus.sentences.some((s) => s.text.includes('全年新增绿道12公里'))).toBe(true);
  });

  it('detects a truncated vector file and rebuilds instead of serving it', async () => {
    const current = readFileSync(path.join(sandbox.indexDir, 'CURRENT'), 'utf8').trim();
    truncateSync(path.join(sandbox.indexDir, current, 'vectors.hnsw'), 100);
    const messages: string[] = [];
    const reopened = await openIndex({ ...sandbox, log: (m) => messages.push(m) });
    expect(messages.join('\n')).toMatch(/corrupt/);
    expect(reopened.built).toBe(true);
    expect(reopened.index.vectors.size).toBe(reopened.index.corpus.chunks.length);
  });

  it('detects a manifest that is not JSON and rebuilds', async () => {
    const current = readFileSync(path.join(sandbox.indexDir, 'CURRENT'), 'utf8').trim();
    writeFileSync(path.join(sandbox.indexDir, current, 'manifest.json'), '{ not json');
    const messages: string[] = [];
    const reopened = await openIndex({ ...sandbox, log: (m) => messages.push(m) });
    expect(messages.join('\n')).toMatch(/manifest unreadable/);
    expect(reopened.built).toBe(true);
  });

  it('keeps serving the previous build when a build died halfway (staging folder left behind)', async () => {
    const before = readFileSync(path.join(sandbox.indexDir, 'CURRENT'), 'utf8').trim();
    const staging = path.join(sandbox.indexDir, '.build-1-99999');
    mkdirSync(staging);
    writeFileSync(path.join(staging, 'corpus.json'), '{"partial":');
    const reopened = await openIndex({ ...sandbox, ...quiet });
    expect(reopened.built).toBe(false);
    expect(readFileSync(path.join(sandbox.indexDir, 'CURRENT'), 'utf8').trim()).toBe(before);
  });

  it('leaves exactly one live build folder after rebuilding', async () => {
    await openIndex({ ...sandbox, ...quiet, rebuild: true });
    const builds = readdirSync(sandbox.indexDir).filter((e) => e.startsWith('build-'));
    expect(builds).toHaveLength(1);
    expect(existsSync(path.join(sandbox.indexDir, builds[0], 'vectors.hnsw'))).toBe(true);
  });
});
