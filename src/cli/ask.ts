import { createInterface } from 'node:readline';
import type { Answer } from '../answer/schema.js';
import { parseArgs } from 'node:util';
import { ENGINE_FLAG_OPTIONS, openEngineFromFlags } from './open-engine.js';
import { formatAnswer } from './format-answer.js';
import { parseJsonlQuestion } from './jsonl-input.js';
import { formatExplanation, ScoringRecorder } from '../retrieve/scoring/explain.js';
import { writeFile } from 'node:fs/promises';
import { figuresCsv } from './figures-csv.js';
import { type CliIo, runWhenEntry } from './cli-io.js';

const USAGE = `usage: npm run ask -- [--json] [--explain] "问题"
       npm run --silent ask -- --jsonl < questions.txt
         (a line is a question, or {"q": "…", "history": ["earlier question", …]} for a follow-up)
options: --corpus DIR --index DIR --model DIR --rebuild
         --explain  after each answer, on stderr: the scoring rules that fired for each cited sentence
         --chart FILE.png  write the answer's chart (trend and ranking answers) as a PNG
         --csv      print the answer's figures as CSV (RFC 4180) instead of the text answer`;

/** `npm run ask`: returns the exit code. */
export async function main(io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: io.argv,
    options: {
      ...ENGINE_FLAG_OPTIONS,
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      explain: { type: 'boolean' },
      chart: { type: 'string' },
      csv: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help || (!values.jsonl && !positionals.length)) {
    io.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const engine = await openEngineFromFlags(values, undefined, io.stderr);
  // Explanations go to stderr, so stdout stays the answer (or Answer JSON) alone.
  const recorder = values.explain ? new ScoringRecorder(engine.retriever) : null;
  const explain = (answer: Answer) => {
    if (recorder) io.stderr.write(`${formatExplanation(answer.citations, recorder.take())}\n`);
  };
  if (values.jsonl) {
    // Exactly one answer a line, in order, blank lines included: a question that fails still gets
    // a line, so line n of the output always answers line n of the input.
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      const { question, history } = parseJsonlQuestion(line);
      try {
        const answer = await engine.ask(question, { history });
        io.stdout.write(`${JSON.stringify(answer)}\n`);
        explain(answer);
      } catch (error) {
        recorder?.take();
        io.stderr.write(`ask: ${(error as Error).message}\n`);
        io.stdout.write(`${JSON.stringify({ question, notFound: true, text: 'error', citations: [], figures: [], priorities: [] })}\n`);
      }
    }
    return 0;
  }
  const answer = await engine.ask(positionals.join(' '));
  if (values.csv) io.stdout.write(figuresCsv(answer));
  else io.stdout.write(values.json ? `${JSON.stringify(answer)}\n` : `${formatAnswer(answer)}\n`);
  explain(answer);
  return values.chart !== undefined ? writeChart(answer, values.chart, io.stderr) : 0;
}

/** Writes the chart, or says on stderr that this answer has none (and exits 1, so a script notices). */
async function writeChart(answer: Answer, file: string, stderr: NodeJS.WritableStream): Promise<number> {
  if (answer.chart === undefined) {
    stderr.write('ask: this answer has no chart (charts come with trend and ranking answers)\n');
    return 1;
  }
  // Loaded only when a chart is asked for: ECharts and resvg are most of a plain ask's start-up.
  const { renderChartPng } = await import('../chart/render-chart.js');
  await writeFile(file, renderChartPng(answer.chart));
  stderr.write(`ask: chart written to ${file}\n`);
  return 0;
}

runWhenEntry(import.meta.url, 'ask', main);
