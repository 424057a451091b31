/**
 * The words an indicator's name is made of, as a sentence may write them apart: "中小学学位" is 中小学 and 学位 ("新建中小学
 * 和幼儿园98所、新增学位8.4万个"). The segmenter gives a name's words beside the character pairs of its runs (中小, 小学, 学学):
 * the parts are the fewest of its tokens that cover the name in order, a character no token covers left out. Without a
 * cover of two tokens or more (a name the segmenter keeps whole), the shortest tokens, as before.
 */
export function nameParts(name: string, tokens: readonly string[]): string[] {
  const words = [...new Set(tokens)].filter((t) => t !== name && t.length > 0);
  const n = name.length;
  // Fewest parts first; a character skipped costs more than any number of parts a name of bounded length can take.
  const SKIP = n + 1;
  const cost = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const step = new Array<string | null>(n + 1).fill(null);
  cost[0] = 0;
  for (let at = 0; at < n; at++) {
    if (cost[at] === Number.POSITIVE_INFINITY) continue;
    if (cost[at] + SKIP < cost[at + 1]) {
      cost[at + 1] = cost[at] + SKIP;
      step[at + 1] = null;
    }
    for (const word of words) {
      if (!name.startsWith(word, at)) continue;
      const to = at + word.length;
      if (cost[at] + 1 < cost[to]) {
        cost[to] = cost[at] + 1;
        step[to] = word;
      }
    }
  }
  const parts: string[] = [];
  for (let at = n; at > 0; ) {
    const word = step[at];
    if (word === null) at -= 1;
    else {
      parts.unshift(word);
      at -= word.length;
    }
  }
  if (parts.length >= 2) return parts;
  return words.filter((t) => !words.some((o) => o !== t && t.includes(o)));
}
