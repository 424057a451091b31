import { embedderChoice, resolvePaths } from '../config.js';
import { openIndex } from '../store/open-index.js';
import { type IndexBuildMessage, IndexBuildRequestSchema } from './index-build-protocol.js';

/**
 * Entry point of the process a running bot builds its next index in (see build-in-child.ts): the
 * build is seconds to minutes of CPU that must not stall the chat or the Slack receiver. It builds
 * when the index is stale for the corpus (`openIndex`, with its lock, staging folder, atomic swap
 * and vector cache), reports what is served, and exits.
 */
function serve(): void {
  const send = process.send?.bind(process);
  if (send === undefined) throw new Error('index-build-process.ts runs only as a forked process');
  const post = (message: IndexBuildMessage) => new Promise<void>((resolve) => send(message, () => resolve()));
  // The parent gone: nobody waits for this index (the next start builds it).
  process.on('disconnect', () => process.exit(0));
  process.once('message', (raw: unknown) => {
    void build(raw, post).then(
      () => process.exit(0),
      async (error: unknown) => {
        await post({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
        process.exit(1);
      },
    );
  });
}

async function build(raw: unknown, post: (message: IndexBuildMessage) => Promise<void>): Promise<void> {
  const paths = resolvePaths(IndexBuildRequestSchema.parse(raw));
  const { index, built } = await openIndex({
    corpusDir: paths.corpusDir,
    indexDir: paths.indexDir,
    embedder: await embedderChoice(paths.modelDir),
    log: (message) => void post({ type: 'log', message }),
  });
  await post({ type: 'done', built, createdAt: index.manifest.createdAt, documents: index.manifest.counts.documents });
}

serve();
