import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/schema.js';
import { inProcessEngines, type EngineSource } from '../../src/serve/in-process-engines.js';
import { poolEngines } from '../../src/serve/pool-engines.js';
import { serveLive, type LiveService } from '../../src/serve/serve-live.js';
import { openIndex } from '../../src/store/open-index.js';
import { REPO_CORPUS } from '../support/corpus-copy.js';

/** The report added while the bot runs, and a question only it answers. */
const ADDED = 'qiantang-2024-plan-execution-and-2025-plan.txt';
const ADDED_DOC = 'qiantang-2025-plan-report';
const ADDED_QUESTION = '钱塘区2024年GDP是多少？';
const ADDED_SENTENCE = '全年地区生产总值达1416亿元';
/**
 * The reports the corpus starts with: the real corpus without the added report and without the
 * longest one (gongshu-2022, half of the text), so each build and answer costs half as much.
 */
const STARTING_REPORTS = new Set([
  'manifest.json',
  'hangzhou-2023-plan-execution-and-2024-plan.txt',
  'gongshu-2025-government-work-report-newspaper.txt',
  'qiantang-2021-government-work-report-illustrated.txt',
]);
/** Questions the corpus answers before and after, asked in turn. */
const QUESTIONS = ['杭州市2023年GDP是多少？', '拱墅区2025年的主要目标是什么？', ADDED_QUESTION, '钱塘区2020年GDP增长多少？'];
/**
 * The watcher's quiet time: the copy is one write, so the rebuild starts at once (the default 1.5 s,
 * which a running bot keeps, only made the load run longer before the build).
 */
const WATCH_DEBOUNCE_MS = 50;
/** 20 questions a second. */
const ASK_EVERY_MS = 50;

interface Sandbox {
  root: string;
  corpusDir: string;
  indexDir: string;
}

/** The starting reports of the real corpus, in a temporary folder, and an empty index folder. */
function sandboxWithoutAdded(): Sandbox {
  const root = mkdtempSync(path.join(tmpdir(), 'live-rebuild-'));
  const corpusDir = path.join(root, 'corpus');
  cpSync(REPO_CORPUS, corpusDir, {
    recursive: true,
    filter: (source) => source === REPO_CORPUS || STARTING_REPORTS.has(path.basename(source)),
  });
  return { root, corpusDir, indexDir: path.join(root, 'index') };
}

/** The starting corpus indexed once for the file; each test serves a copy (the rebuild is what it tests). */
let indexed: Promise<Sandbox> | undefined;
async function indexedSandboxWithoutAdded(): Promise<Sandbox> {
  indexed ??= (async () => {
    const template = sandboxWithoutAdded();
    await openIndex({ corpusDir: template.corpusDir, indexDir: template.indexDir, log: () => {} });
    return template;
  })();
  const template = await indexed;
  const sandbox = sandboxWithoutAdded();
  cpSync(template.indexDir, sandbox.indexDir, { recursive: true });
  return sandbox;
}

const citesAdded = (answer: Answer) => answer.citations.some((c) => c.docId === ADDED_DOC);

/**
 * Asks a question every 50 ms from the moment a report is copied into the watched corpus until
 * the live engine says a new index serves, then checks every answer arrived and the added report
 * answers.
 */
async function askThroughRebuild(open: (flags: { corpus: string; index: string }, log: (m: string) => void) => Promise<EngineSource>) {
  const sandbox = await indexedSandboxWithoutAdded();
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
      watchDebounceMs: WATCH_DEBOUNCE_MS,
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
  afterAll(async () => {
    if (indexed) rmSync((await indexed).root, { recursive: true, force: true });
  });

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
