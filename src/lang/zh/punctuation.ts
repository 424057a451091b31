/**
 * Chinese punctuation. For ingestion: what ends a sentence, what closes or opens a quotation
 * or bracket, and the marks and particles that tell a broken line from a paragraph's end.
 */

/** Marks that end a sentence, full-width and half-width: 。！？； !?;. */
export const SENTENCE_TERMINATORS = '。！？；!?;';
/** Closing quotes and brackets that stay with the sentence they close: "…之年。”". */
export const CLOSING_MARKS = '”’」』）)】》"\'';
/** Opening quotes and brackets, each with its closer at the same position in QUOTE_CLOSERS. */
export const QUOTE_OPENERS = '“（(「《';
export const QUOTE_CLOSERS = '”）)」》';
/** Round brackets: a terminator inside them ("（确保5%以上；含…）") ends nothing. */
export const ROUND_CLOSERS = '）)';
/** A "sentence" of nothing but these is a stray mark, not a sentence. */
export const STRAY_MARKS = /^[\s”’」』）)】》"'。，,、；;]+$/;

/** A line that ends a sentence, possibly inside closing quotes: "…之年。”". */
export const ENDS_SENTENCE = /[。！？!?…][”’」』）)]*$/;

/** Characters that close or continue a sentence and so never open a paragraph; "是：" and "为：" lead into a list. */
export const CONTINUES_LINE = /^(?:[，。、；：？！）》」』】”’,.;:?!)%％]|[是为][：:])/;
/** A line ending on a structural particle stops inside a phrase ("今年经济社会发展的" / "主要预期目标"). */
export const DANGLING_PARTICLE = /[的之]$/;
/** Bracket pairs a line may leave open when the page broke it. */
export const BRACKET_PAIRS: ReadonlyArray<[string, string]> = [
  ['（', '）'],
  ['(', ')'],
  ['《', '》'],
  ['“', '”'],
  ['【', '】'],
];
/** A line that ends with punctuation was ended there, not cut. */
export const ENDS_WITH_PUNCTUATION = /[。！？；：，、…!?;:,”’」』）)】》—]$/;
/** A line that ends with a colon introduces what follows. */
export const ENDS_WITH_COLON = /[：:]$/;

/* For figure reading (after full-width forms are made half-width): quote pairs whose contents are
 * names, and the marks that end a clause. */

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

/** The text up to its first clause mark (all of it when there is none). */
export function firstClauseOf(text: string): string {
  for (let i = 0; i < text.length; i++) if (CLAUSE_DELIMITERS.has(text[i] ?? '')) return text.slice(0, i);
  return text;
}

/** Dashes and words that join the two ends of a range: "5%-6%", "3至5个". */
export const RANGE_JOINER = /^\s*(?:-|—|–|~|～|——|至|到)\s*$/;

/** Marks inside a sentence where an over-long one may be cut: the comma, the enumeration comma, the colon. */
export const CLAUSE_BREAKS = '，、：,:';

/** A parenthesis closing a name: "散居孤儿（含艾滋病病毒感染儿童）". */
export const TRAILING_PARENTHESIS = /[(（][^()（）]*[)）]$/;
