import { parseArgs } from 'node:util';
import { loadCases } from '../evaluate/cases.js';
import { evaluateRetrieval, loadCmrc, type CmrcReport } from '../evaluate/cmrc.js';
import { formatCmrcReport, formatQuestionsReport } from '../evaluate/format.js';
import { evaluateQuestions, parseBaselines, type QuestionsReport } from '../evaluate/questions-eval.js';
import { type CliIo, runWhenEntry } from './cli-io.js';
import { ENGINE_FLAG_OPTIONS, openEngineFromFlags } from './open-engine.js';

const USAGE = `usage: npm run eval -- --questions FILE [--baseline naive|bm25|all] [--verbose]
       npm run eval -- --cmrc DIR [--limit N]
options: --json --corpus DIR --index DIR --model DIR --rebuild`;

/** `npm run eval`: returns the exit code. */
export async function main(io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: io.argv,
    options: {
      ...ENGINE_FLAG_OPTIONS,
      questions: { type: 'string' },
      baseline: { type: 'string' },
      cmrc: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || (!values.questions && !values.cmrc)) {
    io.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const log = (m: string) => io.stderr.write(`${m}\n`);
  const baselines = parseBaselines(values.baseline);
  const limit = values.limit !== undefined ? Number(values.limit) : undefined;
  if (limit !== undefined && (!Number.isInteger(limit) || limit <= 0))
    throw new Error(`--limit must be a positive integer, not "${values.limit}"`);

  const result: { questions?: QuestionsReport; cmrc?: CmrcReport } = {};
  if (values.questions) {
    const cases = loadCases(values.questions);
    const engine = await openEngineFromFlags(values, undefined, io.stderr);
    result.questions = await evaluateQuestions(engine, values.questions, cases, baselines, log);
    if (values.verbose) {
      for (const run of result.questions.runs) if (run.misses.length) log(`--- ${run.name} misses\n${run.misses.join('\n')}`);
    }
  }
  if (values.cmrc) {
    const t0 = performance.now();
    result.cmrc = evaluateRetrieval(loadCmrc(values.cmrc), { limit, log });
    log(`cmrc: ${((performance.now() - t0) / 1000).toFixed(1)} s in all`);
  }

  if (values.json) {
    // Misses are for people (--verbose); the JSON keeps to the numbers.
    const questions = result.questions && { ...result.questions, runs: result.questions.runs.map(({ misses: _misses, ...run }) => run) };
    io.stdout.write(`${JSON.stringify({ ...result, questions })}\n`);
    return 0;
  }
  const parts: string[] = [];
  if (result.questions) parts.push(formatQuestionsReport(result.questions));
  if (result.cmrc) parts.push(formatCmrcReport(result.cmrc));
  io.stdout.write(`${parts.join('\n\n')}\n`);
  return 0;
}

runWhenEntry(import.meta.url, 'eval', main);
