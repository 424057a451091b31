/** The form search and matching compare: NFKC (full-width → half-width), no whitespace, no Markdown. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').replace(/\*\*/g, '').replace(/\s+/g, '');
}
