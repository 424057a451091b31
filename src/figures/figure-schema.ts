import { z } from 'zod';

/** A figure read from one sentence: the structured number a citation states. */
export const ChangeSchema = z.object({
  direction: z.enum(['up', 'down', 'flat']),
  value: z.number(),
  unit: z.enum(['%', '个百分点']),
});

export const FigureSchema = z.object({
  indicator: z.string(),
  value: z.number(),
  unit: z.string(),
  change: ChangeSchema.optional(),
  qualifier: z.string().optional(),
  range: z.object({ low: z.number(), high: z.number() }).optional(),
  kind: z.enum(['actual', 'target']),
  period: z.string(),
  district: z.string(),
  citationId: z.string(),
  valueInBaseUnit: z.number().optional(),
  /** For table facts: the target the actual value is measured against, as written. */
  target: z.string().optional(),
});
export type Figure = z.infer<typeof FigureSchema>;
