/**
 * One regex from a list of words. An entry may itself be a small pattern ("重点(推进|做好|抓好)",
 * "how (many|much)"): lists that need that say so where they are declared.
 */
export function anyOf(words: readonly string[], flags = ''): RegExp {
  return new RegExp(words.join('|'), flags);
}

/** The same list anchored at the end of a text: what stands just before a word. */
export function endsWithAnyOf(words: readonly string[], flags = ''): RegExp {
  return new RegExp(`(${words.join('|')})$`, flags);
}

/** The same list anchored at the start of a text: what stands just after a word. */
export function startsWithAnyOf(words: readonly string[], flags = ''): RegExp {
  return new RegExp(`^(${words.join('|')})`, flags);
}
