import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { INTENT_NAMES, IntentNameSchema, intentExamples, type IntentExample, type IntentName } from '../lang/zh/intent-examples.js';
import { trainIntentClassifier } from '../understand/intent-classifier.js';

/**
 * Our character n-gram classifier against NLP.js's NLU, both trained on the examples file and
 * scored on held-out phrasings never trained on. Run: npx tsx src/evaluate/intent-eval.ts
 */

export const HELD_OUT_PATH = fileURLToPath(new URL('../../test/fixtures/intent-heldout.jsonl', import.meta.url));

const HeldOutSchema = z.object({ q: z.string().min(1), intent: IntentNameSchema });

/** The held-out phrasings, one JSON object a line: {"q": "...", "intent": "figure.amount"}. */
export function readHeldOut(path: string = HELD_OUT_PATH): IntentExample[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => HeldOutSchema.parse(JSON.parse(line)))
    .map((row) => ({ text: row.q, intent: row.intent }));
}

export interface IntentEvaluation {
  name: string;
  trainMs: number;
  /** Mean time to classify one question. */
  classifyMs: number;
  perIntent: Record<IntentName, { correct: number; total: number }>;
  misses: { text: string; expected: IntentName; got: string }[];
}

type Classify = (text: string) => string | Promise<string>;

/** Scores a trained classifier on held-out phrasings, intent by intent. */
export async function evaluateIntents(
  name: string,
  trainMs: number,
  classify: Classify,
  heldOut: readonly IntentExample[],
): Promise<IntentEvaluation> {
  const perIntent = Object.fromEntries(INTENT_NAMES.map((n) => [n, { correct: 0, total: 0 }])) as IntentEvaluation['perIntent'];
  const misses: IntentEvaluation['misses'] = [];
  const started = performance.now();
  for (const example of heldOut) {
    const got = await classify(example.text);
    perIntent[example.intent].total++;
    if (got === example.intent) perIntent[example.intent].correct++;
    else misses.push({ text: example.text, expected: example.intent, got });
  }
  return { name, trainMs, classifyMs: (performance.now() - started) / Math.max(1, heldOut.length), perIntent, misses };
}

async function evaluateOwn(model: 'logistic' | 'naive-bayes', examples: readonly IntentExample[], heldOut: readonly IntentExample[]) {
  // Once untimed, so the timing is of training and not of OpenCC's tables or the JIT warming up.
  trainIntentClassifier(examples.slice(0, 20), { model });
  const started = performance.now();
  const classifier = trainIntentClassifier(examples, { model });
  const trainMs = performance.now() - started;
  return evaluateIntents(`n-gram ${model}`, trainMs, (text) => classifier.classify(text).intent, heldOut);
}

/** NLP.js, loaded only here: it is a devDependency and never part of the running bot. */
async function evaluateNlpJs(examples: readonly IntentExample[], heldOut: readonly IntentExample[]) {
  // A module name in a variable: node-nlp ships no types, and the bundle-free runtime never sees it.
  const nodeNlp = 'node-nlp';
  const { NlpManager } = (await import(nodeNlp)) as { NlpManager: NlpManagerConstructor };
  const manager = new NlpManager({ languages: ['zh', 'en'], forceNER: true, nlu: { log: false }, autoSave: false });
  for (const e of examples) manager.addDocument(languageOf(e.text), e.text, e.intent);
  const started = performance.now();
  await manager.train();
  const trainMs = performance.now() - started;
  return evaluateIntents(
    'NLP.js NlpManager',
    trainMs,
    async (text) => (await manager.process(languageOf(text), text)).intent ?? 'None',
    heldOut,
  );
}

interface NlpManagerConstructor {
  new (
    settings: Record<string, unknown>,
  ): {
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, utterance: string): Promise<{ intent?: string; score?: number }>;
  };
}

function languageOf(text: string): 'zh' | 'en' {
  return /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
}

function percent(correct: number, total: number): string {
  return total ? `${((100 * correct) / total).toFixed(0)}%`.padStart(5) : '    -';
}

/** A Markdown table: one row an intent, one column a classifier, then totals and timings. */
export function formatEvaluations(evaluations: readonly IntentEvaluation[]): string {
  const header = `| intent | ${evaluations.map((e) => e.name).join(' | ')} |`;
  const rule = `|---|${evaluations.map(() => '---:').join('|')}|`;
  const rows = INTENT_NAMES.map(
    (intent) =>
      `| ${intent} | ${evaluations
        .map(
          (e) =>
            `${e.perIntent[intent].correct}/${e.perIntent[intent].total} ${percent(e.perIntent[intent].correct, e.perIntent[intent].total)}`,
        )
        .join(' | ')} |`,
  );
  const totals = evaluations.map((e) => {
    const all = Object.values(e.perIntent).reduce((acc, r) => ({ correct: acc.correct + r.correct, total: acc.total + r.total }), {
      correct: 0,
      total: 0,
    });
    return `${all.correct}/${all.total} ${percent(all.correct, all.total)}`;
  });
  return [
    header,
    rule,
    ...rows,
    `| **all** | ${totals.join(' | ')} |`,
    `| train ms | ${evaluations.map((e) => e.trainMs.toFixed(0)).join(' | ')} |`,
    `| classify ms/question | ${evaluations.map((e) => e.classifyMs.toFixed(2)).join(' | ')} |`,
  ].join('\n');
}

async function main(): Promise<void> {
  const examples = intentExamples();
  const heldOut = readHeldOut();
  const evaluations = [
    await evaluateOwn('logistic', examples, heldOut),
    await evaluateOwn('naive-bayes', examples, heldOut),
    await evaluateNlpJs(examples, heldOut),
  ];
  console.log(`${examples.length} training phrasings, ${heldOut.length} held out\n`);
  console.log(formatEvaluations(evaluations));
  for (const e of evaluations) {
    console.log(`\n${e.name} misses:`);
    for (const m of e.misses) console.log(`  ${m.expected} → ${m.got}: ${m.text}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
