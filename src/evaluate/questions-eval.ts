import { Engine } from '../answer/engine.js';
import { DEFAULT_RETRIEVER } from '../retrieve/retriever.js';
import { questionText, type EvalCase } from './cases.js';
import { NaiveBaseline } from './naive-baseline.js';
import { scoreAnswers, type ScorableAnswer, type ScoreSummary } from './score.js';

export const BASELINES = ['naive', 'bm25'] as const;
export type BaselineName = (typeof BASELINES)[number];
export type SystemName = 'system' | BaselineName;

export type Answerer = (question: string) => Promise<ScorableAnswer> | ScorableAnswer;

export interface SystemRun {
  name: SystemName;
  summary: ScoreSummary;
  misses: string[];
  /** Questions whose answering threw; they are scored as `ask --jsonl` prints them (not found). */
  errors: number;
  /** Time to build what the system needs beyond the shared index (the naive chunks and vectors). */
  setupMs: number;
  answerMs: number;
}

export interface QuestionsReport {
  file: string;
  cases: number;
  runs: SystemRun[];
}

/** Asks every case in order and scores the answers, as score.mjs would over `ask --jsonl`. */
export async function evaluateAnswerer(
  name: SystemName,
  cases: readonly EvalCase[],
  answer: Answerer,
  setupMs = 0,
  log: (m: string) => void = () => {},
): Promise<SystemRun> {
  const answers: ScorableAnswer[] = [];
  let errors = 0;
  const t0 = performance.now();
  for (const c of cases) {
    const question = questionText(c);
    try {
      // A JSON round trip so the scorer sees exactly what `ask --jsonl` would print.
      answers.push(JSON.parse(JSON.stringify(await answer(question))) as ScorableAnswer);
    } catch (error) {
      errors++;
      log(`${name}: ${c.id}: ${(error as Error).message}`);
      answers.push({ notFound: true, citations: [], figures: [], priorities: [] });
    }
  }
  const answerMs = performance.now() - t0;
  const { summary, misses } = scoreAnswers(cases, answers);
  return { name, summary, misses, errors, setupMs: Math.round(setupMs), answerMs: Math.round(answerMs) };
}

/** The system, then each asked-for baseline, over one loaded index in one process. */
export async function evaluateQuestions(
  engine: Engine,
  file: string,
  cases: readonly EvalCase[],
  baselines: readonly BaselineName[],
  log: (m: string) => void = () => {},
): Promise<QuestionsReport> {
  const runs: SystemRun[] = [];
  log(`eval: system on ${cases.length} questions`);
  runs.push(await evaluateAnswerer('system', cases, (q) => engine.ask(q), 0, log));
  for (const baseline of baselines) {
    log(`eval: baseline ${baseline}`);
    const t0 = performance.now();
    const answerer = baselineAnswerer(engine, baseline);
    runs.push(await evaluateAnswerer(baseline, cases, answerer, performance.now() - t0, log));
  }
  return { file, cases: cases.length, runs };
}

function baselineAnswerer(engine: Engine, baseline: BaselineName): Answerer {
  const index = engine.retriever.data;
  if (baseline === 'bm25') {
    const lexical = Engine.fromIndex(index, { ...DEFAULT_RETRIEVER, dense: false });
    return (q) => lexical.ask(q);
  }
  const naive = NaiveBaseline.build(index.corpus.sentences, { tokenize: index.tokenizer.tokenize });
  return (q) => naive.ask(q);
}

export function parseBaselines(value: string | undefined): BaselineName[] {
  if (!value) return [];
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.includes('all')) return [...BASELINES];
  for (const n of names) if (!(BASELINES as readonly string[]).includes(n)) throw new Error(`unknown baseline "${n}" (naive, bm25 or all)`);
  return [...new Set(names)] as BaselineName[];
}
