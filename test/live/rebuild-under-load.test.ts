import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/schema.js';
import { inProcessEngines, type EngineSource } from '../../src/serve/in-process-engines.js';
import { poolEngines } from '../../src/serve/pool-engines.js';
import { serveLive, type LiveService } from '../../src/serve/serve-live.js';
import { REPO_CORPUS } from '../support/corpus-copy.js';

/** The report added while the bot runs, and a question only it answers. */
const ADDED = 'qiantang-2024-plan-execution-and-2025-plan.txt';
const ADDED_DOC = 'qiantang-2025-plan-report';
const ADDED_QUESTION = '钱塘区2024年GDP是多少？';
const ADDED_SENTENCE = '全年地区生产总值达1416亿元';
/** Questions the corpus answers before and after, asked in turn. */
const QUESTIONS = ['杭州市2023年GDP是多少？', '拱墅区2023年的主要目标是什么？', ADDED_QUESTION, '钱塘区2020年GDP增长多少？'];
/** 20 questions a second. */
const ASK_EVERY_MS = 50;

/** The real corpus without one report, in a temporary folder with its own index. */
function sandboxWithoutAdded(): { root: string; corpusDir: string; indexDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'live-rebuild-'));
  const corpusDir = path.join(root, 'corpus');
  cpSync(REPO_CORPUS, corpusDir, { recursive: true, filter: (source) => path.basename(source) !== ADDED });
  return { root, corpusDir, indexDir: path.join(root, 'index') };
}

const citesAdded = (answer: Answer) => answer.citations.some((c) => c.docId === ADDED_DOC);

/**
 * Asks a question every 50 ms from the moment a report is copied into the watched corpus until
 * the live engine says a new index serves, then checks every answer arrived and the added report
 * answers.
 */
async function askThroughRebuild(open: (flags: { corpus: string; index: string }, log: (m: string) => void) => Promise<EngineSource>) {
  const sandbox = sandboxWithoutAdded();
  const logs: string[] = [];
  let swapped: () => void = () => {};
  const swap = new Promise<void>((resolve) => {
    swapped = resolve;
  });
  const log = (message: string) => {
    logs.push(message);
    if (message.startsWith('index updated:')) swapped();
  };
  let live: LiveService | undefined;
  try {
    live = serveLive(await open({ corpus: sandbox.corpusDir, index: sandbox.indexDir }, log), {
      corpusDir: sandbox.corpusDir,
      watch: true,
      log,
    });
    const engine = live.engine;
    const before = await engine.ask(ADDED_QUESTION);
    expect(citesAdded(before)).toBe(false);
    const documentsBefore = engine.documents;

    const asked: Array<Promise<Answer>> = [];
    let rebuilding = true;
    copyFileSync(path.join(REPO_CORPUS, ADDED), path.join(sandbox.corpusDir, ADDED));
    const load = setInterval(() => {
      if (rebuilding) asked.push(engine.ask(QUESTIONS[asked.length % QUESTIONS.length] as string));
    }, ASK_EVERY_MS);
    try {
      await swap;
    } finally {
      rebuilding = false;
      clearInterval(load);
    }
    const settled = await Promise.allSettled(asked);
    const failures = settled.filter((s) => s.status === 'rejected');
    expect(failures.map((f) => String((f as PromiseRejectedResult).reason))).toEqual([]);
    // The load ran through the build (seconds of it), not only around the swap.
    expect(asked.length).toBeGreaterThanOrEqual(QUESTIONS.length * 2);

    expect(engine.documents).toBe(documentsBefore + 1);
    const after = await engine.ask(ADDED_QUESTION);
    expect(citesAdded(after)).toBe(true);
    expect(after.citations.map((c) => c.sentence).join('\n')).toContain(ADDED_SENTENCE);
    expect(logs.join('\n')).toContain(`index updated: ${documentsBefore + 1} documents (changed: ${ADDED})`);
    // Asked again with the corpus as it is: nothing is built and the engine serving stays.
    expect(await engine.refresh('asked again')).toEqual({ status: 'unchanged', documents: documentsBefore + 1, reasons: ['asked again'] });
  } finally {
    await live?.stop();
    rmSync(sandbox.root, { recursive: true, force: true });
  }
}

describe('a running bot whose corpus gains a report', () => {
  it('terminal chat: answers 20 questions a second through the rebuild (built in a child process), then from the new report', async () => {
    await askThroughRebuild(inProcessEngines);
  }, 240_000);

  it('Slack engine pool: answers 20 questions a second through the rebuild and the pool swap, then from the new report', async () => {
    await askThroughRebuild((flags, log) =>
      poolEngines({
        flags,
        pool: { engineModule: new URL('../../src/slack/index-engine-module.ts', import.meta.url), processes: 1, log },
        closeMs: 2_000,
        log,
      }),
    );
  }, 240_000);
});
