import { NO_TEXT_LAYER } from '../ingest/formats/pdf.js';

/**
 * Why a report could not be added from Slack, as data: the reply (add-report-messages.ts) words it
 * in the asker's language, the log names the kind.
 */
export type AddProblem =
  | { kind: 'tooLarge'; bytes: number | null; limit: number }
  | { kind: 'unsupported'; name: string }
  | { kind: 'noTextLayer' }
  /** The download failed: Slack's error code, an HTTP status, a timeout. */
  | { kind: 'download'; detail: string }
  /** Slack answered with its sign-in page instead of the file: the app lacks files:read. */
  | { kind: 'signIn' }
  /** The ingestion refused the report (no issuer in the title, a name taken by other content, …). */
  | { kind: 'refused'; detail: string }
  /** The ingestion did not finish: a crash or the time limit. */
  | { kind: 'failed'; detail: string };

export class AddProblemError extends Error {
  constructor(readonly problem: AddProblem) {
    super(`cannot add the report: ${problem.kind}${'detail' in problem ? ` (${problem.detail})` : ''}`);
    this.name = 'AddProblemError';
  }
}

/** A refusal of addToCorpus as a problem: a scan and an oversize file get replies of their own. */
export function problemOfRefusal(detail: string, limit: number): AddProblem {
  if (detail.includes(NO_TEXT_LAYER)) return { kind: 'noTextLayer' };
  if (/^too large/i.test(detail))
    return { kind: 'tooLarge', bytes: Number(/\((\d+) bytes/.exec(detail)?.[1] ?? Number.NaN) || null, limit };
  const unsupported = /^unsupported type "([^"]*)"/.exec(detail);
  if (unsupported) return { kind: 'unsupported', name: unsupported[1] ?? '' };
  return { kind: 'refused', detail };
}
