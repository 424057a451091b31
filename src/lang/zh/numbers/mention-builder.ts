import type { NumberMention, NumberMentionKind } from './mention.js';
import { scriptOf } from './read-numeral.js';
import type { Token } from './tokens.js';

/** The text being scanned: its tokens, the half-width text `s` they were read from, the original `o`. */
export interface ScanText {
  tokens: readonly Token[];
  s: string;
  o: string;
}

/** A mention read at a token and the token to go on from; a null mention skips words that are no amount. */
export interface Built {
  mention: NumberMention | null;
  next: number;
}

/** Makes mentions over a scanned text from token ranges; the original text gives their slices. */
export function mentionMaker({ tokens, s, o }: ScanText) {
  return (
    startTok: number,
    endTok: number,
    kind: NumberMentionKind,
    value: number,
    numeral: readonly Token[],
    extra: Partial<NumberMention> = {},
  ): NumberMention => {
    const start = tokens[startTok].start;
    const end = tokens[endTok - 1].end;
    const prev = s.slice(Math.max(0, start - 2), start).replace(/\s/g, '');
    return {
      start,
      end,
      text: o.slice(start, end),
      kind,
      value,
      written: value,
      magnitude: '',
      script: scriptOf(numeral),
      ordinal: prev.endsWith('第'),
      ...extra,
    };
  };
}
