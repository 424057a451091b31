import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { copyGovReports, REPO_CORPUS } from './corpus-copy.js';

/** A corpus folder and the folder its index is built in, shared by the test files of a run. */
export interface SharedCorpus {
  corpusDir: string;
  indexDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    seedCorpus: SharedCorpus;
    govCorpus: SharedCorpus;
  }
}

function corpus(root: string, name: string, withGovReports: boolean): SharedCorpus {
  const corpusDir = path.join(root, name, 'corpus');
  cpSync(REPO_CORPUS, corpusDir, { recursive: true });
  if (withGovReports) copyGovReports(corpusDir);
  return { corpusDir, indexDir: path.join(root, name, 'index') };
}

/**
 * Vitest globalSetup: the two corpora most tests ask (the seed corpus, and the seed corpus with the
 * 20 work reports), copied once per run. Their indexes are built by the first test file that needs
 * one (the index folder's build lock makes the others wait and then load it), so a run of files that
 * need neither builds nothing; tests copy them (`indexedCorpusSandbox`, `indexedGovCorpus`).
 * Removed when the run ends.
 */
export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'reports-bot-suite-'));
  project.provide('seedCorpus', corpus(root, 'seed', false));
  project.provide('govCorpus', corpus(root, 'gov', true));
  return () => rmSync(root, { recursive: true, force: true });
}
