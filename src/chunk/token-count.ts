import { countTokens as countO200kTokens } from 'gpt-tokenizer';

/**
 * Longest run of letters counted in one piece. o200k's pre-tokenizer makes a whole run of letters
 * one "word" and its byte-pair merge is quadratic in a word's length: a 512-character sentence of
 * punctuation-free Chinese cost milliseconds where the real reports' longest run (40 letters) costs
 * microseconds. Longer runs are counted RUN_PIECE letters at a time, which can only add a token at a
 * cut (an over-estimate, safe for a budget); no run of the real reports is that long, so their
 * counts are exact.
 */
const MAX_COUNTED_RUN = 64;
const RUN_PIECE = 16;
const LONG_RUN = new RegExp(`[\\p{L}\\p{M}]{${MAX_COUNTED_RUN + 1},}`, 'gu');

/**
 * Counts of texts seen, by text. A rebuild in a running process (the bot's corpus changed, or a
 * rebuild asked for) counts the same sentences again: about a twentieth of a seed rebuild's time
 * went to counting them. Bounded: emptied when full, which costs only a recount.
 */
const counted = new Map<string, number>();
const COUNTED_LIMIT = 20_000;
/** Sentences are at most 512 characters; a longer text is not kept (nor a megabyte of one as a key). */
const COUNTED_LONGEST = 1024;

/** o200k tokens of the text, counted without building the token array; linear in its length. */
export function countTokens(text: string): number {
  if (text.length > COUNTED_LONGEST) return countUncached(text);
  let tokens = counted.get(text);
  if (tokens === undefined) {
    tokens = countUncached(text);
    if (counted.size >= COUNTED_LIMIT) counted.clear();
    counted.set(text, tokens);
  }
  return tokens;
}

function countUncached(text: string): number {
  LONG_RUN.lastIndex = 0;
  let m = LONG_RUN.exec(text);
  if (!m) return countO200kTokens(text);
  let tokens = 0;
  let last = 0;
  for (; m; m = LONG_RUN.exec(text)) {
    if (m.index > last) tokens += countO200kTokens(text.slice(last, m.index));
    const run = m[0];
    for (let at = 0; at < run.length; at += RUN_PIECE) tokens += countO200kTokens(run.slice(at, at + RUN_PIECE));
    last = m.index + run.length;
  }
  if (last < text.length) tokens += countO200kTokens(text.slice(last));
  return tokens;
}
