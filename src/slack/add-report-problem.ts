import { z } from 'zod';

/**
 * Why a report could not be added from Slack, as data: the reply (add-report-messages.ts) words it
 * in the asker's language, the log names the kind. A schema, because the reading thread sends it.
 */
export const AddProblemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tooLarge'), bytes: z.number().nullable(), limit: z.number() }),
  z.object({ kind: z.literal('unsupported'), name: z.string() }),
  z.object({ kind: z.literal('noTextLayer') }),
  /** The download failed: Slack's error code, an HTTP status, a timeout. */
  z.object({ kind: z.literal('download'), detail: z.string() }),
  /** Slack answered with its sign-in page instead of the file: the app lacks files:read. */
  z.object({ kind: z.literal('signIn') }),
  /** The ingestion refused the report (no issuer in the title, a name taken by other content, …). */
  z.object({ kind: z.literal('refused'), detail: z.string() }),
  /** The ingestion did not finish: a crash or the time limit. */
  z.object({ kind: z.literal('failed'), detail: z.string() }),
]);
export type AddProblem = z.infer<typeof AddProblemSchema>;

export class AddProblemError extends Error {
  constructor(readonly problem: AddProblem) {
    super(`cannot add the report: ${problem.kind}${'detail' in problem ? ` (${problem.detail})` : ''}`);
    this.name = 'AddProblemError';
  }
}
