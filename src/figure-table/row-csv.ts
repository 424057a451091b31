/** Figure-table rows as CSV, one row a figure, with the sentence it was read from. */
import { toCsv } from './csv.js';
import type { FigureRow } from './figure-row.js';

export const ROW_CSV_HEADER = [
  'indicator_id',
  'indicator',
  'place',
  'period',
  'kind',
  'measure',
  'value',
  'unit',
  'value_in_base_unit',
  'base_unit',
  'change',
  'change_unit',
  'qualifier',
  'group',
  'document',
  'section',
  'paragraph',
  'sentence',
] as const;

export function rowsToCsv(rows: readonly FigureRow[]): string {
  return toCsv(
    ROW_CSV_HEADER,
    rows.map((r) => [
      r.indicatorId,
      r.indicator,
      r.place,
      r.period,
      r.kind,
      r.measure,
      r.value,
      r.unit,
      r.valueInBaseUnit,
      r.baseUnit,
      r.change ? (r.change.direction === 'down' ? -r.change.value : r.change.value) : null,
      r.change?.unit,
      r.qualifier,
      r.group,
      r.title,
      r.section,
      r.paragraph,
      r.sentence,
    ]),
  );
}
