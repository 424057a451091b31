import { watchCorpus } from '../ingest/corpus-watcher.js';
import type { EngineSource } from './in-process-engines.js';
import { LiveEngine } from './live-engine.js';

export interface LiveService {
  /** The engine the surface answers from; also the CorpusRefresher a corpus writer calls. */
  engine: LiveEngine;
  /** Stops watching and rebuilding, then closes the engine serving. */
  stop(): Promise<void>;
}

/**
 * A live engine over an engine source and, unless turned off, a watch of the corpus folder whose
 * every batch of changes asks for a refresh (the engine coalesces them).
 */
export function serveLive(
  source: EngineSource,
  options: {
    corpusDir: string;
    watch: boolean;
    log: (message: string) => void;
    /** The watcher's quiet time before a batch of changes rebuilds (its default, 1.5 s, unless given). */
    watchDebounceMs?: number;
  },
): LiveService {
  const engine = new LiveEngine(source.initial, source.openNext, options.log);
  const watcher = options.watch
    ? watchCorpus(
        options.corpusDir,
        (change) => {
          const files = change.files.join(', ') + (change.more ? ` and ${change.more} more` : '');
          void engine.refresh(`changed: ${files}`);
        },
        { log: options.log, debounceMs: options.watchDebounceMs },
      )
    : null;
  return {
    engine,
    stop: async () => {
      watcher?.stop();
      await engine.close();
    },
  };
}
