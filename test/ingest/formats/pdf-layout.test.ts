import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdf, NO_TEXT_LAYER } from '../../../src/ingest/formats/pdf.js';
import { closeCjkSpaces, layoutPages, type PdfPageText, type PdfTextRun } from '../../../src/ingest/formats/pdf-layout.js';
import { loadCorpusAsync } from '../../../src/ingest/load-corpus.js';
import { pdfWithoutText } from '../../support/pdf-without-text.js';

const SIZE = 14;
const LEFT = 90;
const RIGHT = 504;

/** A line of one run at a baseline; an indented line starts two characters in. */
function line(str: string, y: number, options: { indent?: boolean; x?: number; size?: number; full?: boolean } = {}): PdfTextRun {
  const size = options.size ?? SIZE;
  const x = options.x ?? (options.indent ? LEFT + 2 * size : LEFT);
  const width = options.full ? RIGHT - x : Math.min(RIGHT - x, [...str].length * size * 0.9);
  return { str, x, y, width, height: size, hasEOL: true };
}

/** A page: a running header, body lines 31 points apart, a page number at the foot. */
function page(n: number, body: PdfTextRun[]): PdfPageText {
  return { runs: [line('2025年某省政府工作报告', 800, { x: 200, size: 9 }), ...body, line(`- ${n} -`, 40, { x: 290, size: 9 })] };
}

describe('the PDF layout pass', () => {
  const pages = [
    page(1, [
      line('一、2024年工作回顾', 700, { indent: true }),
      line('全省完成地区生 产 总 值 31534 亿 元、增', 669, { indent: true, full: true }),
      line('长 3.3%，GDP growth was', 638, { full: true }),
    ]),
    page(2, [line('steady。粮食总产量创历史新高。', 700), line('二、2025年总体要求', 669, { indent: true })]),
    page(3, [line('主要预期目标是：增长5%左右。', 700, { indent: true })]),
  ];
  const layout = layoutPages(pages);
  const paragraphs = layout.text.trim().split('\n\n');

  it('rejoins lines broken by the page width and paragraphs broken by a page, and closes justified spaces', () => {
    expect(paragraphs).toEqual([
      '一、2024年工作回顾',
      '全省完成地区生产总值31534亿元、增长3.3%，GDP growth was steady。粮食总产量创历史新高。',
      '二、2025年总体要求',
      '主要预期目标是：增长5%左右。',
    ]);
  });

  it('drops page numbers and the header repeated on every page', () => {
    expect(layout.text).not.toMatch(/某省|- \d -/);
    expect(layout.droppedLines).toBe(6);
  });

  it('knows where each page begins', () => {
    expect(layout.pageStarts).toHaveLength(3);
    expect(layout.text.slice(layout.pageStarts[1])).toMatch(/^steady。/);
    expect(layout.text.slice(layout.pageStarts[2])).toMatch(/^主要预期目标/);
  });

  it('closes spaces beside Chinese but keeps them between Latin words', () => {
    expect(closeCjkSpaces('地区生 产 总 值 31534 亿 元')).toBe('地区生产总值31534亿元');
    expect(closeCjkSpaces('the Belt and Road 倡议')).toBe('the Belt and Road倡议');
  });
});

describe('a PDF without a text layer', () => {
  it('is refused with a clear reason', async () => {
    expect(await extractPdf(pdfWithoutText(), 'scan.pdf')).toEqual({ ok: false, reason: NO_TEXT_LAYER });
  });

  it('is named in a corpus warning and never indexed as an empty document', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'scanned-'));
    writeFileSync(path.join(dir, '2025年某市政府工作报告.pdf'), pdfWithoutText());
    const corpus = await loadCorpusAsync(dir);
    expect(corpus.documents).toEqual([]);
    expect(corpus.warnings).toEqual([{ file: '2025年某市政府工作报告.pdf', reason: 'no text layer; OCR is not supported' }]);
  });
});
