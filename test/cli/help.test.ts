import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { runCli } from '../support/run-cli.js';

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, '../..');

/** Every command `npm run` offers, by the script it runs. */
const COMMANDS: Array<[string, string]> = [
  ['ask', 'src/cli/ask.ts'],
  ['corpus', 'src/cli/corpus.ts'],
  ['add', 'src/cli/add.ts'],
  ['index', 'src/cli/build-index.ts'],
  ['eval', 'src/cli/eval.ts'],
  ['figures', 'src/cli/figures.ts'],
  ['bench', 'bench/bench.ts'],
];

/** Commands that export main(io): asked in this process; the others are started with node and the tsx loader. */
const IN_PROCESS: Record<string, () => Promise<{ main: (io: CliIo) => Promise<number> }>> = {
  ask: () => import('../../src/cli/ask.js'),
  corpus: () => import('../../src/cli/corpus.js'),
  add: () => import('../../src/cli/add.js'),
  index: () => import('../../src/cli/build-index.js'),
  eval: () => import('../../src/cli/eval.js'),
  figures: () => import('../../src/cli/figures.js'),
};

async function help(name: string, script: string): Promise<{ stdout: string; stderr: string }> {
  const load = IN_PROCESS[name];
  if (!load) {
    // execFile rejects on a non-zero exit, so resolving is the exit-0 check.
    return run(process.execPath, ['--import', 'tsx', script, '--help'], { cwd: REPO, timeout: 60_000 });
  }
  const result = await runCli(name, (await load()).main, ['--help']);
  expect(result.status).toBe(0);
  return result;
}

describe('every command answers --help', () => {
  for (const [name, script] of COMMANDS) {
    it(`npm run ${name} -- --help prints its usage and exits 0, building nothing`, async () => {
      const { stdout, stderr } = await help(name, script);
      expect(`${stdout}${stderr}`).toMatch(new RegExp(`usage: npm run (--silent )?${name}`));
      expect(stderr).not.toMatch(/index: (built|none yet|stale)/);
    }, 70_000);
  }

  it('the scripts above are the package scripts of those names', async () => {
    const { default: pkg } = await import('../../package.json', { with: { type: 'json' } });
    for (const [name, script] of COMMANDS) expect(pkg.scripts[name as keyof typeof pkg.scripts]).toBe(`tsx ${script}`);
  });
});
