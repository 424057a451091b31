/**
 * Units a report writes around the number ("PM2.5平均浓度为每立方米20微克"): read as the unit
 * written after it ("20微克/立方米"). Each rewrite keeps the text's length, so positions in the
 * sentence still hold: `before` + `after` is exactly as long as `unit`.
 */
export const WRAPPED_UNITS: ReadonlyArray<{ before: string; after: string; unit: string }> = [
  { before: '每立方米', after: '微克', unit: '微克/立方米' },
];

/** The sentence with every wrapped unit written after its number, the same length as before. */
export function unwrapUnits(text: string): string {
  let out = text;
  for (const { before, after, unit } of WRAPPED_UNITS) {
    if (before.length + after.length !== unit.length) continue;
    out = out.replace(new RegExp(`${before}(\\d+(?:\\.\\d+)?)${after}`, 'g'), (_m, n: string) => `${n}${unit}`);
  }
  return out;
}
