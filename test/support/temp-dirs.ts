import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * Vitest setupFile: each test file gets its own temporary folder as TMPDIR (os.tmpdir() reads it on
 * every call, and child processes inherit it), removed with everything in it when the file ends, so
 * a run leaves nothing behind in /tmp whichever way a test made its folders.
 */
const outer = tmpdir();
const own = mkdtempSync(path.join(outer, 'reports-bot-test-'));
process.env.TMPDIR = own;

afterAll(() => {
  process.env.TMPDIR = outer;
  rmSync(own, { recursive: true, force: true, maxRetries: 3 });
});
