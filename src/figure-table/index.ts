/**
 * The figure table: every figure of the corpus filed by canonical indicator, place, period and
 * kind, built with the index and stored beside it.
 */
export { baseUnitOf, buildFigureRows, magnitudeOf, type TableSource } from './build-table.js';
export { canonicalIndicator, type CanonicalIndicator } from './canonical-indicator.js';
export { type FigureRow, FigureRowSchema, type Measure, MEASURES, rowFigure } from './figure-row.js';
export { FigureTable, type RowFilter } from './figure-table.js';
export { type CsvCell, csvField, toCsv } from './csv.js';
export { ROW_CSV_HEADER, rowsToCsv } from './row-csv.js';
