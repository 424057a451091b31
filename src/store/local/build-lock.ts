import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

/** The lock file in an index folder while a build runs there. */
export const BUILD_LOCK = '.build.lock';

/** How often a waiting build looks at the lock again. */
const POLL_MS = 250;
/**
 * Longest a build waits for another one: far beyond a 100 000-chunk build (under 5 minutes on two
 * cores), so only a hung holder is overtaken, and the wait stays bounded.
 */
const MAX_WAIT_MS = 30 * 60_000;

export interface HeldLock {
  /** Whether another build held the lock first (its result may be what this one wanted). */
  waited: boolean;
  release(): void;
}

/**
 * Takes the build lock of an index folder, waiting while another live process (or this one) holds
 * it. A lock left by a process that is gone is removed: builds never fail because of one another,
 * and a crashed build never blocks the next.
 */
export async function acquireBuildLock(
  indexDir: string,
  log: (message: string) => void,
  options: { pollMs?: number; maxWaitMs?: number } = {},
): Promise<HeldLock> {
  const file = path.join(indexDir, BUILD_LOCK);
  const pollMs = options.pollMs ?? POLL_MS;
  const deadline = Date.now() + (options.maxWaitMs ?? MAX_WAIT_MS);
  let waited = false;
  let told = false;
  for (;;) {
    const fd = tryCreate(file);
    if (fd !== null) {
      const token = `${process.pid}\n${Date.now()}\n${Math.random()}\n`;
      writeSync(fd, token);
      closeSync(fd);
      return { waited, release: () => releaseIfOwn(file, token) };
    }
    const holder = readHolder(file);
    if (holder === null || !isAlive(holder.pid)) {
      // Left by a process that ended without releasing it (killed, crashed).
      rmSync(file, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      log(`index: the build of process ${holder.pid} held ${indexDir} too long; building anyway`);
      rmSync(file, { force: true });
      continue;
    }
    if (!told) {
      log(`index: waiting for the build of process ${holder.pid} in ${indexDir}`);
      told = true;
    }
    waited = true;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

function tryCreate(file: string): number | null {
  try {
    return openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return null;
    throw error;
  }
}

/** A lock file this old that still names no process was abandoned while being written. */
const UNWRITTEN_LOCK_MS = 10_000;

/** The process holding the lock; null when the lock names none and is too old to be being written. */
function readHolder(file: string): { pid: number } | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').split('\n', 1)[0]);
    if (Number.isInteger(pid) && pid > 0) return { pid };
    // Created but not yet written by its holder: held, unless it stayed so.
    return Date.now() - statSync(file).mtimeMs > UNWRITTEN_LOCK_MS ? null : { pid: process.pid };
  } catch {
    // Released between our attempt and this read: the next attempt takes it.
    return { pid: process.pid };
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, owned by another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the lock only while it is still this build's (a waiter past its deadline may have taken it). */
function releaseIfOwn(file: string, token: string): void {
  try {
    if (readFileSync(file, 'utf8') === token) rmSync(file, { force: true });
  } catch {
    // Already gone.
  }
}
