import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { embedderChoice } from '../../src/config.js';
import type { Embedder } from '../../src/embed/embedder.js';
import { loadTransformersEmbedder } from '../../src/embed/transformers-embedder.js';
import { BUILTIN_EMBEDDER, openIndex, type EmbedderChoice } from '../../src/store/open-index.js';
import { corpusSandbox } from '../support/corpus-copy.js';
import { writeTinyBertModel } from '../support/tiny-model.js';

/** Counts the passages a model embeds, to see which chunks a rebuild re-embeds. */
function counting(inner: Embedder): { embedder: Embedder; embedded: string[] } {
  const embedded: string[] = [];
  const embedder: Embedder = {
    id: inner.id,
    dimensions: inner.dimensions,
    reusableAcrossCorpora: inner.reusableAcrossCorpora,
    embedPassages: async (texts) => {
      embedded.push(...texts);
      return inner.embedPassages(texts);
    },
    embedQuery: (text) => inner.embedQuery(text),
  };
  return { embedder, embedded };
}

describe('an index built with a local transformers.js model', () => {
  let sandbox: ReturnType<typeof corpusSandbox>;
  let model: ReturnType<typeof counting>;
  let choice: EmbedderChoice;
  const quiet = { log: () => {} };

  beforeAll(async () => {
    sandbox = corpusSandbox();
    const modelDir = path.join(mkdtempSync(path.join(tmpdir(), 'models-')), 'tiny-bert-zh');
    await writeTinyBertModel(modelDir);
    model = counting(await loadTransformersEmbedder(modelDir));
    choice = { expectedId: model.embedder.id, load: async () => model.embedder };
  });

  it('embeds every chunk once, records the model in the manifest and answers', async () => {
    const { index, built } = await openIndex({ ...sandbox, ...quiet, embedder: choice });
    expect(built).toBe(true);
    expect(index.manifest.embedder).toEqual({ id: model.embedder.id, dimensions: model.embedder.dimensions });
    expect(model.embedded).toHaveLength(index.corpus.chunks.length);
    const answer = await Engine.fromIndex(index).ask('钱塘区2024年GDP是多少？');
    expect(answer.citations[0].sentence).toContain('1416亿元');
  });

  it('re-embeds only the chunks of a changed report', async () => {
    const before = model.embedded.length;
    appendFileSync(
      path.join(sandbox.corpusDir, 'gongshu-2025-government-work-report-newspaper.txt'),
      '\n（五）以民生福祉为根本，新建学校5所。\n',
    );
    const { index, built } = await openIndex({ ...sandbox, ...quiet, embedder: choice });
    expect(built).toBe(true);
    const fresh = model.embedded.slice(before);
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.length).toBeLessThan(index.corpus.chunks.length / 4);
    expect(fresh.some((t) => t.includes('新建学校5所'))).toBe(true);
  });

  it('loads without embedding when nothing changed, and rebuilds when the embedder changes', async () => {
    const before = model.embedded.length;
    expect((await openIndex({ ...sandbox, ...quiet, embedder: choice })).built).toBe(false);
    expect(model.embedded.length).toBe(before);
    const messages: string[] = [];
    const switched = await openIndex({ ...sandbox, log: (m) => messages.push(m), embedder: BUILTIN_EMBEDDER });
    expect(switched.built).toBe(true);
    expect(messages.join('\n')).toMatch(/stale \(embedder transformers:/);
  });

  it('says which directory or file is missing when EMBED_MODEL_DIR points nowhere', async () => {
    await expect(embedderChoice('/nonexistent/models/bge-small-zh-v1.5')).rejects.toThrow(/\/nonexistent\/models\/bge-small-zh-v1\.5/);
  });
});
