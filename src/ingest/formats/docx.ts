import type { Extraction } from './format-registry.js';
import { decodeEntities, htmlBlocks } from './docx-html.js';

/**
 * A Word report read from the document's own structure: mammoth turns its paragraphs, headings
 * (Heading 1–6 styles), list items and tables into HTML elements, and each element becomes one
 * paragraph of the text the pipeline reads. Tables keep their cells: an indicator table (序号, 指标名称,
 * …) is written one cell a line, the flattened layout the table reader rebuilds rows from; any
 * other table gives a line per row.
 */
export async function extractDocx(bytes: Uint8Array, _file: string): Promise<Extraction> {
  let html: string;
  let messages: Array<{ type: string; message: string }>;
  // Loaded on first use: most corpora hold no Word file.
  const { default: mammoth } = await import('mammoth');
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    html = result.value;
    messages = result.messages;
  } catch (error) {
    return { ok: false, reason: `not a readable Word document (${(error as Error).message})` };
  }
  const paragraphs: string[] = [];
  for (const block of htmlBlocks(html)) {
    if (block.kind === 'text') {
      const text = decodeEntities(block.html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, '')).trim();
      if (text) paragraphs.push(text);
      continue;
    }
    const rows = block.rows.map((row) => row.map((cell) => cell.replace(/\s+/g, ' ').trim()));
    if (rows.length && /^序\s*号$/.test(rows[0][0] ?? '')) {
      // The flattened-table reader expects one cell a line from 序号 to the last row's last cell.
      paragraphs.push(rows.flatMap((r) => r.filter((c) => c !== '')).join('\n'));
    } else {
      for (const row of rows) {
        const cells = row.filter((c) => c !== '');
        if (cells.length) paragraphs.push(cells.join('，'));
      }
    }
  }
  if (!paragraphs.length) return { ok: false, reason: 'no text in the Word document' };
  const warnings = messages.filter((m) => m.type === 'error').map((m) => `Word: ${m.message}`);
  return { ok: true, text: `${paragraphs.join('\n\n')}\n`, warnings };
}
