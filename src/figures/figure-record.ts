/** A figure recorded: its place and period added, undefined fields dropped, duplicates skipped; its change and base-unit value. */
import { withElidedMeasure, withElidedPerHeadSubject } from './elided-measure.js';
import type { ChangeVerb } from '../lang/zh/change-words.js';
import { FALLBACK_NAMES } from '../lang/zh/figure-words.js';
import { MAGNITUDE, PERCENT_UNITS, PERCENTAGE_POINTS } from '../lang/zh/units.js';
import type { Figure } from './figure-schema.js';
import type { Change, Ctx, Direction } from './types.js';

export function pushFigure(ctx: Ctx, f: Omit<Figure, 'period' | 'district' | 'citationId'>): Figure {
  const previous = ctx.figures[ctx.figures.length - 1];
  const figure: Figure = {
    ...f,
    // A gap, share or other shape names its own reference: only a plain figure takes an elided measure.
    indicator: f.shape
      ? f.indicator
      : withElidedPerHeadSubject(ctx.figures, f.unit, withElidedMeasure(previous, ctx.lastSubject, f.unit, f.indicator)),
    period: ctx.period,
    district: ctx.input.district,
    citationId: ctx.input.citationId,
  };
  for (const key of Object.keys(figure) as Array<keyof Figure>) if (figure[key] === undefined) delete figure[key];
  const dup = ctx.figures.some(
    (g) => g.indicator === figure.indicator && g.value === figure.value && g.unit === figure.unit && g.kind === figure.kind,
  );
  if (!dup) ctx.figures.push(figure);
  return figure;
}

export function growthChange(verb: ChangeVerb, value: number, unit: string): Change | undefined {
  if (unit !== '%' && unit !== PERCENTAGE_POINTS) return undefined;
  return { direction: changeDirection(verb, value), value: Math.abs(value), unit };
}

/** The change an amount written right after a change verb states of itself ("下降200亿元"): the verb's direction, the amount. */
export function amountChange(verb: ChangeVerb, value: number, unit: string): Change | undefined {
  if (PERCENT_UNITS.has(unit) || !unit) return undefined;
  return { direction: changeDirection(verb, value), value: Math.abs(value), unit };
}

/** A negative value turns the verb's direction ("增长-1.2%" is a fall). */
function changeDirection(verb: ChangeVerb, value: number): Direction {
  return value < 0 ? (verb.direction === 'down' ? 'up' : 'down') : verb.direction;
}

export function baseUnitValue(value: number, unit: string, magnitude: string): number | undefined {
  if (PERCENT_UNITS.has(unit) || unit === FALLBACK_NAMES.ratioUnit || unit === '') return undefined;
  const scale = MAGNITUDE[magnitude] ?? 1;
  const v = value * scale;
  if (!Number.isFinite(v)) return undefined;
  return Number.isInteger(v) ? v : Number(v.toPrecision(15));
}
