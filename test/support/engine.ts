import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { Engine } from '../../src/answer/engine.js';

let shared: Promise<Engine> | null = null;

/**
 * One engine over the real corpus and the run's index of it (test/support/suite-indexes.ts), shared
 * by the tests of a file, and by the files of a worker where files are not isolated. It only reads:
 * the folders live until the run ends (a copy in the file's TMPDIR would be removed under the next
 * file of the worker).
 */
export function realCorpusEngine(): Promise<Engine> {
  shared ??= Engine.open({ ...inject('seedCorpus'), log: () => {} });
  return shared;
}

let sharedGov: Promise<Engine> | null = null;

/** As realCorpusEngine, over the seed corpus with the 20 work reports beside it (the run's gov index). */
export function govCorpusEngine(): Promise<Engine> {
  sharedGov ??= Engine.open({ ...inject('govCorpus'), log: () => {} });
  return sharedGov;
}

/** The first line of an engine's answer to a question asked on `today`: what a reader sees first. */
export async function firstLineOf(engine: Engine, question: string, today: Date, history: string[] = []): Promise<string> {
  return (await engine.ask(question, { today, history })).text.split('\n')[0] ?? '';
}

/** The first line of the gov-corpus engine's answer to a question asked on `today`. */
export async function govFirstLine(question: string, today: Date, history: string[] = []): Promise<string> {
  return firstLineOf(await govCorpusEngine(), question, today, history);
}

/**
 * An engine over the three 2025 reports of 云南, 湖南 and 吉林 as Word files (test/fixtures/report-formats/docx), indexed
 * in the file's own temporary folder (test/support/temp-dirs.ts removes it): built once per file.
 */
export async function wordReportsEngine(prefix: string): Promise<Engine> {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(WORD_REPORTS, path.join(root, 'corpus'), { recursive: true });
  return Engine.open({ corpusDir: path.join(root, 'corpus'), indexDir: path.join(root, 'index'), log: () => {} });
}

const WORD_REPORTS = path.resolve(import.meta.dirname, '../fixtures/report-formats/docx');

/**
 * An engine over small reports of hand-written paragraphs, `reports` mapping each file name (which says its year and
 * issuer, "2025_JL_吉林省_政府工作报告.txt") to its paragraphs, indexed in a temporary folder of its own.
 */
export async function handWrittenReportsEngine(prefix: string, reports: Record<string, readonly string[]>): Promise<Engine> {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  const corpusDir = path.join(root, 'corpus');
  mkdirSync(corpusDir);
  for (const [name, paragraphs] of Object.entries(reports)) writeFileSync(path.join(corpusDir, name), paragraphs.join('\n\n'));
  return Engine.open({ corpusDir, indexDir: path.join(root, 'index'), log: () => {} });
}
