import { z } from 'zod';
import { PARTS_OF_YEAR } from '../lang/zh/part-of-year-words.js';
import { canonicalIndicator } from './canonical-indicator.js';
import { ChangeSchema, type Figure } from '../figures/figure-schema.js';

/**
 * What a figure measures, so rows are compared like with like: a level (361亿元), a rate (增长6.2%),
 * a share (占GDP比重), a rank (全国第3位), a difference in percentage points, a span's average
 * rate (年均增长), the value a from–to pair started from, and the shapes figure reading marks
 * itself: a structure (三次产业结构 0.9:57.7:41.4), a gap to a wider place, a multi-year streak, a
 * milestone passed, and an amount's own change (电价下降1分/千瓦时). Trends and rankings set only levels and rates side by side.
 */
export const MEASURES = [
  'level',
  'rate',
  'share',
  'rank',
  'points',
  'average',
  'start',
  'structure',
  'gap',
  'streak',
  'milestone',
  'change',
] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * One figure of the corpus, filed for look-up across reports: the indicator under its canonical
 * name, the place, period and kind, the value as written and in base units, and the sentence it
 * was read from, quoted as printed.
 */
export const FigureRowSchema = z.object({
  /** The glossary's indicator name, or the figure's own name stripped of scope and growth words. */
  indicatorId: z.string(),
  inGlossary: z.boolean(),
  /** The name as the figure reading gave it. */
  indicator: z.string(),
  place: z.string(),
  /** "2024", "2021-2025" (a span), as the sentence's section dates it. */
  period: z.string(),
  /** The period's year when it is one year, else null. */
  year: z.number().int().nullable(),
  kind: z.enum(['actual', 'target']),
  measure: z.enum(MEASURES),
  value: z.number(),
  unit: z.string(),
  /** The value in the unit without its magnitude (亿元 → 元), when it has one. */
  valueInBaseUnit: z.number().optional(),
  baseUnit: z.string().optional(),
  /** The growth the sentence gives with the value ("、增长6.2%"). */
  change: ChangeSchema.optional(),
  range: z.object({ low: z.number(), high: z.number() }).optional(),
  /** A structure's parts in order, as written. */
  structure: z.array(z.number()).optional(),
  /** Qualifiers as written (以上, 左右, 年均, 全国第) and the population group (城镇, 农村). */
  qualifier: z.string().optional(),
  group: z.string().optional(),
  citationId: z.string(),
  docId: z.string(),
  title: z.string(),
  section: z.string(),
  paragraph: z.number().int(),
  sentence: z.string(),
  /** The part of the year the sentence speaks of ("一季度…GDP增长4.6%"), when it names one: no whole year's figure. */
  partOfYear: z.enum(PARTS_OF_YEAR).optional(),
  /** The report's own year: the year it plans for, and the year whose results it gives. */
  plansFor: z.number().int().nullable(),
  reportsOn: z.number().int().nullable(),
});
export type FigureRow = z.infer<typeof FigureRowSchema>;

/** A row as an answer's figure, cited by the sentence it was read from. */
export function rowFigure(row: FigureRow): Figure {
  return {
    // A name filed by its sentence ("总产" of "粮食…总产762亿斤", "航空旅客" of "航空旅客和货邮吞吐量分别…")
    // is shown as the indicator it was filed under, so a lead reads it as the indicator asked.
    indicator: canonicalIndicator(row.indicator).id === row.indicatorId ? row.indicator : row.indicatorId,
    value: row.value,
    unit: row.unit,
    ...(row.change ? { change: row.change } : {}),
    ...(row.qualifier ? { qualifier: row.qualifier } : {}),
    ...(row.range ? { range: row.range } : {}),
    ...(row.structure ? { structure: row.structure, shape: 'structure' as const } : {}),
    ...(row.measure === 'gap' || row.measure === 'streak' || row.measure === 'milestone' ? { shape: row.measure } : {}),
    kind: row.kind,
    period: row.period,
    district: row.place,
    citationId: row.citationId,
    ...(row.valueInBaseUnit !== undefined ? { valueInBaseUnit: row.valueInBaseUnit } : {}),
  };
}
