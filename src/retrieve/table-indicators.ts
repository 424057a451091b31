import type { FigureTable, Measure } from '../figure-table/index.js';

/**
 * The figures a sentence's words name only apart or by a back-reference still have their indicator in the figure table:
 * "顶住经济下行压力，…全年增长4.8%、总量达5.3万亿元" states 地区生产总值 (its 总量 read as 经济总量), though no name of it is
 * written whole. Per sentence id, the glossary indicators whose level or rate the table reads from it.
 */
export type StatedIndicators = ReadonlyMap<string, ReadonlySet<string>>;

/** A level, a rate or a span's average is the indicator's own figure; a share, rank or gap names it only as the field of another. */
const OWN_MEASURES: ReadonlySet<Measure> = new Set<Measure>(['level', 'rate', 'average']);

export function statedIndicators(table: Pick<FigureTable, 'rows'>): StatedIndicators {
  const bySentence = new Map<string, Set<string>>();
  for (const row of table.rows) {
    if (!row.inGlossary || !OWN_MEASURES.has(row.measure)) continue;
    let stated = bySentence.get(row.citationId);
    if (!stated) bySentence.set(row.citationId, (stated = new Set()));
    stated.add(row.indicatorId);
  }
  return bySentence;
}
