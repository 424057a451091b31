/**
 * Sentence ends and sentence bounds on hand-built paragraphs: where a terminator ends a sentence,
 * where it does not (inside parentheses, issue 15's "甲。（乙；丙）丁。"), and how an over-long
 * sentence is cut into pieces that still trace back to the source.
 */
import { describe, expect, it } from 'vitest';
import { boundSentence, MAX_SENTENCE_CHARS } from '../../src/ingest/bounded-sentences.js';
import { fromSource } from '../../src/ingest/mapped-text.js';
import { splitSentences } from '../../src/ingest/sentences.js';

const split = (text: string) => splitSentences(fromSource(text)).map((s) => s.text);
const bound = (text: string, max?: number) => boundSentence(fromSource(text), max).map((s) => s.text);

describe('splitSentences: parentheses', () => {
  it('does not cut inside a parenthesis that opens after a sentence end', () => {
    expect(split('甲。（乙；丙）丁。')).toEqual(['甲。', '（乙；丙）丁。']);
    expect(split('甲。(乙;丙)丁。')).toEqual(['甲。', '(乙;丙)丁。']);
    expect(split('甲（乙。丙）丁。戊。')).toEqual(['甲（乙。丙）丁。', '戊。']);
  });

  it('ends sentences again once the parenthesis is closed', () => {
    expect(split('（乙；丙）丁；戊。')).toEqual(['（乙；丙）丁；', '戊。']);
    expect(split('甲（乙）丙；丁（戊）己；')).toEqual(['甲（乙）丙；', '丁（戊）己；']);
  });

  it('still ends a sentence inside quotation marks, which are not parentheses', () => {
    expect(split('他说“甲。乙。”丙。')).toEqual(['他说“甲。', '乙。”', '丙。']);
    expect(split('《甲；乙》丙。')).toEqual(['《甲；', '乙》丙。']);
  });

  it('holds a sentence end in a parenthesis opened up to 120 characters before, not further', () => {
    const inside = `（${'长'.repeat(118)}。后一句。`; // the 。 is 119 characters after the （
    expect(split(inside)).toEqual([inside]);
    const edge = `（${'长'.repeat(119)}。后一句。`; // exactly 120
    expect(split(edge)).toEqual([edge]);
    const beyond = `（${'长'.repeat(120)}。后一句。`; // 121
    expect(split(beyond)).toEqual([`（${'长'.repeat(120)}。`, '后一句。']);
  });

  it('finds a recent parenthesis under an older quotation mark', () => {
    expect(split('“甲（乙；丙）丁”。戊。')).toEqual(['“甲（乙；丙）丁”。', '戊。']);
    expect(split(`“${'长'.repeat(130)}（乙；丙）丁。戊。`)).toEqual([`“${'长'.repeat(130)}（乙；丙）丁。`, '戊。']);
  });

  it('forgets what a sentence left open once it ends', () => {
    // The “ of the first sentence is never closed; the second sentence's （…） still holds its ；.
    expect(split('甲“乙。丙（丁；戊）己。')).toEqual(['甲“乙。', '丙（丁；戊）己。']);
    // An unclosed （ in the first sentence (closed by its own end marks) does not hold the next.
    expect(split('甲（乙）。丙；丁。')).toEqual(['甲（乙）。', '丙；', '丁。']);
  });

  it('keeps every closing mark after the terminator, and closes what they close', () => {
    expect(split('甲“乙（丙。）”丁。')).toEqual(['甲“乙（丙。）”丁。']);
    expect(split('甲“乙。”」丙。')).toEqual(['甲“乙。”」', '丙。']);
  });
});

describe('splitSentences: pieces', () => {
  it('keeps the text after the last terminator, and nothing when there is none', () => {
    expect(split('甲。乙')).toEqual(['甲。', '乙']);
    expect(split('甲。')).toEqual(['甲。']);
    expect(split('')).toEqual([]);
    expect(split('。')).toEqual([]);
  });

  it('drops a piece of stray marks but keeps one with a word', () => {
    expect(split('甲。；；乙。')).toEqual(['甲。', '乙。']);
    expect(split('甲。、乙。')).toEqual(['甲。', '、乙。']);
  });

  it('cuts an over-long sentence and maps every piece back to the paragraph', () => {
    const long = `前。${'字'.repeat(MAX_SENTENCE_CHARS + 10)}。`;
    const sentences = splitSentences(fromSource(long));
    expect(sentences.map((s) => s.text.length)).toEqual([2, MAX_SENTENCE_CHARS, 11]);
    expect(sentences.map((s) => s.offsets[0])).toEqual([0, 2, 2 + MAX_SENTENCE_CHARS]);
  });
});

describe('boundSentence', () => {
  it('leaves a sentence within the cap whole, the cap included', () => {
    expect(bound('字'.repeat(20), 20)).toEqual(['字'.repeat(20)]);
    expect(bound('字'.repeat(21), 20)).toEqual(['字'.repeat(20), '字']);
  });

  it('cuts after the last clause mark within the cap', () => {
    const text = `${'甲'.repeat(8)}，${'乙'.repeat(6)}、${'丙'.repeat(10)}`;
    expect(bound(text, 20)).toEqual([`${'甲'.repeat(8)}，${'乙'.repeat(6)}、`, '丙'.repeat(10)]);
    expect(bound(`${'甲'.repeat(8)}：${'乙'.repeat(15)}`, 20)).toEqual([`${'甲'.repeat(8)}：`, '乙'.repeat(15)]);
    expect(bound(`${'甲'.repeat(8)},${'乙'.repeat(15)}`, 20)).toEqual([`${'甲'.repeat(8)},`, '乙'.repeat(15)]);
  });

  it('cuts at the cap when the only clause mark would leave a piece under a quarter of it', () => {
    // max 20: a piece must keep more than 5 characters; a mark after 3 is too early.
    expect(bound(`甲甲，${'乙'.repeat(30)}`, 20)).toEqual([`甲甲，${'乙'.repeat(17)}`, '乙'.repeat(13)]);
    // A mark right after the floor (6 characters) is used.
    expect(bound(`${'甲'.repeat(5)}，${'乙'.repeat(30)}`, 20)).toEqual([`${'甲'.repeat(5)}，`, '乙'.repeat(20), '乙'.repeat(10)]);
  });

  it('cuts a sentence of many caps into as many pieces, every character kept in order', () => {
    const text = '字'.repeat(65);
    const pieces = boundSentence(fromSource(text), 20);
    expect(pieces.map((p) => p.text.length)).toEqual([20, 20, 20, 5]);
    expect(pieces.map((p) => p.offsets[0])).toEqual([0, 20, 40, 60]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('does not cut inside a number that starts in the last quarter of the piece', () => {
    // max 20, a number from character 16: the piece ends before it.
    const text = `${'字'.repeat(16)}12.5%${'字'.repeat(10)}`;
    expect(bound(text, 20)).toEqual(['字'.repeat(16), `12.5%${'字'.repeat(10)}`]);
    const fullWidth = `${'字'.repeat(17)}１２．５％${'字'.repeat(10)}`;
    expect(bound(fullWidth, 20)).toEqual(['字'.repeat(17), `１２．５％${'字'.repeat(10)}`]);
  });

  it('cuts a number at the cap when it is longer than a quarter of the piece', () => {
    const text = `${'字'.repeat(10)}${'1'.repeat(20)}`;
    expect(bound(text, 20)).toEqual([`${'字'.repeat(10)}${'1'.repeat(10)}`, '1'.repeat(10)]);
  });

  it('cuts beside a number that ends at the cap', () => {
    expect(bound(`${'字'.repeat(18)}12字${'字'.repeat(5)}`, 20)).toEqual([`${'字'.repeat(18)}12`, `字${'字'.repeat(5)}`]);
    expect(bound(`${'字'.repeat(19)}1${'字'.repeat(5)}`, 20)).toEqual([`${'字'.repeat(19)}1`, '字'.repeat(5)]);
    expect(bound(`${'字'.repeat(20)}12${'字'.repeat(5)}`, 20)).toEqual(['字'.repeat(20), `12${'字'.repeat(5)}`]);
  });

  it('counts 0 to 9, full-width digits, points and percent signs as a number, and nothing else', () => {
    // A number across the cap (characters 19 and 20 of max 20) moves the cut before it.
    for (const number of ['10', '19', '90', '０１', '９９', '1％', '1.', '1%', '１．']) {
      expect(bound(`${'字'.repeat(19)}${number}${'字'.repeat(5)}`, 20), number).toEqual(['字'.repeat(19), `${number}${'字'.repeat(5)}`]);
    }
    // Signs, spaces and words are not part of a number: the cut stays at the cap.
    for (const other of ['-5', ' 5', '+5', '5-', '/5', '字5', '5字', '5/', '5:', '１Ａ', '５）']) {
      expect(bound(`${'字'.repeat(19)}${other}${'字'.repeat(5)}`, 20), other).toEqual([
        `${'字'.repeat(19)}${other[0]}`,
        `${other.slice(1)}${'字'.repeat(5)}`,
      ]);
    }
  });

  it('ends a piece exactly at the cap when the rest is exactly one more cap', () => {
    expect(bound('字'.repeat(40), 20)).toEqual(['字'.repeat(20), '字'.repeat(20)]);
    expect(bound(`${'字'.repeat(10)}，${'字'.repeat(9)}`, 20)).toEqual([`${'字'.repeat(10)}，${'字'.repeat(9)}`]);
  });

  it('looks for a clause mark only inside the cap', () => {
    // The mark at character 21 would make a 21-character piece.
    expect(bound(`${'字'.repeat(20)}，${'字'.repeat(10)}`, 20)).toEqual(['字'.repeat(20), `，${'字'.repeat(10)}`]);
    expect(bound(`${'字'.repeat(19)}，${'字'.repeat(10)}`, 20)).toEqual([`${'字'.repeat(19)}，`, '字'.repeat(10)]);
  });

  it('does not split a surrogate pair at the cap', () => {
    const text = `${'字'.repeat(19)}𠀀${'字'.repeat(5)}`; // 𠀀 is two UTF-16 units at 19 and 20
    expect(bound(text, 20)).toEqual(['字'.repeat(19), `𠀀${'字'.repeat(5)}`]);
    const highest = `${'字'.repeat(19)}\u{10FFFF}${'字'.repeat(5)}`; // low surrogate 0xDFFF
    expect(bound(highest, 20)).toEqual(['字'.repeat(19), `\u{10FFFF}${'字'.repeat(5)}`]);
    const lowest = `${'字'.repeat(19)}\u{10000}${'字'.repeat(5)}`; // low surrogate 0xDC00
    expect(bound(lowest, 20)).toEqual(['字'.repeat(19), `\u{10000}${'字'.repeat(5)}`]);
    // A character just below the low surrogates (U+DBFF alone) is not held back.
    expect(bound(`${'字'.repeat(20)}\uDBFF${'字'.repeat(5)}`, 20)[0]).toBe('字'.repeat(20));
  });

  it('caps the real reports at 512 characters', () => {
    expect(MAX_SENTENCE_CHARS).toBe(512);
    expect(bound('字'.repeat(512))).toHaveLength(1);
    // The default clause floor is a quarter of the cap (128): a mark after 100 characters is not used.
    const text = `${'甲'.repeat(100)}，${'乙'.repeat(500)}`;
    expect(bound(text).map((p) => p.length)).toEqual([512, 89]);
    const later = `${'甲'.repeat(200)}，${'乙'.repeat(500)}`;
    expect(bound(later).map((p) => p.length)).toEqual([201, 500]);
  });
});
