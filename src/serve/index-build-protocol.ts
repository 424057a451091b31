import { z } from 'zod';

/** What the index build process is told: the corpus/index/model flags the CLI takes. */
export const IndexBuildRequestSchema = z.object({
  corpus: z.string().optional(),
  index: z.string().optional(),
  model: z.string().optional(),
});
export type IndexBuildRequest = z.infer<typeof IndexBuildRequestSchema>;

/** What it answers: a log line while it works, then the index it left serving, or why it failed. */
export const IndexBuildMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('log'), message: z.string() }),
  z.object({
    type: z.literal('done'),
    /** Whether it built (false: the index was already fresh for the corpus). */
    built: z.boolean(),
    /** The served index's build time: which index it is. */
    createdAt: z.string(),
    documents: z.number().int().nonnegative(),
  }),
  z.object({ type: z.literal('failed'), error: z.string() }),
]);
export type IndexBuildMessage = z.infer<typeof IndexBuildMessageSchema>;
