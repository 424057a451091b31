/** What a figure measures (see Measure), from the figure reading's own marks. */
import { SHARE_NAME } from '../lang/zh/share-words.js';
import { MULTI_YEAR_QUALIFIERS } from '../lang/zh/qualifiers.js';
import { PERCENTAGE_POINTS, PERCENT_UNITS } from '../lang/zh/units.js';
import type { Figure } from '../figures/figure-schema.js';
import { isStartFigure } from '../figures/from-to.js';
import { isRankFigure } from '../figures/rank-figures.js';
import { isAmountChangeOnly } from '../figures/figure-shape.js';
import type { Measure } from './figure-row.js';

/** A 比例 with no 占 before it: a ratio of the thing itself, not a part of a named whole. */
const RATIO_WITHOUT_WHOLE = /^[^占]*比例$/;

export function measureOf(figure: Figure): Measure {
  // An attribute (an age line, an anniversary) is read only beside an answer, never into the table: a level, should it come.
  if (figure.shape === 'attribute') return 'level';
  if (figure.shape) return figure.shape;
  if (isRankFigure(figure)) return 'rank';
  if (isStartFigure(figure)) return 'start';
  if (figure.unit === PERCENTAGE_POINTS) return 'points';
  if (MULTI_YEAR_QUALIFIERS.some((q) => (figure.qualifier ?? '').startsWith(q))) return 'average';
  // "优良天数比例98.3%" names no whole it is a part of: the indicator's level in %, as "优良天数比率" is.
  if (SHARE_NAME.test(figure.indicator) && !RATIO_WITHOUT_WHOLE.test(figure.indicator)) return 'share';
  if (PERCENT_UNITS.has(figure.unit)) return 'rate';
  if (isAmountChangeOnly(figure)) return 'change';
  return 'level';
}
