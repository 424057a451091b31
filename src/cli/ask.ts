import { createInterface } from 'node:readline';
import type { Answer } from '../answer/schema.js';
import { parseArgs } from 'node:util';
import { ENGINE_FLAG_OPTIONS, openEngineFromFlags } from './open-engine.js';
import { formatAnswer } from './format-answer.js';
import { parseJsonlQuestion } from './jsonl-input.js';
import { formatExplanation, ScoringRecorder } from '../retrieve/scoring/explain.js';

const USAGE = `usage: npm run ask -- [--json] [--explain] "问题"
       npm run --silent ask -- --jsonl < questions.txt
         (a line is a question, or {"q": "…", "history": ["earlier question", …]} for a follow-up)
options: --corpus DIR --index DIR --model DIR --rebuild
         --explain  after each answer, on stderr: the scoring rules that fired for each cited sentence`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      ...ENGINE_FLAG_OPTIONS,
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      explain: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help || (!values.jsonl && !positionals.length)) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const engine = await openEngineFromFlags(values);
  // Explanations go to stderr, so stdout stays the answer (or Answer JSON) alone.
  const recorder = values.explain ? new ScoringRecorder(engine.retriever) : null;
  const explain = (answer: Answer) => {
    if (recorder) process.stderr.write(`${formatExplanation(answer.citations, recorder.take())}\n`);
  };
  if (values.jsonl) {
    // Exactly one answer a line, in order, blank lines included: a question that fails still gets
    // a line, so line n of the output always answers line n of the input.
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      const { question, history } = parseJsonlQuestion(line);
      try {
        const answer = await engine.ask(question, { history });
        process.stdout.write(`${JSON.stringify(answer)}\n`);
        explain(answer);
      } catch (error) {
        recorder?.take();
        process.stderr.write(`ask: ${(error as Error).message}\n`);
        process.stdout.write(
          `${JSON.stringify({ question, notFound: true, text: 'error', citations: [], figures: [], priorities: [] })}\n`,
        );
      }
    }
    return;
  }
  const answer = await engine.ask(positionals.join(' '));
  process.stdout.write(values.json ? `${JSON.stringify(answer)}\n` : `${formatAnswer(answer)}\n`);
  explain(answer);
}

main().catch((error: unknown) => {
  process.stderr.write(`ask: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
