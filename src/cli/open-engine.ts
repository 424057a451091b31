import { embedderChoice, resolvePaths } from '../config.js';
import { Engine } from '../answer/engine.js';
import type { RetrieverOptions } from '../retrieve/retriever.js';
import { LlmWording, loadLlmConfig } from '../answer/llm-wording.js';
import type { EmbedderChoice } from '../store/open-index.js';
import { IndexFolder } from '../store/local/index-folder.js';

export interface EngineFlags {
  corpus?: string;
  index?: string;
  model?: string;
  rebuild?: boolean;
  progress?: boolean;
}

export const ENGINE_FLAG_OPTIONS = {
  corpus: { type: 'string' },
  index: { type: 'string' },
  model: { type: 'string' },
  rebuild: { type: 'boolean' },
} as const;

/** Opens the engine for a command-line surface: logs and a progress bar on stderr, never stdout. */
export async function openEngineFromFlags(
  flags: EngineFlags,
  retriever?: RetrieverOptions,
  stderr: NodeJS.WritableStream = process.stderr,
): Promise<Engine> {
  const paths = resolvePaths(flags);
  const embedder = await embedderChoice(paths.modelDir);
  const showBar = flags.progress !== false && stderr === process.stderr && process.stderr.isTTY;
  const llm = loadLlmConfig(process.env);
  return Engine.open({
    corpusDir: paths.corpusDir,
    indexDir: paths.indexDir,
    embedder,
    retriever,
    wording: llm ? new LlmWording(llm) : null,
    rebuild: flags.rebuild,
    log: (m) => stderr.write(`${m}\n`),
    onProgress: showBar ? progressBar : undefined,
  });
}

/**
 * Opens the engine over an index another process built, without building: an engine process
 * beside the first, or the next index of a live corpus. `embedder` may be a choice made once.
 */
export async function openBuiltEngine(
  flags: Pick<EngineFlags, 'corpus' | 'index' | 'model'>,
  log: (message: string) => void,
  embedder?: Promise<EmbedderChoice>,
): Promise<Engine> {
  const paths = resolvePaths(flags);
  const folder = new IndexFolder(paths.indexDir);
  const found = folder.inspect();
  if (!found.ok) throw new Error(`index: ${found.reason}`);
  const model = await (await (embedder ?? embedderChoice(paths.modelDir))).load();
  const llm = loadLlmConfig(process.env);
  return Engine.fromIndex(folder.open(found, model), undefined, llm ? new LlmWording(llm) : null, log);
}

function progressBar(done: number, total: number, stage: string): void {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  process.stderr.write(`\r${stage} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done >= total) process.stderr.write('\n');
}
