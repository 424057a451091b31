import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO_CORPUS = path.resolve(import.meta.dirname, '../../corpus');

/** A private copy of the real corpus and an empty index folder, so tests can change them. */
export function corpusSandbox(): { root: string; corpusDir: string; indexDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'reports-bot-'));
  const corpusDir = path.join(root, 'corpus');
  cpSync(REPO_CORPUS, corpusDir, { recursive: true });
  return { root, corpusDir, indexDir: path.join(root, 'index') };
}
