import type { Extraction } from './format-registry.js';

export async function extractDocx(_bytes: Uint8Array, _file: string): Promise<Extraction> {
  return { ok: false, reason: 'Word extraction not built yet' };
}
