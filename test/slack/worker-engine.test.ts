import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngineBusyError } from '../../src/answer/engine-busy.js';
import { WorkerEngine } from '../../src/answer/worker-engine.js';

const BLOCKING = new URL('./blocking-engine-module.ts', import.meta.url);

describe('WorkerEngine', () => {
  it('abandons an answer past its timeout, replaces the process, and answers the next question', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'worker-engine-'));
    const logs: string[] = [];
    const engine = await WorkerEngine.start({
      engineModule: BLOCKING,
      engineOptions: { dir },
      processes: 1,
      answerTimeoutMs: 1000,
      log: (m) => logs.push(m),
    });
    try {
      await expect(engine.ask('stuck')).rejects.toThrow(/no answer within 1000 ms/);
      writeFileSync(path.join(dir, 'release'), '');
      const answer = await engine.ask('next');
      expect(answer.text).toContain('slow answer 1');
      expect(logs.join('\n')).toMatch(/replacing the process/);
    } finally {
      await engine.close(0);
    }
  });

  it('refuses a question beyond the queue with EngineBusyError, and refuses all once closed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'worker-engine-'));
    const engine = await WorkerEngine.start({ engineModule: BLOCKING, engineOptions: { dir }, processes: 1, maxQueued: 1 });
    const running = engine.ask('one');
    const waiting = engine.ask('two');
    await expect(engine.ask('three')).rejects.toBeInstanceOf(EngineBusyError);
    writeFileSync(path.join(dir, 'release'), '');
    expect((await running).question).toBe('one');
    expect((await waiting).question).toBe('two');
    expect(await engine.close(5000)).toBe(true);
    await expect(engine.ask('four')).rejects.toThrow(/stopping/);
  });
});
