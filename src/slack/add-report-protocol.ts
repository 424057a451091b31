import { z } from 'zod';
import { DocumentMetaSchema } from '../ingest/types.js';
import { AddProblemSchema } from './add-report-problem.js';

/** The messages between ReportAdder and its worker thread; zod on both ends of the boundary. */

export const AddJobSchema = z.object({
  corpusDir: z.string().min(1),
  maxBytes: z.number().int().positive(),
  source: z.union([
    z.object({ url: z.string().url() }),
    z.object({ bytes: z.instanceof(Uint8Array), fileName: z.string().min(1), contentType: z.string().optional() }),
  ]),
});
export type AddJob = z.infer<typeof AddJobSchema>;
/** What to read: a page to fetch, or a downloaded file's bytes and name. */
export type AddJobSource = { url: string } | { bytes: Uint8Array; fileName: string; contentType?: string };

export const AddedSchema = z.object({
  file: z.string(),
  meta: DocumentMetaSchema,
  copied: z.boolean(),
  summary: z.object({
    sections: z.number().int(),
    sentences: z.number().int(),
    tableRows: z.number().int(),
    warnings: z.array(z.string()),
  }),
});
export type Added = z.infer<typeof AddedSchema>;

export const AddWorkerReplySchema = z.union([
  z.object({ added: AddedSchema }),
  /** addToCorpus said no (AddRefused), its reason classified. */
  z.object({ problem: AddProblemSchema }),
  /** Anything else that went wrong. */
  z.object({ error: z.string() }),
]);
export type AddWorkerReply = z.infer<typeof AddWorkerReplySchema>;
