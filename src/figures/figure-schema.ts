import { z } from 'zod';

/** A figure read from one sentence: the structured number a citation states. */
export const ChangeSchema = z.object({
  direction: z.enum(['up', 'down', 'flat']),
  value: z.number(),
  // A rate's change is in % or points ("增长5.1%", "提高0.9个百分点"); an amount's own change in its unit ("下降1分/千瓦时").
  unit: z.string(),
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
  /**
   * What kind of number this is, when reading knows more than unit and change say (figureShape
   * derives level, rate, share and rank from those): a structure of several parts ("三次产业结构
   * 0.9:57.7:41.4", `value` its first part), a gap to a wider place or a target ("高于全市0.4个百分点"),
   * a multi-year streak ("连续5年稳定在…以上"), a milestone passed on the way to the value ("突破X亿元"), an attribute
   * read only when asked (an age line, an anniversary, an edition: attribute-numbers.ts).
   */
  shape: z.enum(['structure', 'gap', 'streak', 'milestone', 'share', 'attribute']).optional(),
  /** A structure's parts in order, as written: [0.9, 57.7, 41.4]. */
  structure: z.array(z.number()).optional(),
});
export type Figure = z.infer<typeof FigureSchema>;
