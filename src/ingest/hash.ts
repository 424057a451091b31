import { createHash } from 'node:crypto';

/**
 * Short ids shown to people and searched by tools. Hex with "b" swapped for "w": an id must never
 * spell a spam brand the cleaning removes ("…b33…" would read as a leak of "B33体育").
 */
export function shortHash(text: string, length = 10): string {
  return createHash('sha1').update(text).digest('hex').slice(0, length).replace(/b/g, 'w');
}

export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
