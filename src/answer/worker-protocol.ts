import { z } from 'zod';

/**
 * The messages between a WorkerEngine and its engine processes. Zod on both ends: the thread boundary
 * is a boundary, and a message of the wrong shape must fail loudly, not answer the wrong question.
 */

export const EngineProcessDataSchema = z.object({
  /** file: URL of a module exporting `openEngine(options, role)`; see EngineModule. */
  engineModule: z.string().url(),
  engineOptions: z.unknown(),
  /** The first process may build a missing or stale index; the others only read the built one. */
  role: z.enum(['first', 'more']),
});
export type EngineProcessData = z.infer<typeof EngineProcessDataSchema>;

export const EngineJobSchema = z.discriminatedUnion('method', [
  z.object({
    id: z.number().int(),
    method: z.literal('ask'),
    question: z.string(),
    context: z.object({ history: z.array(z.string()).optional(), today: z.date().optional() }),
  }),
  z.object({ id: z.number().int(), method: z.literal('passages'), citationIds: z.array(z.string()) }),
]);
export type EngineJob = z.infer<typeof EngineJobSchema>;
/** A job before the pool numbers it. */
export type EngineJobRequest = EngineJob extends infer J ? (J extends { id: number } ? Omit<J, 'id'> : never) : never;

export const EngineProcessMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  // `error` is set exactly when the job failed; `value` is then absent.
  z.object({ type: z.literal('result'), id: z.number().int(), value: z.unknown(), error: z.string().optional() }),
]);
export type EngineProcessMessage = z.infer<typeof EngineProcessMessageSchema>;

export const PassagesSchema = z.array(z.object({ citationId: z.string(), title: z.string(), section: z.string(), text: z.string() }));
