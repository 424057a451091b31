import { readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { openIndex } from '../../src/store/open-index.js';
import { indexedCorpusSandbox, type Sandbox } from '../support/corpus-copy.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await indexedCorpusSandbox();
  await openIndex({ ...sandbox, log: () => {} });
});

const live = (file: string) => path.join(sandbox.indexDir, readFileSync(path.join(sandbox.indexDir, 'CURRENT'), 'utf8').trim(), file);
const editJson = (file: string, edit: (json: Record<string, unknown>) => void) => {
  const json = JSON.parse(readFileSync(live(file), 'utf8')) as Record<string, unknown>;
  edit(json);
  writeFileSync(live(file), JSON.stringify(json));
};

/** Opens the damaged index: it must say why, rebuild, and then answer as before. */
async function expectRebuilt(why: RegExp): Promise<void> {
  const messages: string[] = [];
  const { index, built } = await openIndex({ ...sandbox, log: (m) => messages.push(m) });
  expect(messages.join('\n')).toMatch(why);
  expect(built).toBe(true);
  expect(index.vectors.size).toBe(index.corpus.chunks.length);
  const answer = await Engine.fromIndex(index).ask('拱墅区2022年新增国家高新技术企业多少家？');
  expect(answer.citations[0]?.sentence).toContain('国家高新技术企业');
  // What was rebuilt now loads as it is.
  expect((await openIndex({ ...sandbox, log: () => {} })).built).toBe(false);
}

describe('a damaged index is detected and rebuilt', () => {
  it('vectors.hnsw truncated', async () => {
    truncateSync(live('vectors.hnsw'), Math.floor(statSync(live('vectors.hnsw')).size / 2));
    await expectRebuilt(/corrupt/);
  });

  it('corpus.bin truncated', async () => {
    truncateSync(live('corpus.bin'), Math.floor(statSync(live('corpus.bin')).size * 0.8));
    await expectRebuilt(/corrupt.*truncated/);
  });

  it('texts.bin cut short', async () => {
    truncateSync(live('texts.bin'), statSync(live('texts.bin')).size - 2);
    await expectRebuilt(/corrupt/);
  });

  it('vectors.i8 missing', async () => {
    rmSync(live('vectors.i8'));
    await expectRebuilt(/corrupt.*vectors\.i8/);
  });

  it('corpus.json counts that do not match the manifest', async () => {
    editJson('manifest.json', (m) => {
      const counts = m.counts as { sentences: number };
      counts.sentences += 1;
    });
    await expectRebuilt(/corrupt.*does not match its manifest/);
  });

  it('corpus.json not JSON', async () => {
    writeFileSync(live('corpus.json'), '{"format": 6, "documents": [');
    await expectRebuilt(/corrupt/);
  });

  it('an embedder whose dimensions differ from the manifest', async () => {
    editJson('embedder.json', (e) => {
      e.dimensions = 64;
    });
    await expectRebuilt(/corrupt.*(does not match|size mismatch)/);
  });

  it('a manifest that names other dimensions than the vectors have', async () => {
    editJson('manifest.json', (m) => {
      (m.embedder as { dimensions: number }).dimensions = 96;
    });
    await expectRebuilt(/corrupt.*does not match/);
  });
});
