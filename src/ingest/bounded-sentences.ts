import { CLAUSE_BREAKS } from '../lang/zh/punctuation.js';
import { slice, type MappedText } from './mapped-text.js';

/**
 * Longest a sentence may be, in characters. Text without 。！？； (OCR output, table exports,
 * line-broken pages) would otherwise be one "sentence" of the whole report, and every per-sentence
 * pass and every quotation would carry all of it. Above the longest sentence of the real reports
 * (501 characters in corpus/ and test/fixtures/gov-reports), so none of them is cut.
 */
export const MAX_SENTENCE_CHARS = 512;

/** A cut at a clause mark leaves at least this share of the cap before it, or the hard cap is used. */
const MIN_CLAUSE_PIECE = MAX_SENTENCE_CHARS / 4;

const CLAUSE_CODES = new Set([...CLAUSE_BREAKS].map((c) => c.charCodeAt(0)));

/**
 * A sentence as pieces of at most `max` characters, each as long as it can be: cut after the last
 * clause mark (，、：) that keeps the piece within the cap, else at the cap itself, never between the
 * halves of a surrogate pair nor inside a number ("12.5%") when the number starts in the piece's last
 * quarter. Every character stays in one piece with its source offset, so a cited piece still traces
 * back to the report. Linear in the sentence's length.
 */
export function boundSentence(sentence: MappedText, max = MAX_SENTENCE_CHARS): MappedText[] {
  const text = sentence.text;
  if (text.length <= max) return [sentence];
  const pieces: MappedText[] = [];
  const minPiece = Math.min(MIN_CLAUSE_PIECE, Math.floor(max / 4));
  let start = 0;
  while (text.length - start > max) {
    const end = cutPoint(text, start, start + max, minPiece);
    pieces.push(slice(sentence, start, end));
    start = end;
  }
  pieces.push(slice(sentence, start));
  return pieces;
}

/** Where the piece starting at `start` ends, at most at `limit`, always after `start + minPiece`. */
function cutPoint(text: string, start: number, limit: number, minPiece: number): number {
  const floor = start + Math.max(1, minPiece);
  for (let i = limit - 1; i >= floor; i--) if (CLAUSE_CODES.has(text.charCodeAt(i))) return i + 1;
  let end = limit;
  // Back off out of a number, as far as a quarter of the cap.
  const numberFloor = Math.max(floor, limit - minPiece);
  while (end > numberFloor && isNumberChar(text.charCodeAt(end - 1)) && isNumberChar(text.charCodeAt(end))) end--;
  if (end === numberFloor) end = limit;
  if (isLowSurrogate(text.charCodeAt(end))) end--;
  return end;
}

function isNumberChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    code === 0x2e ||
    code === 0x25 ||
    (code >= 0xff10 && code <= 0xff19) ||
    code === 0xff0e ||
    code === 0xff05
  );
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
