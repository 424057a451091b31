/**
 * Compounds that fuse two measures into one word, each a measure of its own in a 分别 list: "存贷款余额分别达
 * 38.7万亿元、29.9万亿元" is 存款余额 38.7 and 贷款余额 29.9. (城乡 and other population pairs are in
 * population-qualifiers.ts; these stand anywhere in the subject.)
 */
export const PAIRED_COMPOUNDS: readonly { compound: string; items: readonly string[] }[] = [
  { compound: '存贷款', items: ['存款', '贷款'] },
  { compound: '进出口', items: ['进口', '出口'] },
  { compound: '中小学', items: ['中学', '小学'] },
  { compound: '产销量', items: ['产量', '销量'] },
];

/** The names of a 分别 list's items when its subject holds one fused compound of `count` measures, else null. */
export function splitCompoundSubject(subject: string, count: number): string[] | null {
  for (const { compound, items } of PAIRED_COMPOUNDS) {
    const at = subject.indexOf(compound);
    if (at < 0 || items.length !== count || subject.indexOf(compound, at + 1) >= 0) continue;
    return items.map((item) => `${subject.slice(0, at)}${item}${subject.slice(at + compound.length)}`);
  }
  return null;
}

/**
 * The words the reports fuse two readings into when both end in the same character: "water supply & drainage"
 * (供水, 排水) is written 供排水, "imports and exports" (进口, 出口) 进出口, "large and medium" (大型, 中型) 大中型. Both
 * orders; the caller keeps those the reports write.
 */
export function fusedPairSpellings(a: string, b: string): string[] {
  // (Two words of two characters ending alike differ in their first.)
  if (a.length !== 2 || b.length !== 2 || a === b || a[1] !== b[1]) return [];
  return [`${a[0]}${b[0]}${a[1]}`, `${b[0]}${a[0]}${a[1]}`];
}
