import { childExecArgv, siblingEntry } from '../runtime/typescript-entry.js';
import { fork } from 'node:child_process';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type IndexBuildRequest, IndexBuildMessageSchema } from './index-build-protocol.js';

/** How much lower than the bot the build runs (nice value): answering comes first on a small machine. */
const BUILD_NICENESS = 10;

/** The index a build process left serving. */
export interface BuiltIndex {
  built: boolean;
  createdAt: string;
  documents: number;
}

/**
 * Builds the index of a corpus in a child process when it is stale (see index-build-process.ts) and
 * resolves with the index then serving; rejects when the build fails, the process dies, or `signal`
 * aborts (the process is then killed; its staging folder is cleared by the next build).
 */
export function buildIndexInChild(
  request: IndexBuildRequest,
  options: { signal?: AbortSignal; log?: (message: string) => void } = {},
): Promise<BuiltIndex> {
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new Error('the build was cancelled'));
      return;
    }
    const child = fork(fileURLToPath(entry()), [], {
      execArgv: childExecArgv(entry()),
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    if (child.pid !== undefined) {
      try {
        setPriority(child.pid, BUILD_NICENESS);
      } catch {
        // Not permitted here (some containers): the build runs at normal priority.
      }
    }
    let result: BuiltIndex | undefined;
    let failure: string | undefined;
    const onAbort = () => child.kill('SIGKILL');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.on('message', (raw: unknown) => {
      // A malformed message must not throw in the bot's event loop; without a `done` the build fails.
      const parsed = IndexBuildMessageSchema.safeParse(raw);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.type === 'log') log(message.message);
      else if (message.type === 'failed') failure = message.error;
      else result = { built: message.built, createdAt: message.createdAt, documents: message.documents };
    });
    child.on('error', (error) => {
      failure ??= error.message;
    });
    child.on('exit', (code, signal) => {
      options.signal?.removeEventListener('abort', onAbort);
      if (result && code === 0) resolve(result);
      else if (options.signal?.aborted) reject(new Error('the build was cancelled'));
      else reject(new Error(failure ?? `the build process exited (${signal ?? `code ${code}`})`));
    });
    child.send(request);
  });
}

function entry(): URL {
  return siblingEntry(import.meta.url, 'index-build-process');
}
