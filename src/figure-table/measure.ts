/** What a figure measures (see Measure), from the figure reading's own marks. */
import { SHARE_NAME } from '../lang/zh/share-words.js';
import { MULTI_YEAR_QUALIFIERS } from '../lang/zh/qualifiers.js';
import { PERCENTAGE_POINTS, PERCENT_UNITS } from '../lang/zh/units.js';
import type { Figure } from '../figures/figure-schema.js';
import { isStartFigure } from '../figures/from-to.js';
import { isRankFigure } from '../figures/rank-figures.js';
import type { Measure } from './figure-row.js';

export function measureOf(figure: Figure): Measure {
  if (figure.shape) return figure.shape;
  if (isRankFigure(figure)) return 'rank';
  if (isStartFigure(figure)) return 'start';
  if (figure.unit === PERCENTAGE_POINTS) return 'points';
  if (MULTI_YEAR_QUALIFIERS.some((q) => (figure.qualifier ?? '').startsWith(q))) return 'average';
  if (SHARE_NAME.test(figure.indicator)) return 'share';
  if (PERCENT_UNITS.has(figure.unit)) return 'rate';
  return 'level';
}
