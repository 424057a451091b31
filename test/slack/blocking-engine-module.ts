import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { EngineModule } from '../../src/answer/engine-process.js';
import type { Answer } from '../../src/answer/schema.js';

/** Longest one answer blocks, so a broken test fails instead of hanging. */
const CEILING_MS = 30_000;
/** Never notified: Atomics.wait on it is a synchronous sleep that blocks the event loop. */
const SLEEPER = new Int32Array(new SharedArrayBuffer(4));

/**
 * An engine for engine processes in tests whose answers block their process's event loop, like a
 * CPU-heavy answer does: `ask` writes `started-<n>` into `dir`, then blocks synchronously until the
 * test writes `release` there (files, because the engine runs in another process).
 */
export const openEngine: EngineModule['openEngine'] = async (options) => {
  const { dir } = z.object({ dir: z.string() }).parse(options);
  let asked = 0;
  return {
    async ask(question: string): Promise<Answer> {
      asked += 1;
      writeFileSync(path.join(dir, `started-${asked}`), question);
      const until = Date.now() + CEILING_MS;
      while (!existsSync(path.join(dir, 'release')) && Date.now() < until) {
        // Blocking on purpose: this process's event loop is held for the whole answer. A synchronous
        // sleep between checks, not a spin, so the wait leaves the CPU to the bot and the other tests.
        Atomics.wait(SLEEPER, 0, 0, 5);
      }
      return {
        id: `blocking-${asked}`,
        question,
        notFound: false,
        text: `slow answer ${asked}: 全区实现地区生产总值1180.6亿元。`,
        citations: [],
        figures: [],
        priorities: [],
      };
    },
    async passages() {
      return [];
    },
  };
};
