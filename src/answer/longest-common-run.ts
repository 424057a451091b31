/** Marks a text is cut at so that no shared run crosses them (a place, a year, a generic word taken out). */
export const RUN_BREAK = '\u0000';

/** The longest substring of both `a` and `b` that crosses no RUN_BREAK (the first found when several are as long). */
export function longestCommonRun(a: string, b: string): string {
  let best = '';
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k] && a[i + k] !== RUN_BREAK) k++;
      if (k > best.length) best = a.slice(i, i + k);
    }
  }
  return best;
}
