import { glossary, placeAliases } from './glossary.js';
import { SearchTokenizer } from './tokenize.js';

/**
 * The words the segmenter must keep whole for a corpus: its place names and the glossary's
 * indicator names, so index and query are cut the same way ("钱塘区", "社会消费品零售总额").
 */
export function searchVocabulary(issuers: readonly string[]): string[] {
  const places = issuers.flatMap((issuer) => placeAliases(issuer)).filter((a) => /[\u4e00-\u9fff]/.test(a));
  return [...places, ...glossary().indicators.flatMap((i) => [i.name, ...i.synonyms])];
}

/** The search tokenizer of a corpus whose documents are issued by `issuers`. */
export function searchTokenizerFor(issuers: readonly string[]): SearchTokenizer {
  return SearchTokenizer.withWords(searchVocabulary(issuers));
}
