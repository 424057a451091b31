import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { openIndex, openIndexIn } from '../../src/store/open-index.js';
import { seedQuestions } from '../golden/questions.js';
import { corpusSandbox } from '../support/corpus-copy.js';
import { MemoryBackend } from '../support/memory-backend.js';

const quiet = { log: () => {} };

describe('a second backend', () => {
  const sandbox = corpusSandbox();
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
      expect(strip(await memory.ask(q, context)), q).toEqual(strip(await local.ask(q, context)));
    }
  });
});
