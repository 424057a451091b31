import type { AddProblem } from './add-report-problem.js';
import type { Added } from './add-report-protocol.js';
import { ADD_REPORT_MESSAGES } from './add-report-messages.js';
import type { Lang } from './language.js';
import { escapeMrkdwn, truncate } from './mrkdwn.js';

/** Warnings listed in a reply; the rest are counted. */
export const MAX_WARNINGS_SHOWN = 8;
const MAX_WARNING_CHARS = 300;

/** What was added and understood, as the threaded reply's mrkdwn: the admin checks it. */
export function renderAdded(added: Added, lang: Lang, refreshed: boolean): string {
  const t = ADD_REPORT_MESSAGES[lang];
  const { meta, summary } = added;
  const title = escapeMrkdwn(meta.title);
  const shown = summary.warnings.slice(0, MAX_WARNINGS_SHOWN).map((w) => `    – ${truncate(escapeMrkdwn(w), MAX_WARNING_CHARS)}`);
  const hidden = summary.warnings.length - shown.length;
  const lines = [
    added.copied ? t.added(title) : t.alreadyThere(title),
    `• ${t.labels.issuer}${t.issuer(escapeMrkdwn(meta.issuer), t.level[meta.level])}`,
    `• ${t.labels.years}${t.years(meta)}`,
    `• ${t.labels.kind}${t.kind[meta.kind]}`,
    `• ${t.labels.published}${escapeMrkdwn(meta.publishedDate ?? '?')}`,
    `• ${t.labels.counts}${t.counts(summary.sections, summary.sentences, summary.tableRows)}`,
    `• ${t.labels.id}\`${escapeMrkdwn(meta.id)}\` · \`${escapeMrkdwn(added.file)}\``,
    `• ${t.labels.warnings}${summary.warnings.length === 0 ? t.labels.none : ''}`.trimEnd(),
    ...shown,
    ...(hidden > 0 ? [`    – ${t.moreWarnings(hidden)}`] : []),
  ];
  if (added.copied) lines.push(refreshed ? t.refreshed : t.refreshFailed);
  return lines.join('\n');
}

/** Why `name` was not added, escaped. */
export function renderProblem(name: string, problem: AddProblem, lang: Lang): string {
  const t = ADD_REPORT_MESSAGES[lang];
  const escaped: AddProblem =
    problem.kind === 'unsupported'
      ? { ...problem, name: escapeMrkdwn(problem.name) }
      : 'detail' in problem
        ? { ...problem, detail: truncate(escapeMrkdwn(problem.detail), MAX_WARNING_CHARS) }
        : problem;
  return `${t.cannotAdd(escapeMrkdwn(name))}${t.problem(escaped)}`;
}
