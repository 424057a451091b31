/** Helpers for word lists of the language layer. */

/** Word lists are matched longest first, so 控制在 wins over 在. */
export function byLength(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}
