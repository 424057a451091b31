import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { openIndex, openIndexIn } from '../../src/store/open-index.js';
import { seedQuestions } from '../golden/questions.js';
import { indexedCorpusSandbox, type Sandbox } from '../support/corpus-copy.js';
import { MemoryBackend } from '../support/memory-backend.js';

const quiet = { log: () => {} };
/** Rounded to three places, a score may differ by one in its last digit between backends. */
const SCORE_TOLERANCE = 0.0011;

/** Every numeric `score` in an answer, depth first. */
function scoresOf(value: unknown): number[] {
  if (Array.isArray(value)) return value.flatMap(scoresOf);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => (key === 'score' && typeof v === 'number' ? [v] : scoresOf(v)));
  return [];
}

/** The answer with every numeric `score` blanked. */
function withoutScores(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutScores);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, key === 'score' && typeof v === 'number' ? null : withoutScores(v)]),
    );
  return value;
}

describe('a second backend', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await indexedCorpusSandbox();
  });
  afterAll(() => rmSync(sandbox.root, { recursive: true, force: true }));

  it('builds once, then serves the fresh index it holds', async () => {
    const backend = new MemoryBackend();
    expect((await openIndexIn(backend, { ...sandbox, ...quiet })).built).toBe(true);
    expect((await openIndexIn(backend, { ...sandbox, ...quiet })).built).toBe(false);
    expect(backend.builds).toBe(1);
  });

  it('answers as the local folder does, with no change to retrieval or answering', async () => {
    const memory = Engine.fromIndex((await openIndexIn(new MemoryBackend(), { ...sandbox, ...quiet })).index);
    const local = Engine.fromIndex((await openIndex({ ...sandbox, ...quiet })).index);
    const strip = (answer: object) => ({ ...answer, id: undefined });
    for (const { q, history } of seedQuestions().slice(0, 40)) {
      const context = history ? { history } : {};
      const [fromMemory, fromLocal] = [strip(await memory.ask(q, context)), strip(await local.ask(q, context))];
      // The two backends sum a score's float terms in different orders: the last printed digit of
      // a rounded score may differ (2.168 against 2.169); every other field, and the order, must not.
      const [memoryScores, localScores] = [scoresOf(fromMemory), scoresOf(fromLocal)];
      expect(withoutScores(fromMemory), q).toEqual(withoutScores(fromLocal));
      expect(memoryScores.length, q).toBe(localScores.length);
      memoryScores.forEach((score, i) => expect(Math.abs(score - localScores[i]), q).toBeLessThanOrEqual(SCORE_TOLERANCE));
    }
  });
});
