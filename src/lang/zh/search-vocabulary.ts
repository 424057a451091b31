import { glossary, placeAliases } from './glossary.js';
import { addUserWords } from './tokenize.js';

/**
 * Teaches the segmenter the corpus's place names and the glossary's indicator names, so index and
 * query are cut the same way ("钱塘区", "社会消费品零售总额" stay whole). Call before tokenizing.
 */
export function prepareSearchVocabulary(issuers: readonly string[]): void {
  const places = issuers.flatMap((issuer) => placeAliases(issuer)).filter((a) => /[\u4e00-\u9fff]/.test(a));
  addUserWords([...places, ...glossary().indicators.flatMap((i) => [i.name, ...i.synonyms])]);
}
