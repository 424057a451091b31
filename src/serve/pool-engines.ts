import { WorkerEngine, type WorkerEngineOptions } from '../answer/worker-engine.js';
import { resolvePaths } from '../config.js';
import { IndexFolder } from '../store/local/index-folder.js';
import { buildIndexInChild } from './build-in-child.js';
import type { EngineSource } from './in-process-engines.js';
import type { IndexBuildRequest } from './index-build-protocol.js';
import type { ServingEngine } from './live-engine.js';

export interface PoolEngineOptions {
  /** The corpus/index/model flags, given to the build process and (as engineOptions) to every engine process. */
  flags: IndexBuildRequest;
  pool: Omit<WorkerEngineOptions, 'engineOptions'>;
  /** Longest the retired pool waits for its processes' answers once none is in flight. */
  closeMs: number;
  log: (message: string) => void;
}

/**
 * Pools of engine processes (the Slack bot). The next index is built first in one build process
 * while the serving pool answers; only then is the next pool started, whose processes read the
 * built index, so two pools run side by side only for the seconds they take to open, not for the
 * build (the machine may have two cores).
 */
export async function poolEngines(options: PoolEngineOptions): Promise<EngineSource> {
  const folder = new IndexFolder(resolvePaths(options.flags).indexDir);
  const start = async (): Promise<{ serving: ServingEngine; build: string }> => {
    const pool = await WorkerEngine.start({ ...options.pool, engineOptions: options.flags });
    const found = folder.inspect();
    return {
      serving: {
        engine: pool,
        documents: found.ok ? found.manifest.counts.documents : 0,
        close: async () => {
          await pool.close(options.closeMs);
        },
      },
      build: found.ok ? found.manifest.createdAt : '',
    };
  };
  const first = await start();
  let servingBuild = first.build;
  return {
    initial: first.serving,
    openNext: async (_reason, signal) => {
      const built = await buildIndexInChild(options.flags, { signal, log: options.log });
      if (built.createdAt === servingBuild) return null;
      const next = await start();
      servingBuild = next.build;
      return next.serving;
    },
  };
}
