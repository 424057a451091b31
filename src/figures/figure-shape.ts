/**
 * What kind of number a figure is: a level ("1416亿元"), a rate of growth ("增长5.1%"), a share
 * ("占…比重31.2%"), a rank ("全国第3位"), or one of the shapes reading marks itself (a structure,
 * a gap, a streak, a milestone). A question asking one kind is answered by a figure of that kind.
 */
import { isShareShape, SHARE_NAME } from '../lang/zh/share-words.js';
import type { Figure } from './figure-schema.js';
import { isRankFigure } from './rank-figures.js';
import { PERCENT_UNITS } from '../lang/zh/units.js';

export type FigureShape = NonNullable<Figure['shape']> | 'level' | 'rate' | 'share' | 'rank' | 'change';

export function figureShape(f: Pick<Figure, 'indicator' | 'unit' | 'change' | 'qualifier' | 'shape' | 'value'>): FigureShape {
  if (f.shape) return f.shape;
  if (isRankFigure(f)) return 'rank';
  if (f.unit === '%' && (isShareShape(f.indicator) || SHARE_NAME.test(f.indicator))) return 'share';
  if (isGrowthOnly(f)) return 'rate';
  if (isAmountChangeOnly(f)) return 'change';
  return 'level';
}

/**
 * A figure whose value is its own change in an amount: "工商业平均电价下降1分/千瓦时" is a fall of 1分/千瓦时, not a price
 * of 1分/千瓦时; "一般公共预算收入下降200亿元" no revenue of 200亿元.
 */
export function isAmountChangeOnly(f: Pick<Figure, 'unit' | 'change' | 'value'>): boolean {
  return !!f.change && !PERCENT_UNITS.has(f.unit) && f.change.unit === f.unit && f.change.value === Math.abs(f.value);
}

/** A figure whose value is its own growth rate: "GDP增长5.1%" is read as 5.1% with a change of 5.1%. */
export function isGrowthOnly(f: Pick<Figure, 'unit' | 'change' | 'value'>): boolean {
  return !!f.change && f.unit === '%' && f.change.unit === '%' && f.change.value === Math.abs(f.value);
}
