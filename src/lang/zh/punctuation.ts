/**
 * Punctuation of report sentences as figure reading sees it (after full-width forms are made
 * half-width): quote pairs whose contents are names, and the marks that end a clause.
 */

/** Quote pairs: a number inside a short quoted name ("“2+4”体系") is part of the name. */
export const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['《', '》'],
  ['「', '」'],
  ['‘', '’'],
  ['"', '"'],
  ['【', '】'],
];

/** A quoted name is short; a longer "quote" is an unmatched mark swallowing the sentence. */
export const MAX_QUOTED_NAME = 24;

/** Marks that end a clause. */
export const CLAUSE_DELIMITERS: ReadonlySet<string> = new Set([',', ';', '。', '!', '?', ':', '\n', '\r']);

/** Dashes and words that join the two ends of a range: "5%-6%", "3至5个". */
export const RANGE_JOINER = /^\s*(?:-|—|–|~|～|——|至|到)\s*$/;
