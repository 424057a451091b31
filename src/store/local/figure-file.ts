/** The figure table's file in an index folder: one JSON array of rows, checked when read. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { type FigureRow, FigureRowSchema } from '../../figure-table/index.js';

const FIGURES_FILE = 'figures.json';

export function writeFigureRows(dir: string, rows: readonly FigureRow[]): void {
  writeFileSync(path.join(dir, FIGURES_FILE), JSON.stringify(rows));
}

export function readFigureRows(dir: string): FigureRow[] {
  return z.array(FigureRowSchema).parse(JSON.parse(readFileSync(path.join(dir, FIGURES_FILE), 'utf8')));
}
