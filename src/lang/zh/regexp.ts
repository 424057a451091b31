/** Escapes a word so it matches itself inside a regular expression. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** An alternation of words, each escaped, in the given order: ["体育", "娱乐"] → "体育|娱乐". */
export function alternation(words: readonly string[]): string {
  return words.map(escapeRegExp).join('|');
}
