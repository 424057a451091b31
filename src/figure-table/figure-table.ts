/**
 * The figure table served with an index: rows filed by place and canonical indicator, and the
 * look-ups trends, rankings and `npm run figures` make of them.
 */
import { canonicalIndicator } from './canonical-indicator.js';
import type { FigureRow, Measure } from './figure-row.js';

export interface RowFilter {
  /** A canonical indicator id, or any name the glossary files under one ("GDP"). */
  indicator?: string;
  place?: string;
  kind?: FigureRow['kind'];
  year?: number;
  measures?: readonly Measure[];
}

export class FigureTable {
  private readonly byIndicator = new Map<string, FigureRow[]>();

  constructor(readonly rows: readonly FigureRow[]) {
    for (const row of rows) {
      const list = this.byIndicator.get(row.indicatorId);
      if (list) list.push(row);
      else this.byIndicator.set(row.indicatorId, [row]);
    }
  }

  /** Whether the table files rows under this indicator (a name is first made canonical). */
  has(indicator: string): boolean {
    return this.byIndicator.has(canonicalIndicator(indicator).id);
  }

  /** The rows that pass every given filter, in corpus order. */
  select(filter: RowFilter): FigureRow[] {
    const pool = filter.indicator === undefined ? this.rows : (this.byIndicator.get(canonicalIndicator(filter.indicator).id) ?? []);
    return pool.filter(
      (r) =>
        (filter.place === undefined || r.place === filter.place) &&
        (filter.kind === undefined || r.kind === filter.kind) &&
        (filter.year === undefined || r.year === filter.year) &&
        (filter.measures === undefined || filter.measures.includes(r.measure)),
    );
  }

  /** Canonical indicators with their row counts, most rows first. */
  indicators(): { id: string; rows: number }[] {
    return [...this.byIndicator]
      .map(([id, rows]) => ({ id, rows: rows.length }))
      .sort((a, b) => b.rows - a.rows || a.id.localeCompare(b.id));
  }
}
