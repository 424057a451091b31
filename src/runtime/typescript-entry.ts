/**
 * Starting a module in another thread or process whether the code runs as TypeScript through tsx
 * (npm start, vitest) or compiled: one home for the loader plumbing the worker pools share.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** `name` beside `from` (an import.meta.url), with the extension `from` runs under (.ts via tsx, .js compiled). */
export function siblingEntry(from: string, name: string): URL {
  return new URL(`./${name}${path.extname(new URL(from).pathname)}`, from);
}

/**
 * The execArgv a child process needs to run `entry`: tsx's loader, named by its file so it resolves
 * wherever the parent was started from, for a .ts entry; nothing for compiled code.
 */
export function childExecArgv(entry: URL): string[] {
  if (!entry.pathname.endsWith('.ts')) return [];
  return ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];
}

/**
 * A worker thread running `entry`. On Node 20 a worker thread does not inherit the parent's loader
 * hooks, so a .ts entry is loaded through tsx's tsImport from a small bootstrap; .js loads directly.
 */
export function startWorkerThread(entry: URL): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  // tsx/esm/api's import condition, found from tsx's package.json (require would pick its .cjs twin).
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(path.join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((api) => api.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(bootstrap, { eval: true });
}
