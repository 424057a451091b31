import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexedCorpusSandbox } from '../support/corpus-copy.js';

const CHILD = path.join(import.meta.dirname, 'support/memory-child.ts');
const QUESTIONS = 10_000;

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
    // Generous: a leak of even 2 KB a question would pass 20 MB; the heap here is ~30 MB in all.
    const growthMB = (out.heapAfter - out.heapBefore) / (1024 * 1024);
    expect(growthMB).toBeLessThan(20);
  }, 300_000);
});
