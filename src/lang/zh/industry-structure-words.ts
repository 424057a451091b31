/**
 * The economy's structure as the reports write it, one ratio for the three sectors ("三次产业比重为4.0∶37.7∶58.3",
 * "三次产业结构为0.9:57.7:41.4"): read as one structure figure, and each part as its sector's share of the economy, in
 * percent, which is what "三产占比多少" asks. Data for src/figures/sector-shares.ts.
 */

/** The structure figures whose parts are the three sectors' shares, by their names. */
export const THREE_SECTOR_STRUCTURE = /三次产业(?:结构|比重|比例|构成|之比)/;

/** Each sector's share, in the ratio's order: the names the glossary's indicators hold (第一产业比重 …). */
export const SECTOR_SHARES: readonly string[] = ['第一产业比重', '第二产业比重', '第三产业比重'];

/** The shares' unit: the ratio's parts add up to 100. */
export const SHARE_UNIT = '%';

/** How far from 100 the parts may add up (rounding) and still be shares. */
export const SHARES_SUM_SLACK = 1;
