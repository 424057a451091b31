import { parseArgs } from 'node:util';
import { type CliIo, runWhenEntry } from './cli-io.js';
import { ENGINE_FLAG_OPTIONS, openEngineFromFlags } from './open-engine.js';

const USAGE = `usage: npm run index -- [--rebuild] [--corpus DIR] [--index DIR] [--model DIR]
  Builds the index of the corpus when it is missing or stale, then prints what it holds.
  --rebuild  build even when the index is fresh
  --corpus   the reports' folder (default: corpus, or CORPUS_DIR)
  --index    where the index is kept (default: index, or INDEX_DIR; another corpus gets its own)
  --model    an embedding model folder instead of the built-in LSA (or EMBED_MODEL_DIR)
  A second build of the same index waits for the first and serves what it made.`;

/** `npm run index`: builds the index when missing or stale (`--rebuild` always), then reports it (returns the exit code). */
export async function main(io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: io.argv,
    options: { ...ENGINE_FLAG_OPTIONS, help: { type: 'boolean', short: 'h' } },
    allowPositionals: false,
  });
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const engine = await openEngineFromFlags({ ...values, progress: true }, undefined, io.stderr);
  const { manifest } = engine.retriever.data;
  io.stderr.write(
    `index: ${manifest.counts.documents} documents, ${manifest.counts.sentences} sentences, ${manifest.counts.chunks} chunks, embedder ${manifest.embedder.id} (${manifest.embedder.dimensions} dims), built ${manifest.createdAt}\n`,
  );
  return 0;
}

runWhenEntry(import.meta.url, 'index', main);
