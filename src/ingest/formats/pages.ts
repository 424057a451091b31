/** 1-based page of a text offset, given where pages begin; null for unpaged text. */
export function pageAt(pageStarts: readonly number[] | undefined, offset: number): number | null {
  if (!pageStarts?.length) return null;
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pageStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
