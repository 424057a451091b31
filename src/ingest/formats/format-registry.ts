/**
 * Report formats other than plain text: each file extension names an extractor that turns the file's
 * bytes into the text the ingest pipeline reads (one paragraph or heading a line, blank lines between
 * paragraphs), so cleaning, structure and sentences stay one pipeline for every format. The extracted
 * text is the document's source: sentence spans index into it, and for paged formats `pageStarts`
 * says where each page begins in it, so a citation can name its page.
 *
 * Adding a format is one line in FORMAT_EXTRACTORS (or a `registerFormat` call at start-up).
 */
import { extractDocx } from './docx.js';
import { extractPdf } from './pdf.js';

export type Extraction =
  | {
      ok: true;
      /** The report's text: one paragraph or heading a line; what sentence spans index into. */
      text: string;
      /** Offsets in `text` where pages 1, 2, … begin (ascending), for paged formats. */
      pageStarts?: number[];
      /** Things a reader of the report should know (a table read as text, pages without text). */
      warnings: string[];
    }
  | { ok: false; reason: string };

export type Extractor = (bytes: Uint8Array, file: string) => Promise<Extraction>;

/** Lower-case extension without the dot → extractor. */
const FORMAT_EXTRACTORS = new Map<string, Extractor>([
  ['pdf', extractPdf],
  ['docx', extractDocx],
  ['html', extractWebPage],
  ['htm', extractWebPage],
]);

/** A saved web page: the article's text without the portal's chrome; a page with no article is refused. */
async function extractWebPage(bytes: Uint8Array): Promise<Extraction> {
  // Loaded on the first web page: linkedom and Readability would otherwise load with every corpus.
  const { extractHtml } = await import('./html.js');
  const page = extractHtml(bytes);
  return page.text.trim()
    ? { ok: true, text: page.text, warnings: page.warnings }
    : { ok: false, reason: 'no article text found in the page' };
}

/** Adds (or replaces) the extractor of an extension: `registerFormat('html', extractHtml)`. */
export function registerFormat(extension: string, extractor: Extractor): void {
  FORMAT_EXTRACTORS.set(extension.replace(/^\./, '').toLowerCase(), extractor);
}

/** The extractor for a file name, or null when the file is plain text (or not a report). */
export function extractorFor(file: string): Extractor | null {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  return ext ? (FORMAT_EXTRACTORS.get(ext) ?? null) : null;
}

/** Extensions read through an extractor, for the corpus file list. */
export function extractedExtensions(): string[] {
  return [...FORMAT_EXTRACTORS.keys()];
}
