import { existsSync } from 'node:fs';
import path from 'node:path';

/** The shared folder beside the repository (../shared): the scorer, the dev set, annotated data. */
export const SHARED_DIR = path.resolve(import.meta.dirname, '../../../shared');

/** Whether a missing ../shared must fail the run: on CI (CI set) or with REQUIRE_SHARED=1. */
export function sharedRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.CI) || env.REQUIRE_SHARED === '1';
}

/**
 * A file of ../shared (SHARED_DIR, or SHARED_DIR overridden by the SHARED_DIR env for a test of this
 * rule): its path and whether it is there. Where ../shared is required, a missing file throws, so the
 * test file fails instead of skipping the tests that need it; elsewhere it warns and they skip.
 */
export function sharedFile(relative: string, env: NodeJS.ProcessEnv = process.env): { file: string; present: boolean } {
  const file = path.resolve(env.SHARED_DIR ?? SHARED_DIR, relative);
  const present = existsSync(file);
  if (!present && sharedRequired(env)) throw new Error(`${file} is missing: ../shared is required here (CI or REQUIRE_SHARED=1)`);
  if (!present) console.warn(`skipping the tests that need ${file}: ../shared is not beside this checkout`);
  return { file, present };
}
