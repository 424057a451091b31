import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_CORPUS } from './corpus-copy.js';

/** The 20 public work reports the tests copy beside the seed corpus (test/fixtures/gov-reports, with their SOURCE). */
export const GOV_REPORTS = path.resolve(import.meta.dirname, '../fixtures/gov-reports');

/**
 * A private copy of the seed corpus with the 20 work reports beside it (flat, as the corpus loader
 * reads a folder), and an empty index folder: the corpus most answer tests ask.
 */
export function corpusWithGovReports(prefix: string): { root: string; corpusDir: string; indexDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  const corpusDir = path.join(root, 'corpus');
  cpSync(REPO_CORPUS, corpusDir, { recursive: true });
  for (const dir of readdirSync(GOV_REPORTS, { withFileTypes: true }).filter((d) => d.isDirectory()))
    for (const file of readdirSync(path.join(GOV_REPORTS, dir.name)).filter((f) => f.endsWith('.txt')))
      cpSync(path.join(GOV_REPORTS, dir.name, file), path.join(corpusDir, file));
  return { root, corpusDir, indexDir: path.join(root, 'index') };
}
