import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { loadCorpus } from '../../src/ingest/load-corpus.js';
import type { IngestedCorpus, IngestedDocument } from '../../src/ingest/types.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CORPUS_DIR = path.join(REPO_ROOT, 'corpus');
export const FIXTURES_DIR = path.join(REPO_ROOT, 'test/fixtures/ingest');
/** The 20 work reports, in the repository (test/fixtures/gov-reports, a copy of ../shared/external/gov-reports). */
export const GOV_REPORTS_DIR = path.join(REPO_ROOT, 'test/fixtures/gov-reports');

let corpus: IngestedCorpus | null = null;

/** The real corpus, ingested once per test file. */
export function realCorpus(): IngestedCorpus {
  corpus ??= loadCorpus(CORPUS_DIR);
  return corpus;
}

export function realDocument(id: string): IngestedDocument {
  const doc = realCorpus().documents.find((d) => d.meta.id === id);
  if (!doc) throw new Error(`document ${id} missing from the corpus`);
  return doc;
}

export const FIXTURE_REPORTS = ['district-plan-report.txt', 'web-page-work-report.txt'] as const;

/**
 * A temporary corpus folder: the two fixture reports as they are, the plan report again encoded
 * as GBK, and whichever bad files the test asks for.
 */
export function tempCorpus(extra: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ingest-'));
  for (const name of FIXTURE_REPORTS) copyFileSync(path.join(FIXTURES_DIR, name), path.join(dir, name));
  for (const [name, content] of Object.entries(extra)) writeFileSync(path.join(dir, name), content);
  return dir;
}

export function gbk(text: string): Uint8Array {
  return iconv.encode(text, 'gbk');
}
