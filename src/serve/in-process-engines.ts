import type { Engine } from '../answer/engine.js';
import { openBuiltEngine, openEngineFromFlags } from '../cli/open-engine.js';
import { embedderChoice, resolvePaths } from '../config.js';
import type { EmbedderChoice } from '../store/open-index.js';
import { buildIndexInChild } from './build-in-child.js';
import type { IndexBuildRequest } from './index-build-protocol.js';
import type { OpenNextEngine, ServingEngine } from './live-engine.js';

/** The engine serving first and how to open the next one. */
export interface EngineSource {
  initial: ServingEngine;
  openNext: OpenNextEngine;
}

/**
 * Engines in this process (the terminal chat): the first opens as `npm run ask` does (building on
 * first run, with a progress bar); each next one is built in a child process, so the chat keeps
 * answering, and only the built index is read here.
 */
export async function inProcessEngines(flags: IndexBuildRequest, log: (message: string) => void): Promise<EngineSource> {
  const first = await openEngineFromFlags({ ...flags, progress: true });
  let servingBuild = first.retriever.data.manifest.createdAt;
  const paths = resolvePaths(flags);
  let embedder: Promise<EmbedderChoice> | undefined;
  const openNext: OpenNextEngine = async (_reason, signal) => {
    const built = await buildIndexInChild(flags, { signal, log });
    if (built.createdAt === servingBuild) return null;
    // The model (when there is one) is chosen once for every later index, not at each rebuild.
    embedder ??= embedderChoice(paths.modelDir);
    const engine = await openBuiltEngine(flags, log, embedder);
    servingBuild = engine.retriever.data.manifest.createdAt;
    return inMemory(engine, engine.retriever.data.manifest.counts.documents);
  };
  return { initial: inMemory(first, first.retriever.data.manifest.counts.documents), openNext };
}

/** An engine in this process holds only memory: letting it go is dropping it. */
function inMemory(engine: Engine, documents: number): ServingEngine {
  return { engine, documents, close: async () => {} };
}
