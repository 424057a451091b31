import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ChunkerSettings } from '../chunk/chunk-types.js';
import { LSA_VERSION } from '../embed/lsa-embedder.js';
import { contentHash } from '../ingest/hash.js';
import { listCorpusFiles } from '../ingest/load-corpus.js';

/**
 * The on-disk format of an index (file layout and encodings), bumped only when that changes. A
 * change of the rules that decide what is stored (the language layer's word lists and glossary,
 * the ingest and chunk rules) changes the rules fingerprint instead, with nothing to bump by hand.
 * 13: the manifest records that fingerprint.
 */
export const INDEX_FORMAT_VERSION = 14;

const ManifestSchema = z.object({
  schemaVersion: z.number().int(),
  createdAt: z.string(),
  corpus: z.object({ files: z.array(z.object({ file: z.string(), hash: z.string() })), manifestHash: z.string() }),
  /** Hash of the rule files that shape what is stored (see `rulesFingerprint`). */
  rules: z.string().optional(),
  chunker: z.object({ maxTokens: z.number().int() }),
  embedder: z.object({ id: z.string(), dimensions: z.number().int() }),
  counts: z.object({ documents: z.number().int(), sentences: z.number().int(), chunks: z.number().int() }),
});
export type IndexManifest = z.infer<typeof ManifestSchema>;

export function parseManifest(json: string): IndexManifest {
  return ManifestSchema.parse(JSON.parse(json));
}

const SRC = fileURLToPath(new URL('../', import.meta.url));

/**
 * The folders whose files decide how a report becomes stored sentences, chunks and search tokens:
 * the language layer (word lists, glossary.json, the segmenter's vocabulary), ingest (cleaning,
 * sections, periods), the chunker, and figure reading with the figure table it stores. Whatever file another change adds there is covered.
 */
export const STORED_RULE_DIRS: readonly string[] = ['lang', 'ingest', 'chunk', 'figures', 'figure-table'].map((dir) => path.join(SRC, dir));

/**
 * One hash over the content of every file under `dirs`, in path order (paths relative to each dir,
 * so a checkout elsewhere hashes the same). A missing folder counts as empty.
 */
export function rulesFingerprint(dirs: readonly string[] = STORED_RULE_DIRS): string {
  const parts: string[] = [];
  dirs.forEach((dir, d) => {
    for (const file of filesUnder(dir)) {
      parts.push(`${d}:${path.relative(dir, file).split(path.sep).join('/')}\u0000${contentHash(readFileSync(file))}`);
    }
  });
  return contentHash(parts.join('\n'));
}

function filesUnder(dir: string): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

export function corpusFingerprint(corpusDir: string): IndexManifest['corpus'] {
  const listed = listCorpusFiles(corpusDir);
  return { files: listed.files.map((f) => ({ file: f.file, hash: f.hash })), manifestHash: contentHash(listed.manifestRaw) };
}

/** What an index must have been built from to be served as it is. */
export interface Expected {
  corpus: IndexManifest['corpus'];
  rules: string;
  chunker: ChunkerSettings;
  /** Id the index must have been built with; "lsa" accepts any LSA fit. */
  embedderId: string;
}

/** Why an index built as `manifest` says is stale, or null when it is fresh. */
export function staleness(manifest: IndexManifest, expected: Expected): string | null {
  if (manifest.schemaVersion !== INDEX_FORMAT_VERSION) return `schema ${manifest.schemaVersion} ≠ ${INDEX_FORMAT_VERSION}`;
  if (manifest.rules !== expected.rules) return 'language or ingest rules changed';
  if (manifest.chunker.maxTokens !== expected.chunker.maxTokens) return 'chunker settings changed';
  const sameEmbedder =
    expected.embedderId === LSA_VERSION ? manifest.embedder.id.startsWith(`${LSA_VERSION}:`) : manifest.embedder.id === expected.embedderId;
  if (!sameEmbedder) return `embedder ${manifest.embedder.id} ≠ ${expected.embedderId}`;
  const corpus = expected.corpus;
  if (manifest.corpus.manifestHash !== corpus.manifestHash) return 'corpus manifest changed';
  const before = new Map(manifest.corpus.files.map((f) => [f.file, f.hash]));
  const changed = corpus.files.filter((f) => before.get(f.file) !== f.hash).map((f) => f.file);
  const present = new Set(corpus.files.map((g) => g.file));
  const removed = manifest.corpus.files.filter((f) => !present.has(f.file)).map((f) => f.file);
  if (changed.length || removed.length) return `changed: ${[...changed, ...removed].join(', ')}`;
  return null;
}
