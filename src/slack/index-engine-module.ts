import { z } from 'zod';
import type { EngineModule } from '../answer/engine-process.js';
import { openBuiltEngine, openEngineFromFlags } from '../cli/open-engine.js';

/** What an engine thread is told: the same corpus/index/model flags the CLI takes. */
export const IndexEngineOptionsSchema = z.object({
  corpus: z.string().optional(),
  index: z.string().optional(),
  model: z.string().optional(),
});
export type IndexEngineOptions = z.infer<typeof IndexEngineOptionsSchema>;

const log = (m: string) => process.stderr.write(`${m}\n`);

/**
 * The real engine inside an engine thread. The first thread opens the index as the CLI does
 * (building it when missing or stale); the others, started once the first is ready, only read the
 * built index, so two threads never build into one folder.
 */
export const openEngine: EngineModule['openEngine'] = async (options, role) => {
  const flags = IndexEngineOptionsSchema.parse(options);
  if (role === 'first') return openEngineFromFlags({ ...flags, progress: false });
  return openBuiltEngine(flags, log);
};
