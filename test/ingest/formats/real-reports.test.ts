import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../src/answer/engine.js';
import { pageAt } from '../../../src/ingest/formats/pages.js';
import { loadCorpusAsync } from '../../../src/ingest/load-corpus.js';
import type { IngestedCorpus, IngestedDocument } from '../../../src/ingest/types.js';
import { normalizeForSearch } from '../../../src/lang/zh/normalize.js';

/** Three real 2025 provincial work reports as Word files and as LibreOffice's PDFs of them (see SOURCE.txt). */
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/report-formats');
const REPORTS = [
  { id: '2025年云南省政府工作报告', issuer: '云南省', pages: 34 },
  { id: '2025年吉林省政府工作报告', issuer: '吉林省', pages: 18 },
  { id: '2025年湖南省政府工作报告', issuer: '湖南省', pages: 32 },
] as const;

/** Ten questions a reader of each report might ask. */
const QUESTIONS: Record<string, string[]> = {
  云南省: [
    '云南省2024年地区生产总值是多少？',
    '云南省2024年规模以上工业增加值增长多少？',
    '云南省2024年粮食总产量是多少？',
    '云南省2024年居民人均可支配收入增长多少？',
    '云南省2025年GDP增长目标是多少？',
    '云南省2025年城镇新增就业目标是多少？',
    '云南省2024年社会消费品零售总额增长多少？',
    '云南省2025年产业投资增长目标是多少？',
    '云南省2025年的重点工作有哪些？',
    '云南省2024年地方一般公共预算收入增长多少？',
  ],
  吉林省: [
    '吉林省2024年产业投资增长多少？',
    '吉林省2024年粮食总产量是多少？',
    '吉林省2025年GDP增长目标是多少？',
    '吉林省2025年粮食产量目标是多少？',
    '吉林省2024年一般公共预算收入增长多少？',
    '吉林省2024年空气质量优良天数比例是多少？',
    '吉林省2025年固定资产投资增长目标是多少？',
    '吉林省2025年社会消费品零售总额增长目标是多少？',
    '吉林省2024年新增风光装机多少？',
    '吉林省2025年的重点工作有哪些？',
  ],
  湖南省: [
    '湖南省2024年经济增长多少？',
    '湖南省2024年粮食总产量是多少？',
    '湖南省2025年GDP增长目标是多少？',
    '湖南省2024年社会消费品零售总额增长多少？',
    '湖南省2024年规模工业增加值增长多少？',
    '湖南省2025年规模工业增加值增长目标是多少？',
    '湖南省2025年固定资产投资增长目标是多少？',
    '湖南省2024年地方一般公共预算收入增长多少？',
    '湖南省2025年地方一般公共预算收入增长目标是多少？',
    '湖南省2025年的重点工作有哪些？',
  ],
};

const byId = (corpus: IngestedCorpus, id: string): IngestedDocument => {
  const doc = corpus.documents.find((d) => d.meta.id === id);
  if (!doc) throw new Error(`${id} not ingested`);
  return doc;
};

describe('the six real report files: three Word documents and their PDFs', () => {
  let pdf: IngestedCorpus;
  let docx: IngestedCorpus;
  beforeAll(async () => {
    pdf = await loadCorpusAsync(path.join(FIXTURES, 'pdf'));
    docx = await loadCorpusAsync(path.join(FIXTURES, 'docx'));
  }, 120_000);

  it('ingests every file with its issuer, years and kind, and no warnings', () => {
    expect(pdf.warnings).toEqual([]);
    expect(docx.warnings).toEqual([]);
    for (const corpus of [pdf, docx]) {
      for (const report of REPORTS) {
        expect(byId(corpus, report.id).meta).toMatchObject({
          issuer: report.issuer,
          level: 'province',
          kind: 'government-work-report',
          docYear: 2025,
          reportsOn: 2024,
          plansFor: 2025,
        });
      }
    }
  });

  it.each(REPORTS)('$issuer: the PDF gives the Word document’s section outline and sentences', ({ id }) => {
    const fromPdf = byId(pdf, id);
    const fromWord = byId(docx, id);
    expect(fromPdf.headings.length).toBeGreaterThan(5);
    expect(fromPdf.headings.map((h) => h.path.join(' › '))).toEqual(fromWord.headings.map((h) => h.path.join(' › ')));
    expect(fromPdf.sentences.map((s) => s.norm)).toEqual(fromWord.sentences.map((s) => s.norm));
  });

  it('leaves no space between two Chinese characters and no page number or running line in any sentence', () => {
    const all = [...pdf.documents, ...docx.documents].flatMap((d) => d.sentences);
    expect(all.length).toBeGreaterThan(2000);
    expect(all.filter((s) => /[\u3400-\u9fff]\s+[\u3400-\u9fff]/.test(s.text)).map((s) => s.text)).toEqual([]);
    expect(all.filter((s) => /^[-—\s]*(?:第\s*)?\d{1,3}(?:\s*页)?[-—\s]*$/.test(s.text)).map((s) => s.text)).toEqual([]);
    // A running header would repeat the title inside body sentences.
    for (const doc of pdf.documents)
      expect(doc.sentences.filter((s) => s.text.includes(doc.meta.title) && !s.isHeading).length).toBeLessThanOrEqual(1);
  });

  it.each(REPORTS)('$issuer: every PDF sentence traces to its span and names a page, in reading order', ({ id, pages }) => {
    const doc = byId(pdf, id);
    expect(doc.meta.pageStarts).toHaveLength(pages);
    let lastPage = 1;
    for (const s of doc.sentences) {
      expect(normalizeForSearch(doc.source.slice(s.span.start, s.span.end))).toBe(s.norm);
      const page = pageAt(doc.meta.pageStarts, s.span.start) ?? 0;
      expect(page).toBeGreaterThanOrEqual(lastPage);
      lastPage = page;
    }
    // The report's last words are on its last page.
    const last = doc.sentences[doc.sentences.length - 1];
    expect(pageAt(doc.meta.pageStarts, last.span.end - 1)).toBe(pages);
  });

  it('puts a sentence on the page it is printed on', () => {
    const yunnan = byId(pdf, REPORTS[0].id);
    const gdp = yunnan.sentences.find((s) => s.text.includes('全省完成地区生产总值31534亿元'));
    // The sentence opens on page 1's last line ("…社会大局和谐") and carries on over page 2.
    expect(gdp && pageAt(yunnan.meta.pageStarts, gdp.span.start)).toBe(2);
  });
});

describe('answers from the PDFs are the answers from the Word documents', () => {
  let fromPdf: Engine;
  let fromWord: Engine;
  beforeAll(async () => {
    const open = async (format: 'pdf' | 'docx') => {
      const root = mkdtempSync(path.join(tmpdir(), `report-${format}-`));
      cpSync(path.join(FIXTURES, format), path.join(root, 'corpus'), { recursive: true });
      return Engine.open({ corpusDir: path.join(root, 'corpus'), indexDir: path.join(root, 'index'), log: () => {} });
    };
    fromPdf = await open('pdf');
    fromWord = await open('docx');
  }, 180_000);

  it.each(REPORTS)('$issuer: ten questions cite the same sentences, and PDF citations name pages', async ({ issuer, pages }) => {
    for (const question of QUESTIONS[issuer]) {
      const [a, b] = [await fromPdf.ask(question), await fromWord.ask(question)];
      expect(a.citations.length, question).toBeGreaterThan(0);
      expect(
        a.citations.map((c) => c.sentence),
        question,
      ).toEqual(b.citations.map((c) => c.sentence));
      for (const c of a.citations) expect(c.page, question).toBeGreaterThanOrEqual(1);
      for (const c of a.citations) expect(c.page, question).toBeLessThanOrEqual(pages);
      for (const c of b.citations) expect(c.page).toBeUndefined();
    }
  });
});
