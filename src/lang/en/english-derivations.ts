/**
 * The base words an English noun or adjective is derived from, by its ending: the dictionary files
 * "消费" under "consume", not "consumption"; "投资" under "invest", not "investment". A question's word
 * is read with its bases' Chinese too, the reports' own wording most written first. Each rule is an
 * ending and what replaces it; a word takes every rule that fits.
 */
const DERIVATION_RULES: readonly (readonly [RegExp, string])[] = [
  [/mption$/, 'me'], // consumption → consume, assumption → assume
  [/ural$/, 'ure'], // agricultural → agriculture, cultural → culture
  [/ation$/, 'ate'], // innovation → innovate, cooperation → cooperate
  [/ation$/, ''], // transformation → transform, exploration → explore (below)
  [/ation$/, 'e'], // exploration → explore
  [/ction$/, 'ct'], // production → product, construction → construct
  [/ction$/, 'ce'], // production → produce, reduction → reduce
  [/sion$/, 'd'], // expansion → expand, extension → extend
  [/ment$/, ''], // investment → invest, employment → employ
  [/ance$|ence$/, ''], // performance → perform
  [/ity$/, 'e'], // security → secure
  [/ity$/, ''], // productivity → productiv (no key), stability → stabil (none): harmless misses
  [/ing$/, ''], // manufacturing → manufactur (none), building → build
  [/ing$/, 'e'], // manufacturing → manufacture
  [/ers?$/, ''], // exporter → export
  [/ors?$/, ''], // investor → invest
  [/ers?$/, 'e'], // producer → produce
];

/** The candidate base words of a derived word, most specific rule first; none for a short word. */
export function derivationBases(word: string): string[] {
  if (word.length < 6) return [];
  const bases: string[] = [];
  for (const [ending, replacement] of DERIVATION_RULES) {
    if (!ending.test(word)) continue;
    const base = word.replace(ending, replacement);
    if (base.length >= 3 && base !== word && !bases.includes(base)) bases.push(base);
  }
  return bases;
}
