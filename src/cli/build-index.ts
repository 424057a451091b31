import { parseArgs } from 'node:util';
import { ENGINE_FLAG_OPTIONS, openEngineFromFlags } from './open-engine.js';

const USAGE = `usage: npm run index -- [--rebuild] [--corpus DIR] [--index DIR] [--model DIR]
  Builds the index of the corpus when it is missing or stale, then prints what it holds.
  --rebuild  build even when the index is fresh
  --corpus   the reports' folder (default: corpus, or CORPUS_DIR)
  --index    where the index is kept (default: index, or INDEX_DIR; another corpus gets its own)
  --model    an embedding model folder instead of the built-in LSA (or EMBED_MODEL_DIR)
  A second build of the same index waits for the first and serves what it made.`;

/** `npm run index`: builds the index when missing or stale (`--rebuild` always), then reports it. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { ...ENGINE_FLAG_OPTIONS, help: { type: 'boolean', short: 'h' } }, allowPositionals: false });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const engine = await openEngineFromFlags({ ...values, progress: true });
  const { manifest } = engine.retriever.data;
  process.stderr.write(
    `index: ${manifest.counts.documents} documents, ${manifest.counts.sentences} sentences, ${manifest.counts.chunks} chunks, embedder ${manifest.embedder.id} (${manifest.embedder.dimensions} dims), built ${manifest.createdAt}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`index: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
