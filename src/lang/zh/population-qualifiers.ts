/**
 * Whom a figure counts: 城镇 or 农村 residents, or both (城乡). A 分别 list over "城乡居民人均可支配
 * 收入" holds one figure for each; a question about 农民收入 asks the 农村 one, not the other.
 */

/** A pair word and the groups it stands for, in the order a 分别 list gives their values. */
export const PAIRED_QUALIFIERS: ReadonlyArray<{ pair: string; items: readonly string[] }> = [{ pair: '城乡', items: ['城镇', '农村'] }];

/** Each group as a figure's name writes it, the words a question may use for it, how English asks it and names it. */
export const POPULATION_GROUPS: ReadonlyArray<{ word: string; asked: RegExp; english: RegExp; englishWord: string }> = [
  {
    word: '农村',
    // Of residents: "农村公路", "农村危旧桥" are rural things, no group of people.
    asked:
      /农村(?!公路|危旧|道路|桥|电网|供水|污水|户厕|厕所|人居|环境|寄递|物流|电商|学校)|农民|乡村(?!公路|道路|振兴)|村民|\brural\b|\bfarmers?\b|\bvillagers?\b/i,
    // Of residents or their income: "rural residents", "farmers"; a "rural road" is no group.
    english: /\brural (residents?|households?|people|population|incomes?|dwellers?)\b|\bfarmers?\b|\bvillagers?\b/i,
    englishWord: 'rural',
  },
  {
    word: '城镇',
    asked: /城镇|城市居民|城里|\burban\b/i,
    english: /\b(urban|city|town) (residents?|households?|people|dwellers?|incomes?)\b/i,
    englishWord: 'urban',
  },
];

/** A group's English name in an answer ("rural residents"), or the Chinese word when it has none. */
export function groupInEnglish(word: string): string {
  const group = POPULATION_GROUPS.find((g) => g.word === word);
  return group ? `${group.englishWord} residents` : word;
}

/** The names of a 分别 list's items when its subject starts with a pair word, else null. */
export function splitPairedSubject(subject: string, count: number): string[] | null {
  for (const { pair, items } of PAIRED_QUALIFIERS) {
    const at = subject.indexOf(pair);
    if (at < 0 || at > 2 || items.length !== count) continue;
    return items.map((item) => `${subject.slice(0, at)}${item}${subject.slice(at + pair.length)}`);
  }
  return null;
}
