/**
 * Words that name one of a set of the same kind: the sectors of the economy, imports and exports. A follow-up naming one
 * ("服务业的呢") after a question that named another ("杭州24年10亿元以上的制造业项目要落地几个") asks the same of it: the
 * earlier question with the one word swapped. A new set is a row here.
 */
export const SIBLING_WORDS: readonly (readonly string[])[] = [
  ['制造业', '服务业', '农业', '建筑业', '工业', '文旅', '商贸'],
  ['出口', '进口'],
  ['一产', '二产', '三产'],
  ['第一产业', '第二产业', '第三产业'],
];

/** The set a word belongs to, or null. */
export function siblingsOf(word: string): readonly string[] | null {
  return SIBLING_WORDS.find((set) => set.includes(word)) ?? null;
}
