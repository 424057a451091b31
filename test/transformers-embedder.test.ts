import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { env } from '@xenova/transformers';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Embedder } from '../src/embed/embedder.js';
import { loadTransformersEmbedder } from '../src/embed/transformers-embedder.js';
import { writeTinyBertModel } from './support/tiny-model.js';

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function norm(a: Float32Array): number {
  return Math.sqrt(dot(a, a));
}

let root: string;
let plainDir: string;
let plain: Embedder;
// Any attempt to reach the Hub would go through global fetch; fail loudly instead of hanging offline.
const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
  throw new Error(`unexpected network access: ${String(input)}`);
});

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'tiny-embed-'));
  plainDir = path.join(root, 'tiny-bert');
  await writeTinyBertModel(plainDir, { hiddenSize: 24 });
  // Start from transformers' online default to prove the loader switches it off itself.
  env.allowRemoteModels = true;
  plain = await loadTransformersEmbedder(plainDir);
});

afterAll(async () => {
  fetchSpy.mockRestore();
  await rm(root, { recursive: true, force: true });
});

describe('loadTransformersEmbedder (tiny offline BERT)', () => {
  it('reports id, dimensions from config.json, and reusability', () => {
    expect(plain.id).toBe('transformers:tiny-bert:plain:mean');
    expect(plain.dimensions).toBe(24);
    expect(plain.reusableAcrossCorpora).toBe(true);
  });

  it('returns unit-length Float32Array vectors of the declared size', async () => {
    const texts = ['2023年杭州地区生产总值增长5.6%', '钱塘区', '', 'abc xyz'];
    const vectors = await plain.embedPassages(texts);
    expect(vectors).toHaveLength(texts.length);
    for (const v of vectors) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v.length).toBe(24);
      expect(norm(v)).toBeCloseTo(1, 5);
    }
    const q = await plain.embedQuery('拱墅区目标');
    expect(q.length).toBe(24);
    expect(norm(q)).toBeCloseTo(1, 5);
  });

  it('is deterministic for the same text and distinguishes different texts', async () => {
    const [a1] = await plain.embedPassages(['杭州地区生产总值']);
    const [a2] = await plain.embedPassages(['杭州地区生产总值']);
    const [b] = await plain.embedPassages(['钱塘拱墅年目标']);
    expect(Array.from(a1)).toEqual(Array.from(a2));
    expect(Array.from(a1)).not.toEqual(Array.from(b));
  });

  it('gives the same vector whether a passage is embedded alone or in a padded batch', async () => {
    const texts = Array.from({ length: 37 }, (_, i) => `${'杭州'.repeat((i % 5) + 1)}第${i}年增长${i}%`);
    const batched = await plain.embedPassages(texts);
    expect(batched).toHaveLength(37);
    for (const i of [0, 15, 16, 36]) {
      const [alone] = await plain.embedPassages([texts[i]]);
      for (let d = 0; d < alone.length; d++) expect(batched[i][d]).toBeCloseTo(alone[d], 5);
    }
  });

  it('ranks a passage sharing the query terms above an unrelated one', async () => {
    const q = await plain.embedQuery('地区生产总值');
    const [related, unrelated] = await plain.embedPassages(['2023年杭州市地区生产总值增长5.6%', '财政收入支出计划']);
    expect(dot(q, related)).toBeGreaterThan(dot(q, unrelated));
  });

  it('adds no prefixes for the plain family, so query and passage vectors agree', async () => {
    const q = await plain.embedQuery('地区生产总值');
    const [p] = await plain.embedPassages(['地区生产总值']);
    expect(Array.from(q)).toEqual(Array.from(p));
  });

  it('leaves transformers.js configured for local files only', () => {
    expect(env.allowRemoteModels).toBe(false);
    expect(env.allowLocalModels).toBe(true);
    expect(env.useFSCache).toBe(false);
  });
});

describe('family handling', () => {
  it('e5 (explicit option) prefixes "query: " / "passage: ", so the same text embeds differently', async () => {
    const e5 = await loadTransformersEmbedder(plainDir, { family: 'e5' });
    expect(e5.id).toBe('transformers:tiny-bert:e5:mean');
    const q = await e5.embedQuery('地区生产总值');
    const [p] = await e5.embedPassages(['地区生产总值']);
    expect(Array.from(q)).not.toEqual(Array.from(p));
    // The prefix adds a few tokens to an otherwise identical text, so the vectors differ but stay close.
    expect(dot(q, p)).toBeLessThan(1 - 1e-6);
    expect(dot(q, p)).toBeGreaterThan(0.3);
  });

  it('detects e5 and bge from the folder name', async () => {
    const e5Dir = path.join(root, 'multilingual-e5-tiny');
    const bgeDir = path.join(root, 'bge-tiny-zh-v1.5');
    await writeTinyBertModel(e5Dir);
    await writeTinyBertModel(bgeDir);
    const e5 = await loadTransformersEmbedder(e5Dir);
    const bge = await loadTransformersEmbedder(bgeDir);
    expect(e5.id).toBe('transformers:multilingual-e5-tiny:e5:mean');
    expect(bge.id).toBe('transformers:bge-tiny-zh-v1.5:bge:cls');
    expect(bge.dimensions).toBe(32);
    const q = await e5.embedQuery('钱塘区');
    const [p] = await e5.embedPassages(['钱塘区']);
    expect(Array.from(q)).not.toEqual(Array.from(p));
  });

  it('loads models from different parent folders concurrently without mixing them up', async () => {
    const otherRoot = await mkdtemp(path.join(os.tmpdir(), 'tiny-embed-other-'));
    try {
      const otherDir = path.join(otherRoot, 'tiny-bert-wide');
      await writeTinyBertModel(otherDir, { hiddenSize: 40 });
      const [narrow, wide] = await Promise.all([loadTransformersEmbedder(plainDir), loadTransformersEmbedder(otherDir)]);
      expect((await narrow.embedQuery('杭州')).length).toBe(24);
      expect((await wide.embedQuery('杭州')).length).toBe(40);
    } finally {
      await rm(otherRoot, { recursive: true, force: true });
    }
  });
});

describe('helpful errors for unusable model folders', () => {
  it('names a missing directory and how to fix it', async () => {
    const missing = path.join(root, 'no-such-model');
    const err = await loadTransformersEmbedder(missing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain(missing);
    expect((err as Error).message).toContain('EMBED_MODEL_DIR');
  });

  it('names the missing onnx file', async () => {
    const dir = path.join(root, 'no-onnx');
    await writeTinyBertModel(dir);
    await rm(path.join(dir, 'onnx', 'model.onnx'));
    await expect(loadTransformersEmbedder(dir)).rejects.toThrow(path.join(dir, 'onnx', 'model'));
  });

  it('names every missing tokenizer/config file', async () => {
    const dir = path.join(root, 'no-tokenizer');
    await writeTinyBertModel(dir);
    await rm(path.join(dir, 'tokenizer.json'));
    await rm(path.join(dir, 'config.json'));
    const err = await loadTransformersEmbedder(dir).catch((e: unknown) => e);
    expect((err as Error).message).toContain(path.join(dir, 'tokenizer.json'));
    expect((err as Error).message).toContain(path.join(dir, 'config.json'));
    expect((err as Error).message).not.toContain(path.join(dir, 'tokenizer_config.json'));
  });

  it('refuses quantized: true when only model.onnx exists', async () => {
    await expect(loadTransformersEmbedder(plainDir, { quantized: true })).rejects.toThrow(
      path.join(plainDir, 'onnx', 'model_quantized.onnx'),
    );
  });
});

describe('network isolation', () => {
  it('never called fetch while loading or embedding', () => {
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
