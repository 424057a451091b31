import type { AnswerTools } from './answer-tools.js';

/** Sentences scanned for a year are bounded by the corpus; a question names at most this many years. */
const MAX_YEARS_CHECKED = 4;

/**
 * The years of `years` that no report of the places writes at all ("比2015年呢" of 浙江, whose reports begin
 * in 2020): a comparison or follow-up naming one is refused for it, never answered with another year. With no
 * place, the whole corpus is read.
 */
export function yearsNotWritten(tools: AnswerTools, places: readonly string[], years: readonly number[]): number[] {
  const { retriever } = tools;
  const pending = new Set(years.slice(0, MAX_YEARS_CHECKED));
  for (const s of retriever.corpus.sentences) {
    if (!pending.size) break;
    if (places.length && !places.includes(retriever.issuerOf(s.docId))) continue;
    for (const y of pending) if (s.text.includes(String(y))) pending.delete(y);
  }
  return [...pending];
}
