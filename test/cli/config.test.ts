import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePaths } from '../../src/config.js';

describe('paths', () => {
  it('defaults to ./corpus and ./index, environment next, flags first', () => {
    expect(resolvePaths({}, {})).toMatchObject({ corpusDir: path.resolve('corpus'), indexDir: path.resolve('index'), modelDir: null });
    expect(resolvePaths({}, { CORPUS_DIR: '/data/reports', INDEX_DIR: '/data/index', EMBED_MODEL_DIR: '/models/bge' })).toMatchObject({
      corpusDir: '/data/reports',
      indexDir: '/data/index',
      modelDir: '/models/bge',
    });
    expect(resolvePaths({ index: '/tmp/i' }, { INDEX_DIR: '/data/index' }).indexDir).toBe('/tmp/i');
  });

  it('gives another corpus its own index inside ./index, never beside a possibly read-only corpus', () => {
    const a = resolvePaths({ corpus: '/read-only/shared/gov-reports/provincial-2026' }, {});
    const b = resolvePaths({ corpus: '/elsewhere/provincial-2026' }, {});
    expect(a.indexDir.startsWith(path.resolve('index', 'corpora'))).toBe(true);
    expect(path.basename(a.indexDir)).toMatch(/^provincial-2026-[0-9a-f]{8}$/);
    expect(a.indexDir).not.toBe(b.indexDir);
  });

  it('names a broken variable', () => {
    expect(() => resolvePaths({}, { EMBED_MODEL_FAMILY: 'gpt' })).toThrow(/EMBED_MODEL_FAMILY/);
  });
});
