import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyGovReports, REPO_CORPUS } from './corpus-copy.js';

export { GOV_REPORTS, indexedGovCorpus } from './corpus-copy.js';

/**
 * A private copy of the seed corpus with the 20 work reports beside it (flat, as the corpus loader
 * reads a folder), and an empty index folder. Tests that only ask it use `indexedGovCorpus`.
 */
export function corpusWithGovReports(prefix: string): { root: string; corpusDir: string; indexDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  const corpusDir = path.join(root, 'corpus');
  cpSync(REPO_CORPUS, corpusDir, { recursive: true });
  copyGovReports(corpusDir);
  return { root, corpusDir, indexDir: path.join(root, 'index') };
}
