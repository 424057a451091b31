import { z } from 'zod';

/** The messages between OffThreadChartRenderer and its worker thread; zod on both ends of the boundary. */
export const ChartJobSchema = z.object({
  id: z.number().int(),
  /** A Chart; the worker parses it with ChartSchema. */
  chart: z.unknown(),
  size: z.object({ width: z.number().int().positive(), height: z.number().int().positive() }),
});
export type ChartJob = z.infer<typeof ChartJobSchema>;

export const ChartWorkerReplySchema = z.union([
  z.object({ id: z.number().int(), png: z.instanceof(Uint8Array) }),
  z.object({ id: z.number().int(), error: z.string() }),
]);
export type ChartWorkerReply = z.infer<typeof ChartWorkerReplySchema>;
