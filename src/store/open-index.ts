import { DEFAULT_CHUNKER, type ChunkerSettings } from '../chunk/chunk-types.js';
import type { Embedder } from '../embed/embedder.js';
import { LSA_VERSION } from '../embed/lsa-embedder.js';
import { buildIndex } from './build-index.js';
import type { IndexBackend } from './index-backend.js';
import type { IndexData } from './index-data.js';
import { IndexFolder, type LocalIndex } from './local/index-folder.js';
import { corpusFingerprint, type Expected, rulesFingerprint, staleness } from './manifest.js';
import type { VectorStore } from './vector-store.js';

export type { IndexedDocument } from './corpus-repository.js';
export type { IndexData } from './index-data.js';
export type { LocalIndex } from './local/index-folder.js';
export type { IndexManifest } from './manifest.js';

/** How the caller wants passages embedded: the built-in LSA, or a loaded model. */
export interface EmbedderChoice {
  /** Id the index must have been built with; "lsa" accepts any LSA fit. */
  expectedId: string;
  /** A model embedder, or null to fit the built-in one on the corpus. */
  load: () => Promise<Embedder | null>;
}

export const BUILTIN_EMBEDDER: EmbedderChoice = { expectedId: LSA_VERSION, load: async () => null };

export interface OpenOptions {
  corpusDir: string;
  indexDir: string;
  embedder?: EmbedderChoice;
  chunker?: ChunkerSettings;
  /** Receives progress of a build (done, total, stage) for progress bars. */
  onProgress?: (done: number, total: number, stage: string) => void;
  log?: (message: string) => void;
  /** Build even when the index looks fresh. */
  rebuild?: boolean;
  /** The rules fingerprint to build with and expect; default: `rulesFingerprint()` of the source tree. */
  rules?: string;
}

/** Opens the local index of a corpus (a folder of files): loads it when fresh, rebuilds it (atomically) when stale or broken. */
export function openIndex(options: OpenOptions): Promise<{ index: LocalIndex; built: boolean }> {
  return openIndexIn(new IndexFolder(options.indexDir), options);
}

/** Opens the index of a corpus in any backend: loads it when fresh, rebuilds it when stale or broken. */
export async function openIndexIn<V extends VectorStore>(
  backend: IndexBackend<V>,
  options: Omit<OpenOptions, 'indexDir'>,
): Promise<{ index: IndexData<V>; built: boolean }> {
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const choice = options.embedder ?? BUILTIN_EMBEDDER;
  const fingerprint: Expected = {
    corpus: corpusFingerprint(options.corpusDir),
    rules: options.rules ?? rulesFingerprint(),
    chunker: options.chunker ?? DEFAULT_CHUNKER,
    embedderId: choice.expectedId,
  };
  if (!options.rebuild) {
    const state = backend.inspect();
    if (state.ok) {
      const why = staleness(state.manifest, fingerprint);
      if (!why) {
        try {
          const loadedModel = await choice.load();
          return { index: backend.open(state, loadedModel), built: false };
        } catch (error) {
          log(`index: ${state.where} is corrupt (${(error as Error).message}); rebuilding`);
        }
      } else {
        log(`index: stale (${why}); rebuilding`);
      }
    } else if (state.reason !== 'missing') {
      log(`index: ${state.reason}; rebuilding`);
    } else {
      log('index: none yet; building');
    }
  }
  const index = await buildIndex(backend, {
    corpusDir: options.corpusDir,
    fingerprint,
    loadModel: choice.load,
    onProgress: options.onProgress,
    log,
  });
  return { index, built: true };
}
