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
  /** The page the sentence starts on, when the report is a paged file (PDF). */
  page: z.number().int().positive().optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

export { ChangeSchema, type Figure, FigureSchema } from '../figures/figure-schema.js';
import { FigureSchema } from '../figures/figure-schema.js';

export const PrioritySchema = z.object({
  title: z.string(),
  citationId: z.string(),
  /**
   * Citation ids of the one to three sentences of the item's own section that carry its most
   * concrete commitments (targets, named projects, counts); every one is among the answer's citations.
   */
  details: z.array(z.string()),
  /** The item's theme in English, from the glossary or the priority themes, when one fits. */
  theme: z.string().optional(),
  /** In a comparison of two outlines: which outline the item is from ("2025年", "钱塘区"). */
  side: z.string().optional(),
  /** In a comparison: matched with an item of the other outline, or listed by this side only. */
  match: z.enum(['shared', 'only']).optional(),
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

/** An ordinary answer cites at most this many sentences and shows at most this many figures. */
export const ORDINARY_CITATIONS_MAX = 5;
export const ORDINARY_FIGURES_MAX = 8;
/**
 * A priority answer cites every outline item and every quoted commitment (two outlines in a
 * comparison, a dozen items each with up to three commitments), and shows the commitments'
 * figures as targets: its own, larger caps.
 */
export const PRIORITY_CITATIONS_MAX = 100;
export const PRIORITY_FIGURES_MAX = 60;
/** A trend or ranking (an answer with a chart) cites every value it states: a value and a target for each of its years or places. */
export const CHART_CITATIONS_MAX = 12;
export const CHART_FIGURES_MAX = 12;

export const AnswerSchema = z
  .object({
    id: z.string(),
    question: z.string(),
    notFound: z.boolean(),
    text: z.string(),
    citations: z.array(CitationSchema).max(PRIORITY_CITATIONS_MAX),
    figures: z.array(FigureSchema).max(PRIORITY_FIGURES_MAX),
    priorities: z.array(PrioritySchema),
    /** What the corpus covers, filled on refusals so a surface can say it. */
    coverage: z.array(z.object({ district: z.string(), years: z.array(z.string()) })).optional(),
    /** Place and year the question was understood to be about, for thread follow-ups. */
    understood: z.object({ places: z.array(z.string()), years: z.array(z.number()), intent: z.enum(['result', 'plan', 'any']) }).optional(),
    /** Trend and ranking answers: their values as a chart. */
    chart: ChartSchema.optional(),
  })
  // Only an answer that lists priorities, or charts a trend or ranking, may pass the ordinary caps.
  .refine(
    (a) =>
      a.priorities.length > 0 ||
      withinCaps(a, a.chart ? CHART_CITATIONS_MAX : ORDINARY_CITATIONS_MAX, a.chart ? CHART_FIGURES_MAX : ORDINARY_FIGURES_MAX),
    {
      message: `an answer without priorities or a chart cites at most ${ORDINARY_CITATIONS_MAX} sentences and shows at most ${ORDINARY_FIGURES_MAX} figures; with a chart, ${CHART_CITATIONS_MAX} and ${CHART_FIGURES_MAX}`,
    },
  );

function withinCaps(a: { citations: readonly unknown[]; figures: readonly unknown[] }, citations: number, figures: number): boolean {
  return a.citations.length <= citations && a.figures.length <= figures;
}
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
