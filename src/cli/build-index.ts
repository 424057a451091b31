import { parseArgs } from 'node:util';
import { ENGINE_FLAG_OPTIONS, openEngineFromFlags } from './open-engine.js';

/** `npm run index`: builds the index when missing or stale (`--rebuild` always), then reports it. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { ...ENGINE_FLAG_OPTIONS }, allowPositionals: false });
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
