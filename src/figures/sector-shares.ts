import { SECTOR_SHARES, SHARE_UNIT, SHARES_SUM_SLACK, THREE_SECTOR_STRUCTURE } from '../lang/zh/industry-structure-words.js';
import type { Figure } from './figure-schema.js';

/**
 * "三次产业比重为4.0∶37.7∶58.3", read as one structure figure: besides it, each sector's share as a figure of its own
 * (第一产业比重 4%, 第二产业比重 37.7%, 第三产业比重 58.3%), so "三产占比多少" is answered by its part. Only a structure
 * of three parts that add up to 100 (rounded) under the three sectors' name.
 */
export function withSectorShares(figures: readonly Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const f of figures) {
    out.push(f);
    const parts = f.structure ?? [];
    if (f.shape !== 'structure' || parts.length !== SECTOR_SHARES.length || !THREE_SECTOR_STRUCTURE.test(f.indicator)) continue;
    if (Math.abs(parts.reduce((a, b) => a + b, 0) - 100) > SHARES_SUM_SLACK) continue;
    // Each share is its own indicator's level (第三产业比重 58.3%), not a share of another indicator: no shape of its own.
    const { structure: _parts, shape: _shape, valueInBaseUnit: _base, ...rest } = f;
    parts.forEach((value, i) => out.push({ ...rest, indicator: SECTOR_SHARES[i], value, unit: SHARE_UNIT }));
  }
  return out;
}
