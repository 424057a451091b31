/**
 * The slot masker on hand-built name lists: which names it masks (two characters or more), how a
 * Latin name is matched (whole words, any case) and a Chinese one (anywhere, as written), and that
 * a name's regular-expression characters are taken literally.
 */
import { describe, expect, it } from 'vitest';
import { SLOT, slotMasker } from '../../src/understand/slot-mask.js';

const P = SLOT.place;

describe('slotMasker: which names', () => {
  it('masks no one-character name, which would mask that character in every word', () => {
    const mask = slotMasker(['甲', '北京']);
    expect(mask('甲乙北京')).toBe(`甲乙${P}`);
  });

  it('with only Chinese names, or only Latin ones, leaves the word "null" alone', () => {
    // Without a pattern for one script the masker must skip it, not replace a stray "null".
    expect(slotMasker(['北京'])('null北京')).toBe(`null${P}`);
    expect(slotMasker(['Hebei'])('null in Hebei')).toBe(`null in ${P}`);
  });
});

describe('slotMasker: Latin names', () => {
  it('matches a Latin name as a whole word in any case, with a possessive', () => {
    const mask = slotMasker(['Hebei']);
    expect(mask("hebei's GDP")).toBe(`${P} GDP`);
    expect(mask('Hebeis')).toBe('Hebeis');
    expect(mask('xHebei')).toBe('xHebei');
  });

  it('reads a name that mixes letters and Chinese as a Chinese name: as written, anywhere', () => {
    // Latin letters then Chinese, and Chinese then Latin letters: neither is a Latin name.
    expect(slotMasker(['Ab北京'])('Ab北京')).toBe(P);
    expect(slotMasker(['Ab北京'])('ab北京')).toBe('ab北京');
    expect(slotMasker(['北京Ab'])('北京Ab')).toBe(P);
    expect(slotMasker(['北京Ab'])('北京ab')).toBe('北京ab');
  });
});

describe('slotMasker: names with pattern characters', () => {
  it('takes a dot in a name literally', () => {
    const mask = slotMasker(['甲.乙']);
    expect(mask('甲.乙')).toBe(P);
    expect(mask('甲丙乙')).toBe('甲丙乙');
  });
});
