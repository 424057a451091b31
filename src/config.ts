import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { BUILTIN_EMBEDDER, type EmbedderChoice } from './store/open-index.js';

const EnvSchema = z.object({
  CORPUS_DIR: z.string().min(1).optional(),
  INDEX_DIR: z.string().min(1).optional(),
  EMBED_MODEL_DIR: z.string().min(1).optional(),
  EMBED_MODEL_FAMILY: z.enum(['bge', 'e5', 'plain']).optional(),
});

export interface AppPaths {
  corpusDir: string;
  indexDir: string;
  modelDir: string | null;
}

/** Where the corpus, the index and an optional embedding model are: flags win over environment. */
export function resolvePaths(flags: { corpus?: string; index?: string; model?: string }, env: NodeJS.ProcessEnv = process.env): AppPaths {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const e = parsed.data;
  const corpusDir = path.resolve(flags.corpus ?? e.CORPUS_DIR ?? 'corpus');
  // Another corpus gets its own index inside ./index (its folder may be read-only), named by its
  // path so two corpora never overwrite each other.
  const defaultIndex = flags.corpus
    ? path.join(
        'index',
        'corpora',
        `${path.basename(corpusDir).replace(/[^\w\u4e00-\u9fff-]+/g, '_')}-${createHash('sha1').update(corpusDir).digest('hex').slice(0, 8)}`,
      )
    : 'index';
  return {
    corpusDir,
    indexDir: path.resolve(flags.index ?? e.INDEX_DIR ?? defaultIndex),
    modelDir: flags.model ?? e.EMBED_MODEL_DIR ?? null,
  };
}

/** The embedder to use: a local transformers.js model when a directory is given, else the built-in. */
export async function embedderChoice(modelDir: string | null, env: NodeJS.ProcessEnv = process.env): Promise<EmbedderChoice> {
  if (!modelDir) return BUILTIN_EMBEDDER;
  const { loadTransformersEmbedder } = await import('./embed/transformers-embedder.js');
  const family = EnvSchema.shape.EMBED_MODEL_FAMILY.parse(env.EMBED_MODEL_FAMILY);
  const embedder = await loadTransformersEmbedder(path.resolve(modelDir), family ? { family } : undefined);
  return { expectedId: embedder.id, load: async () => embedder };
}
