import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

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

describe('every command answers --help', () => {
  for (const [name, script] of COMMANDS) {
    it(`npm run ${name} -- --help prints its usage and exits 0, building nothing`, async () => {
      // execFile rejects on a non-zero exit, so resolving is the exit-0 check.
      const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', script, '--help'], { cwd: REPO, timeout: 60_000 });
      expect(`${stdout}${stderr}`).toMatch(new RegExp(`usage: npm run (--silent )?${name}`));
      expect(stderr).not.toMatch(/index: (built|none yet|stale)/);
    }, 70_000);
  }

  it('the scripts above are the package scripts of those names', async () => {
    const { default: pkg } = await import('../../package.json', { with: { type: 'json' } });
    for (const [name, script] of COMMANDS) expect(pkg.scripts[name as keyof typeof pkg.scripts]).toBe(`tsx ${script}`);
  });
});
