/**
 * Text that remembers, for every character, where it came from in the source file. Cleaning is a
 * chain of edits on a MappedText, so a cited sentence can always be traced back to the report as
 * printed (the offset map the citations rely on).
 */
export interface MappedText {
  readonly text: string;
  /** offsets[i] is the source index of text[i]. */
  readonly offsets: readonly number[];
}

export function fromSource(source: string, start = 0): MappedText {
  const offsets = new Array<number>(source.length);
  for (let i = 0; i < source.length; i++) offsets[i] = start + i;
  return { text: source, offsets };
}

export function slice(mapped: MappedText, start: number, end = mapped.text.length): MappedText {
  return { text: mapped.text.slice(start, end), offsets: mapped.offsets.slice(start, end) };
}

export function concat(parts: readonly MappedText[]): MappedText {
  let length = 0;
  for (const p of parts) length += p.offsets.length;
  // One array filled in place: flatMap over a paragraph of 50 000 lines was most of its ingest time.
  const offsets = new Array<number>(length);
  let at = 0;
  for (const p of parts) for (let i = 0; i < p.offsets.length; i++) offsets[at++] = p.offsets[i];
  return { text: parts.map((p) => p.text).join(''), offsets };
}

/** Source span [start, end) covered by the mapped text; end is one past the last source char. */
export function sourceSpan(mapped: MappedText): { start: number; end: number } {
  if (mapped.offsets.length === 0) return { start: 0, end: 0 };
  return { start: mapped.offsets[0], end: mapped.offsets[mapped.offsets.length - 1] + 1 };
}

/**
 * Regex replacement that keeps the map. Each replacement character is mapped to the matching
 * character of the matched text when it is a subsequence of it (deletions such as OCR spaces or
 * Markdown marks stay exact), one to one when lengths agree (width folding), and to the start of
 * the match otherwise.
 */
export function replaceMapped(mapped: MappedText, pattern: RegExp, replacement: string | ((match: RegExpExecArray) => string)): MappedText {
  if (!pattern.global) throw new Error('replaceMapped needs a global regex');
  pattern.lastIndex = 0;
  let m = pattern.exec(mapped.text);
  // Most lines match none of the cleaning rules: they keep their text and map untouched.
  if (!m) return mapped;
  const text: string[] = [];
  const offsets: number[] = [];
  let last = 0;
  for (; m; m = pattern.exec(mapped.text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    text.push(mapped.text.slice(last, m.index));
    for (let i = last; i < m.index; i++) offsets.push(mapped.offsets[i]);
    const out = typeof replacement === 'string' ? expandGroups(replacement, m) : replacement(m);
    const matchOffsets = mapped.offsets.slice(m.index, m.index + m[0].length);
    const mappedOut = alignReplacement(m[0], out, matchOffsets);
    text.push(out);
    for (let i = 0; i < out.length; i++) offsets.push(mappedOut[i]);
    last = m.index + m[0].length;
  }
  if (last === 0) return mapped;
  text.push(mapped.text.slice(last));
  for (let i = last; i < mapped.text.length; i++) offsets.push(mapped.offsets[i]);
  return { text: text.join(''), offsets };
}

function expandGroups(template: string, m: RegExpExecArray): string {
  return template.replace(/\$(\d)/g, (_, d: string) => m[Number(d)] ?? '');
}

function alignReplacement(matched: string, out: string, matchOffsets: readonly number[]): number[] {
  if (out.length === matched.length) return [...matchOffsets];
  const result: number[] = [];
  let j = 0;
  for (let i = 0; i < out.length; i++) {
    let k = j;
    while (k < matched.length && matched[k] !== out[i]) k++;
    if (k < matched.length) {
      result.push(matchOffsets[k]);
      j = k + 1;
    } else {
      result.push(matchOffsets[Math.min(j, matchOffsets.length - 1)] ?? 0);
    }
  }
  return result;
}

export function trimMapped(mapped: MappedText): MappedText {
  const start = mapped.text.length - mapped.text.trimStart().length;
  const end = mapped.text.trimEnd().length;
  if (start === 0 && end === mapped.text.length) return mapped;
  return slice(mapped, start, Math.max(start, end));
}
