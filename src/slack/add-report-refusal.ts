import { NO_TEXT_LAYER } from '../ingest/formats/pdf.js';
import type { AddProblem } from './add-report-problem.js';

/** A refusal of addToCorpus as a problem: a scan, an oversize file and an unknown type get replies of their own. */
export function problemOfRefusal(detail: string, limit: number): AddProblem {
  if (detail.includes(NO_TEXT_LAYER)) return { kind: 'noTextLayer' };
  if (/^too large/i.test(detail))
    return { kind: 'tooLarge', bytes: Number(/\((\d+) bytes/.exec(detail)?.[1] ?? Number.NaN) || null, limit };
  const unsupported = /^unsupported type "([^"]*)"/.exec(detail);
  if (unsupported) return { kind: 'unsupported', name: unsupported[1] ?? '' };
  return { kind: 'refused', detail };
}
