import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { afterAll, inject } from 'vitest';

/**
 * Vitest setupFile: each test file gets its own temporary folder as TMPDIR (os.tmpdir() reads it on
 * every call, and child processes inherit it), removed with everything in it when the file ends, so
 * a run leaves nothing behind in /tmp whichever way a test made its folders.
 */
const outer = tmpdir();
const own = mkdtempSync(path.join(outer, 'reports-bot-test-'));
process.env.TMPDIR = own;

// tsx keeps its compile cache in $TMPDIR/tsx-<user>: linked to the run's cache, a process started
// with `--import tsx` (or a worker through tsImport) reuses what earlier ones compiled instead of
// compiling every source module again (~30 % of such a start). rmSync removes the link, not the cache.
symlinkSync(inject('tsxCache'), path.join(own, `tsx-${process.geteuid?.() ?? userInfo().username}`), 'dir');

afterAll(() => {
  process.env.TMPDIR = outer;
  rmSync(own, { recursive: true, force: true, maxRetries: 3 });
});
