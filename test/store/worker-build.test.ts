import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { QUANTIZED_FILE } from '../../src/store/local/corpus-files.js';
import { WORKER_MIN_VECTORS } from '../../src/store/local/hnsw-index.js';
import { IndexFolder } from '../../src/store/local/index-folder.js';
import { openIndex, openIndexIn } from '../../src/store/open-index.js';
import { corpusSandbox, indexedCorpusSandbox } from '../support/corpus-copy.js';

const quiet = { log: () => {} };
const live = (indexDir: string, file: string) => path.join(indexDir, readFileSync(path.join(indexDir, 'CURRENT'), 'utf8').trim(), file);

/**
 * The HNSW graph is built in a worker thread from WORKER_MIN_VECTORS chunks, more than the seed corpus
 * has; the threshold is lowered here so the real corpus goes through the worker path of a whole build.
 */
describe('an index build with the HNSW graph in a worker thread', () => {
  it('builds through the worker and serves the index the in-process build serves', async () => {
    const sandbox = corpusSandbox();
    const folder = new IndexFolder(sandbox.indexDir, 1);
    const inWorker = await openIndexIn(folder, { ...sandbox, ...quiet });
    expect(inWorker.built).toBe(true);
    expect(folder.lastBuildInWorker).toBe(true);

    // The run's shared index of the same corpus, built in-process (fewer chunks than the threshold).
    const reference = await indexedCorpusSandbox();
    const inProcess = await openIndex({ ...reference, ...quiet });
    expect(inProcess.index.corpus.chunks.length).toBeLessThan(WORKER_MIN_VECTORS);
    expect(inWorker.index.corpus.chunks.length).toBe(inProcess.index.corpus.chunks.length);
    expect(inWorker.index.vectors.size).toBe(inWorker.index.corpus.chunks.length);
    expect(readFileSync(live(sandbox.indexDir, QUANTIZED_FILE)).equals(readFileSync(live(reference.indexDir, QUANTIZED_FILE)))).toBe(true);

    const a = Engine.fromIndex(inWorker.index);
    const b = Engine.fromIndex(inProcess.index);
    for (const q of ['钱塘区2024年GDP是多少？', '拱墅区2022年新增国家高新技术企业多少家？', '上城区2025年的工作重点有哪些？']) {
      const [x, y] = [await a.ask(q), await b.ask(q)];
      expect({ ...x, id: '' }).toEqual({ ...y, id: '' });
    }
  });
});
