import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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
    /** tsx's compile cache for the run (test/support/temp-dirs.ts links each file's TMPDIR to it). */
    tsxCache: string;
  }
}

function corpus(root: string, name: string, withGovReports: boolean): SharedCorpus {
  const corpusDir = path.join(root, name, 'corpus');
  cpSync(REPO_CORPUS, corpusDir, { recursive: true });
  if (withGovReports) copyGovReports(corpusDir);
  return { corpusDir, indexDir: path.join(root, name, 'index') };
}

interface Suite {
  seedCorpus: SharedCorpus;
  govCorpus: SharedCorpus;
  root: string;
  tsxCache: string;
  users: number;
}

/** The run's corpora, kept on the main process's global object: every project of the run shares them. */
const holder = globalThis as { reportsBotSuite?: Suite };

/**
 * Vitest globalSetup: the two corpora most tests ask (the seed corpus, and the seed corpus with the
 * 20 work reports), copied once per run and shared by its projects (vitest.config.ts). Their indexes
 * are built by the first test file that needs one (the index folder's build lock makes the others
 * wait and then load it), so a run of files that need neither builds nothing; tests copy them
 * (`indexedCorpusSandbox`, `indexedGovCorpus`). Removed when the last project ends.
 */
export default function setup(project: TestProject): () => void {
  if (!holder.reportsBotSuite) {
    const root = mkdtempSync(path.join(tmpdir(), 'reports-bot-suite-'));
    const tsxCache = path.join(root, 'tsx-cache');
    mkdirSync(tsxCache);
    holder.reportsBotSuite = { root, tsxCache, seedCorpus: corpus(root, 'seed', false), govCorpus: corpus(root, 'gov', true), users: 0 };
  }
  const suite = holder.reportsBotSuite;
  suite.users++;
  project.provide('seedCorpus', suite.seedCorpus);
  project.provide('govCorpus', suite.govCorpus);
  project.provide('tsxCache', suite.tsxCache);
  return () => {
    if (--suite.users > 0) return;
    rmSync(suite.root, { recursive: true, force: true });
    holder.reportsBotSuite = undefined;
  };
}
