import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexedCorpusSandbox } from '../support/corpus-copy.js';

const CHILD = path.join(import.meta.dirname, 'support/memory-child.ts');
/**
 * Sized to catch a leak of 2 KB a question in seconds rather than minutes. Measured here (heap after
 * two full collections, warm-up of 300 questions): with no leak the heap ends 1.1–1.5 MiB *below*
 * where it started (warm-up garbage and caches settling); with a planted 2 KB-a-question leak held
 * from a global, 2 500 questions end 3.9 MiB above. The 1.5 MiB limit sits ~2.5 MiB from each. (The
 * old 10 000 questions under 20 MiB would not have caught it: 2 KB × 10 000 is 19.5 MiB.)
 */
const QUESTIONS = 2_500;
const LIMIT_MIB = 1.5;

function run(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`memory child exited ${code}: ${stderr.slice(-2000)}`))));
  });
}

describe('memory over a long run', () => {
  it(`stays bounded over ${QUESTIONS} distinct questions in one process`, async () => {
    const sandbox = await indexedCorpusSandbox();
    const out = JSON.parse(await run([sandbox.corpusDir, sandbox.indexDir, String(QUESTIONS)])) as {
      asked: number;
      distinct: number;
      heapBefore: number;
      heapAfter: number;
    };
    expect(out.asked).toBe(QUESTIONS);
    expect(out.distinct).toBeGreaterThan(QUESTIONS * 0.9);
    const growthMiB = (out.heapAfter - out.heapBefore) / (1024 * 1024);
    expect(growthMiB).toBeLessThan(LIMIT_MIB);
  }, 300_000);
});
