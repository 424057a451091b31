import { z } from 'zod';
import { Engine } from '../answer/engine.js';
import type { EngineModule } from '../answer/engine-process.js';
import { LlmWording, loadLlmConfig } from '../answer/llm-wording.js';
import { openEngineFromFlags } from '../cli/open-engine.js';
import { embedderChoice, resolvePaths } from '../config.js';
import { IndexFolder } from '../store/local/index-folder.js';

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
  const paths = resolvePaths(flags);
  const folder = new IndexFolder(paths.indexDir);
  const found = folder.inspect();
  if (!found.ok) throw new Error(`index: ${found.reason}`);
  const model = await (await embedderChoice(paths.modelDir)).load();
  const llm = loadLlmConfig(process.env);
  return Engine.fromIndex(folder.open(found, model), undefined, llm ? new LlmWording(llm) : null, log);
};
