/** Helpers for word lists of the language layer. */

/** Word lists are matched longest first, so 控制在 wins over 在. */
export function byLength(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}

/** A regex alternation of words, in the order given. */
export function alternation(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
