import {
  TABLE_GROUP_LABEL,
  TABLE_HEADER_CELL,
  TABLE_HEADER_START,
  TABLE_RESULT_YEAR,
  TABLE_ROW_WORDS,
} from '../lang/zh/flattened-table-words.js';
import { concat, type MappedText } from './mapped-text.js';

/**
 * Indicator tables that lost their layout print one cell a line: a header (序号, 指标名称, 年度目标,
 * 2022年完成情况, 完成率, 备注) and then rows opened by their serial number. Rows are rebuilt by the
 * serial numbers and rendered as one sentence each that keeps the cells' words.
 */
export interface TableFact {
  fact: MappedText;
  group: string | null;
}

export interface ParsedTable {
  title: string | null;
  year: string | null;
  facts: TableFact[];
  /** Index of the first line after the table. */
  end: number;
}

export function isTableStart(lines: readonly MappedText[], i: number): boolean {
  return TABLE_HEADER_START.test(lines[i].text) && lines.slice(i + 1, i + 4).some((l) => TABLE_HEADER_CELL.test(l.text));
}

function literal(text: string, at: number): MappedText {
  return { text, offsets: new Array<number>(text.length).fill(at) };
}

export function parseFlattenedTable(
  lines: readonly MappedText[],
  start: number,
  isNoise: (i: number) => boolean,
  title: string | null,
): ParsedTable {
  let i = start;
  let year: string | null = null;
  let group: string | null = null;
  while (i < lines.length && lines[i].text !== '1') {
    const y = TABLE_RESULT_YEAR.exec(lines[i].text);
    if (y) year = y[1];
    if (TABLE_GROUP_LABEL.test(lines[i].text)) group = lines[i].text;
    i++;
  }
  const facts: TableFact[] = [];
  let serial = 1;
  while (i < lines.length && lines[i].text === String(serial) && !isNoise(i)) {
    const cells: MappedText[] = [];
    let j = i + 1;
    while (j < lines.length && lines[j].text !== String(serial + 1) && !isNoise(j) && cells.length < 6) {
      cells.push(lines[j]);
      j++;
    }
    let nextGroup: string | null = null;
    if (cells.length > 4 && TABLE_GROUP_LABEL.test(cells[cells.length - 1].text)) nextGroup = cells.pop()!.text;
    if (cells.length < 3) break;
    facts.push({ fact: renderRow(cells, year), group });
    if (nextGroup) group = nextGroup;
    serial++;
    i = j;
  }
  return { title, year, facts, end: i };
}

function renderRow(cells: MappedText[], year: string | null): MappedText {
  const [name, target, actual, rate, remark] = cells;
  const parts: MappedText[] = [name, literal(TABLE_ROW_WORDS.target, target.offsets[0]), target];
  if (actual) parts.push(literal(`，${year ? `${year}年` : ''}${TABLE_ROW_WORDS.done}`, actual.offsets[0]), actual);
  if (rate) {
    const isRatio = /^[\d.]+%$/.test(rate.text);
    parts.push(literal(isRatio ? TABLE_ROW_WORDS.rate : '，', rate.offsets[0]), rate);
  }
  // The full stop closes the last cell, so the row's source span runs to that cell's end.
  const lastCell = rate ?? actual ?? target;
  parts.push(literal('。', lastCell.offsets[lastCell.offsets.length - 1]));
  if (remark) parts.push(literal(TABLE_ROW_WORDS.remark, remark.offsets[0]), remark);
  return concat(parts);
}
