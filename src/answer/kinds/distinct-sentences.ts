/** Items with a sentence, each sentence once, where it first stands: several searches' results merged in rank order. */
export function distinctSentences<T extends { sentence: { id: string } }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.sentence.id) && seen.add(item.sentence.id));
}
