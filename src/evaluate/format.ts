import type { CmrcReport } from './cmrc.js';
import type { QuestionsReport } from './questions-eval.js';
import type { ScoreSummary } from './score.js';

/** Display width: CJK and full-width characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

/** A plain-text table: first column left-aligned, the rest right-aligned. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => width(r[c] ?? ''))));
  const line = (r: readonly string[]) =>
    r.map((cell, c) => (c === 0 ? cell + ' '.repeat(widths[c] - width(cell)) : ' '.repeat(widths[c] - width(cell)) + cell)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const METRICS: Array<[keyof ScoreSummary, string]> = [
  ['citeHit1', 'cite hit@1 %'],
  ['citeHit5', 'cite hit@5 %'],
  ['figureHit', 'figure hit %'],
  ['refusalCorrect', 'refusals correct %'],
  ['answeredWhenAnswerable', 'answered when answerable %'],
  ['prioritiesHit', 'priorities hit %'],
  ['spamLeaks', 'spam leaks'],
  ['missingAnswers', 'missing answers'],
];

export function formatQuestionsReport(report: QuestionsReport): string {
  const header = ['metric', ...report.runs.map((r) => r.name)];
  const rows = METRICS.map(([key, label]) => [label, ...report.runs.map((r) => String(r.summary[key]))]);
  rows.push(['errors', ...report.runs.map((r) => String(r.errors))]);
  rows.push(['setup ms', ...report.runs.map((r) => String(r.setupMs))]);
  rows.push(['ms / question', ...report.runs.map((r) => (r.answerMs / Math.max(1, report.cases)).toFixed(2))]);
  return `${report.file}: ${report.cases} questions\n${table(header, rows)}`;
}

export function formatCmrcReport(report: CmrcReport): string {
  const f = (x: number) => x.toFixed(3);
  const rows = (['hybrid', 'bm25', 'dense'] as const).map((m) => [m, f(report[m].recallAt1), f(report[m].recallAt5), f(report[m].mrr)]);
  return [
    `CMRC 2018 dev: ${report.questions} questions over ${report.paragraphs} paragraphs (LSA ${report.embedderDimensions} dims; MRR over top ${report.depth})`,
    table(['method', 'recall@1', 'recall@5', 'MRR'], rows),
    `index ${report.indexMs} ms, ${report.questions} questions × 3 methods ${report.queryMs} ms`,
  ].join('\n');
}
