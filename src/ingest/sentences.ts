import { slice, trimMapped, type MappedText } from './mapped-text.js';

const TERMINATORS = new Set(['。', '！', '？', '；', '!', '?', ';']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '"', "'"]);
const OPENERS: Record<string, string> = { '“': '”', '（': '）', '(': ')', '「': '」', '《': '》' };

/**
 * Splits a paragraph on 。！？； and their half-width forms, keeping closing quotes and brackets with
 * the sentence they close. A terminator inside an open quotation whose closing mark follows at once
 * ("…之年。”") stays with its sentence.
 */
export function splitSentences(paragraph: MappedText): MappedText[] {
  const text = paragraph.text;
  const out: MappedText[] = [];
  let start = 0;
  const open: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPENERS[ch]) open.push(OPENERS[ch]);
    else if (open.length && ch === open[open.length - 1]) open.pop();
    if (!TERMINATORS.has(ch)) continue;
    // A terminator inside brackets ("（确保5%以上；含…）") does not end the sentence.
    if (open.some((c) => c === '）' || c === ')')) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.has(text[end])) {
      if (open.length && text[end] === open[open.length - 1]) open.pop();
      end++;
    }
    pushTrimmed(out, slice(paragraph, start, end));
    start = end;
    i = end - 1;
  }
  if (start < text.length) pushTrimmed(out, slice(paragraph, start));
  return out;
}

function pushTrimmed(out: MappedText[], sentence: MappedText): void {
  const trimmed = trimMapped(sentence);
  if (trimmed.text.length > 0 && !/^[\s”’」』）)】》"'。，,、；;]+$/.test(trimmed.text)) out.push(trimmed);
}
