import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import type { GoldenQuestion } from './questions.js';

/**
 * Golden answers: the whole Answer JSON (minus its id, scores to 4 decimals) for ~700 questions,
 * recorded before a restructuring and compared after it, so a refactor that changes behaviour fails
 * here with the questions whose answers moved. Re-record on purpose with `npm run golden:record`
 * and list every changed answer in the commit that does it. The seed and work-report sets are two
 * files (golden.test.ts, golden-gov.test.ts) so that a run's two workers answer them side by side.
 */
const RECORD = process.env.GOLDEN_RECORD === '1';

function normalised(answer: unknown): unknown {
  return JSON.parse(
    JSON.stringify(answer, (key, value) =>
      key === 'id' && typeof value === 'string' && value.length === 12
        ? undefined
        : key === 'score' && typeof value === 'number'
          ? Math.round(value * 1e4) / 1e4
          : value,
    ),
  );
}

async function answersOf(engine: Engine, questions: GoldenQuestion[]): Promise<string[]> {
  const lines: string[] = [];
  for (const { q, history } of questions) {
    const answer = await engine.ask(q, history ? { history } : {});
    lines.push(JSON.stringify({ q, history, answer: normalised(answer) }));
  }
  return lines;
}

/**
 * The questions of a recorded file, so that the set stays fixed while the glossary and templates it
 * was generated from change; generated afresh only for a missing file or with GOLDEN_REGENERATE=1.
 */
function questionsOf(file: string, generate: () => GoldenQuestion[]): GoldenQuestion[] {
  if (!existsSync(file) || process.env.GOLDEN_REGENERATE === '1') return generate();
  return readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => {
      const { q, history } = JSON.parse(line) as GoldenQuestion;
      return history ? { q, history } : { q };
    });
}

function compare(file: string, lines: string[]): void {
  if (RECORD) {
    writeFileSync(file, `${lines.join('\n')}\n`);
    return;
  }
  expect(existsSync(file), `${file} missing: run npm run golden:record`).toBe(true);
  const expected = readFileSync(file, 'utf8').trimEnd().split('\n');
  const moved: string[] = [];
  for (let i = 0; i < Math.max(lines.length, expected.length); i++) {
    if (lines[i] !== expected[i])
      moved.push(
        `${(JSON.parse(expected[i] ?? lines[i]) as { q: string }).q}\n  was: ${expected[i]?.slice(0, 600)}\n  now: ${lines[i]?.slice(0, 600)}`,
      );
  }
  expect(moved.length, `${moved.length} answers moved:\n${moved.slice(0, 5).join('\n')}`).toBe(0);
}

/**
 * A fresh engine over the seed corpus, or the seed corpus with the 20 work reports beside it, opened
 * read-only on the run's index of it (test/support/suite-indexes.ts; built by the first file that
 * needs it) instead of on a private copy: answering writes nothing to the index folder.
 */
function engineOver(corpus: 'seed' | 'gov'): Promise<Engine> {
  return Engine.open({ ...inject(corpus === 'seed' ? 'seedCorpus' : 'govCorpus'), log: () => {} });
}

/** Asks every question of `answers-<corpus>.jsonl` and compares the answers (or records them under GOLDEN_RECORD=1). */
export async function checkGolden(corpus: 'seed' | 'gov', generate: () => GoldenQuestion[]): Promise<void> {
  const engine = await engineOver(corpus);
  const file = path.join(import.meta.dirname, `answers-${corpus}.jsonl`);
  compare(file, await answersOf(engine, questionsOf(file, generate)));
}
