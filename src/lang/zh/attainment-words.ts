// Whether a question asks if a target was met is asked by intent-words.ts (ATTAINMENT_WORDS).

/** A target that is a ceiling ("失业率5%以内", "不超过3%"): met at or below it. */
export const CEILING_QUALIFIERS: readonly string[] = ['以内', '以下', '及以下', '之内', '不超过', '不高于', '控制在'];
/** A target given roughly ("5%左右"): a little below it is not plainly a miss, so no verdict of completion is added. */
export const APPROXIMATE_QUALIFIERS: readonly string[] = ['左右', '上下'];

/** How a target bounds its result, by the qualifier written with it. */
export function targetBound(qualifier: string | undefined): 'ceiling' | 'about' | 'floor' {
  const q = qualifier ?? '';
  if (CEILING_QUALIFIERS.some((w) => q.includes(w))) return 'ceiling';
  if (APPROXIMATE_QUALIFIERS.some((w) => q.includes(w))) return 'about';
  return 'floor';
}
