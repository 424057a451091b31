import type { Extraction } from './format-registry.js';
import { layoutPages, type PdfPageText, type PdfTextRun } from './pdf-layout.js';

/** Said of a PDF whose pages are images: indexing it would index nothing. */
export const NO_TEXT_LAYER = 'no text layer; OCR is not supported';
/** Fewer visible characters than this a page on average: scanned pages with a stamp or a page number. */
const MIN_CHARS_PER_PAGE = 10;

/**
 * A text PDF read with Mozilla's pdf.js (the legacy build runs in Node; its worker runs in this
 * thread), page by page, then through the layout pass. A PDF without a text layer is refused with
 * a clear reason rather than indexed as empty.
 */
export async function extractPdf(bytes: Uint8Array, _file: string): Promise<Extraction> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js detaches the buffer it is given: it gets a copy, so the caller's bytes (hashed, stored) stay whole.
  const data = new Uint8Array(bytes);
  let document: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    document = await pdfjs.getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (error) {
    return { ok: false, reason: `not a readable PDF (${(error as Error).message})` };
  }
  try {
    const pages: PdfPageText[] = [];
    const emptyPages: number[] = [];
    let visible = 0;
    for (let p = 1; p <= document.numPages; p++) {
      const page = await document.getPage(p);
      const content = await page.getTextContent();
      const runs: PdfTextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        runs.push({
          str: item.str,
          x: item.transform[4],
          y: item.transform[5],
          width: item.width,
          height: item.height,
          hasEOL: item.hasEOL,
        });
      }
      const chars = runs.reduce((n, r) => n + r.str.replace(/\s+/g, '').length, 0);
      if (!chars) emptyPages.push(p);
      visible += chars;
      pages.push({ runs });
      page.cleanup();
    }
    if (visible < MIN_CHARS_PER_PAGE * document.numPages) return { ok: false, reason: NO_TEXT_LAYER };
    const layout = layoutPages(pages);
    const warnings: string[] = [];
    if (emptyPages.length) warnings.push(`pages ${emptyPages.join(', ')}: ${NO_TEXT_LAYER} (those pages are not indexed)`);
    return { ok: true, text: layout.text, pageStarts: layout.pageStarts, warnings };
  } finally {
    await document.destroy();
  }
}
