import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { openIndex } from '../../src/store/open-index.js';

export const REPO_CORPUS = path.resolve(import.meta.dirname, '../../corpus');

/** The 20 public work reports the tests copy beside the seed corpus (test/fixtures/gov-reports, with their SOURCE). */
export const GOV_REPORTS = path.resolve(import.meta.dirname, '../fixtures/gov-reports');

/** Copies the 20 work reports flat into `corpusDir`, as the corpus loader reads a folder. */
export function copyGovReports(corpusDir: string): void {
  for (const dir of readdirSync(GOV_REPORTS, { withFileTypes: true }).filter((d) => d.isDirectory()))
    for (const file of readdirSync(path.join(GOV_REPORTS, dir.name)).filter((f) => f.endsWith('.txt')))
      cpSync(path.join(GOV_REPORTS, dir.name, file), path.join(corpusDir, file));
}

/** A temporary root with a corpus folder and an index folder in it. */
export interface Sandbox {
  root: string;
  corpusDir: string;
  indexDir: string;
}

/** A private copy of the real corpus and an empty index folder, so tests can change them. */
export function corpusSandbox(): Sandbox {
  const root = mkdtempSync(path.join(tmpdir(), 'reports-bot-'));
  const corpusDir = path.join(root, 'corpus');
  cpSync(REPO_CORPUS, corpusDir, { recursive: true });
  return { root, corpusDir, indexDir: path.join(root, 'index') };
}

/** A private copy of a corpus and of the index of it shared by the run (built here if no file built it yet). */
async function copyBuilt(which: 'seedCorpus' | 'govCorpus', prefix: string): Promise<Sandbox> {
  const shared = inject(which);
  // Takes the build lock: the first file builds, files asking at the same time wait, later ones load.
  await openIndex({ ...shared, log: () => {} });
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  const corpusDir = path.join(root, 'corpus');
  const indexDir = path.join(root, 'index');
  cpSync(shared.corpusDir, corpusDir, { recursive: true });
  cpSync(shared.indexDir, indexDir, { recursive: true });
  return { root, corpusDir, indexDir };
}

/** `corpusSandbox` with the seed corpus already indexed (a copy of the index built once per run). */
export function indexedCorpusSandbox(): Promise<Sandbox> {
  return copyBuilt('seedCorpus', 'reports-bot-');
}

/** The seed corpus with the 20 work reports beside it, already indexed (a copy of the run's build). */
export function indexedGovCorpus(prefix: string): Promise<Sandbox> {
  return copyBuilt('govCorpus', prefix);
}
