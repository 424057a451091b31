/** Rounds away binary noise (0.1 + 0.2) to 15 significant digits; integers stay as they are. */
export function roundSignificant(x: number): number {
  return Number.isInteger(x) ? x : Number(x.toPrecision(15));
}
