import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/schema.js';
import { csvCell, FIGURES_CSV_HEADER, figuresCsv } from '../../src/cli/figures-csv.js';

const citation: Answer['citations'][number] = {
  id: 'doc1:12',
  docId: 'doc1',
  title: '2024年钱塘区政府工作报告',
  district: '钱塘区',
  year: 2024,
  period: '2024',
  kind: 'result',
  section: '一、2023年工作回顾',
  paragraph: 3,
  sentence: '地区生产总值增长6.5%，其中"数字经济"核心产业增加值达到1,200亿元，\n增长10.4%。',
  source: 'text',
  score: 1,
};

const answer: Pick<Answer, 'figures' | 'citations'> = {
  citations: [citation],
  figures: [
    {
      indicator: '地区生产总值',
      value: 6.5,
      unit: '%',
      change: { direction: 'up', value: 6.5, unit: '%' },
      kind: 'actual',
      period: '2023',
      district: '钱塘区',
      citationId: 'doc1:12',
    },
    {
      indicator: '=HYPERLINK("x")',
      value: -0.3,
      unit: '个百分点',
      kind: 'target',
      period: '2024',
      district: '钱塘区',
      qualifier: '-左右',
      citationId: 'missing',
    },
  ],
};

/** A small RFC 4180 reader, to check that what we write reads back field for field. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('figuresCsv', () => {
  const csv = figuresCsv(answer);
  const rows = parseCsv(csv);

  it('writes the header and one row per figure, CRLF-terminated', () => {
    expect(rows[0]).toEqual([...FIGURES_CSV_HEADER]);
    expect(rows).toHaveLength(3);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes a sentence with commas, quotes and a line break so that it reads back whole', () => {
    expect(rows[1]).toEqual([
      '地区生产总值',
      '6.5',
      '%',
      'up 6.5%',
      'actual',
      '2023',
      '钱塘区',
      '',
      '2024年钱塘区政府工作报告',
      '一、2023年工作回顾',
      '3',
      citation.sentence,
    ]);
    expect(csv).toContain('"地区生产总值增长6.5%，其中""数字经济""核心产业增加值达到1,200亿元，\n增长10.4%。"');
  });

  it('guards text cells that a spreadsheet would run as a formula, but not numbers', () => {
    expect(rows[2][0]).toBe('\'=HYPERLINK("x")');
    expect(rows[2][7]).toBe("'-左右");
    expect(rows[2][1]).toBe('-0.3');
    // A figure whose citation is not in the answer still gets its row, with the source cells empty.
    expect(rows[2].slice(8)).toEqual(['', '', '', '']);
  });

  it('guards each formula opener', () => {
    for (const start of ['=', '+', '-', '@', '\t']) expect(csvCell(`${start}1`)).toMatch(/^'|^"'/);
    expect(csvCell('1+1')).toBe('1+1');
  });
});
