import type { Extraction } from './format-registry.js';

export async function extractPdf(_bytes: Uint8Array, _file: string): Promise<Extraction> {
  return { ok: false, reason: 'PDF extraction not built yet' };
}
