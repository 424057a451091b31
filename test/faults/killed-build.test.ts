import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { openIndex } from '../../src/store/open-index.js';
import { corpusSandbox } from '../support/corpus-copy.js';

const quiet = { log: () => {} };
const CHILD = path.join(import.meta.dirname, 'support/build-child.ts');

/** Starts a rebuild in another process and SIGKILLs it once its staging folder is being filled. */
function killMidBuild(
  corpusDir: string,
  indexDir: string,
): Promise<{ signal: NodeJS.Signals | null; stagingSeen: string[]; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, corpusDir, indexDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stagingSeen: string[] = [];
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString('utf8');
      if (output.includes('embedding') && child.exitCode === null && !child.killed) {
        stagingSeen = readdirSync(indexDir).filter((e) => e.startsWith('.build-'));
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ signal, stagingSeen, output }));
  });
}

describe('a build killed midway', () => {
  it('leaves the previous index serving, loaded without a rebuild', async () => {
    const sandbox = corpusSandbox();
    const first = await openIndex({ ...sandbox, ...quiet });
    expect(first.built).toBe(true);
    const pointer = path.join(sandbox.indexDir, 'CURRENT');
    const before = readFileSync(pointer, 'utf8');

    const killed = await killMidBuild(sandbox.corpusDir, sandbox.indexDir);
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.output).not.toContain('finished');
    // The kill landed while the build was writing into its staging folder …
    expect(killed.stagingSeen).toHaveLength(1);
    expect(existsSync(path.join(sandbox.indexDir, killed.stagingSeen[0]))).toBe(true);
    // … and nothing it wrote is live.
    expect(readFileSync(pointer, 'utf8')).toBe(before);

    const messages: string[] = [];
    const reopened = await openIndex({ ...sandbox, log: (m) => messages.push(m) });
    expect(reopened.built).toBe(false);
    expect(messages).toEqual([]);
    expect(reopened.index.corpus.chunks.map((c) => c.id)).toEqual(first.index.corpus.chunks.map((c) => c.id));
    const answer = await Engine.fromIndex(reopened.index).ask('钱塘区2024年GDP是多少？');
    expect(answer.notFound).toBe(false);
    expect(answer.citations[0].sentence).toContain('1416亿元');

    // The next completed build clears the dead build's folder.
    await openIndex({ ...sandbox, ...quiet, rebuild: true });
    expect(readdirSync(sandbox.indexDir).filter((e) => e.startsWith('.build-'))).toEqual([]);
    expect(readdirSync(sandbox.indexDir).filter((e) => e.startsWith('build-'))).toHaveLength(1);
  }, 60_000);
});
