/** Reads a report file's bytes into text, or says why it cannot be a report. */
export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'utf-16' | 'gb18030' } | { ok: false; reason: string };

export const MAX_REPORT_BYTES = 8 * 1024 * 1024;

export function decodeReport(bytes: Uint8Array, maxBytes = MAX_REPORT_BYTES): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > maxBytes) return { ok: false, reason: `too large (${bytes.length} bytes, limit ${maxBytes})` };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16' };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary content (not a text report)' };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), encoding: 'utf-8' };
  } catch {
    // Chinese government portals still publish GBK/GB18030 text; GB18030 is a superset of GBK.
    const text = new TextDecoder('gb18030').decode(bytes);
    const replaced = (text.match(/\uFFFD/g) ?? []).length;
    if (replaced > text.length * 0.01) return { ok: false, reason: 'neither UTF-8 nor GB18030 text' };
    if (!/[\u4e00-\u9fff]/.test(text)) return { ok: false, reason: 'no Chinese text after decoding' };
    return { ok: true, text, encoding: 'gb18030' };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > sample.length * 0.02;
}
