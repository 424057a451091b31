import { z } from 'zod';

/** A cited sentence: verbatim text of the report as ingestion cleaned it. */
export const CitationSchema = z.object({
  id: z.string(),
  docId: z.string(),
  title: z.string(),
  district: z.string(),
  year: z.number().int().nullable(),
  period: z.string(),
  kind: z.enum(['result', 'plan', 'other']),
  section: z.string(),
  paragraph: z.number().int(),
  sentence: z.string(),
  source: z.enum(['text', 'table']),
  score: z.number(),
});
export type Citation = z.infer<typeof CitationSchema>;

export { ChangeSchema, type Figure, FigureSchema } from '../figures/figure-schema.js';
import { FigureSchema } from '../figures/figure-schema.js';

export const PrioritySchema = z.object({
  title: z.string(),
  citationId: z.string(),
  /** Citation ids of one or two detail sentences under the heading; `AskEngine.passages` returns their text. */
  details: z.array(z.string()),
});
export type Priority = z.infer<typeof PrioritySchema>;

/**
 * A chart of a trend or ranking answer, as data: surfaces render it (a PNG in Slack and with
 * `ask --chart`). Each series is one kind, so actual and target are drawn apart and never joined.
 */
export const ChartSchema = z.object({
  /** A line over years (a trend) or bars over places or years (a ranking). */
  type: z.enum(['line', 'bar']),
  title: z.string(),
  /** The unit every value is in, for the axis ("%", "亿元"). */
  unit: z.string(),
  /** The x-axis labels in order: years for a trend, places for a ranking. */
  categories: z.array(z.string()).min(1),
  series: z
    .array(
      z.object({
        name: z.string(),
        kind: z.enum(['actual', 'target']),
        /** One value per category; null where the reports hold none. */
        values: z.array(z.number().nullable()),
      }),
    )
    .min(1),
  /** The reports the values come from, for the caption. */
  sources: z.array(z.string()),
  language: z.enum(['zh', 'en']),
});
export type Chart = z.infer<typeof ChartSchema>;

/** Sentences a trend or ranking may cite: a value and a target for each of its years or places. */
export const MAX_CITATIONS = 12;
export const MAX_FIGURES = 12;

export const AnswerSchema = z.object({
  id: z.string(),
  question: z.string(),
  notFound: z.boolean(),
  text: z.string(),
  /**
   * Ordinary answers cite at most 5 sentences and carry at most 8 figures (the engine keeps them
   * so); a trend or ranking cites every value it states, up to these caps.
   */
  citations: z.array(CitationSchema).max(MAX_CITATIONS),
  figures: z.array(FigureSchema).max(MAX_FIGURES),
  priorities: z.array(PrioritySchema),
  /** What the corpus covers, filled on refusals so a surface can say it. */
  coverage: z.array(z.object({ district: z.string(), years: z.array(z.string()) })).optional(),
  /** Place and year the question was understood to be about, for thread follow-ups. */
  understood: z.object({ places: z.array(z.string()), years: z.array(z.number()), intent: z.enum(['result', 'plan', 'any']) }).optional(),
  /** Trend and ranking answers: their values as a chart. */
  chart: ChartSchema.optional(),
});
export type Answer = z.infer<typeof AnswerSchema>;

/** Context a surface passes with a question: earlier questions of the same conversation. */
export interface AskContext {
  /** Earlier questions in the thread, oldest first; a follow-up inherits place and year from them. */
  history?: readonly string[];
  /** Today, for 今年/去年/明年; the clock's date when unset (tests and evaluations pin it). */
  today?: Date;
}

/** What every surface (CLI, terminal chat, Slack) needs from the engine. */
export interface AskEngine {
  ask(question: string, context?: AskContext): Promise<Answer>;
  /** Passages around a cited sentence, for "Show passages". */
  passages(citationIds: readonly string[]): Promise<Array<{ citationId: string; title: string; section: string; text: string }>>;
}
