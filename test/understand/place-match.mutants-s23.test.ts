/**
 * Session 23's generic words blanked before places are looked for (understand/place-match.ts blankNotPlaceWords;
 * stryker.s23.json): the length is kept, so a place written after a generic word is still found where it stands.
 */
import { describe, expect, it } from 'vitest';
import { blankNotPlaceWords } from '../../src/understand/place-match.js';

describe('generic words blanked, the length kept', () => {
  it('blanks 以上城市 and keeps what follows in its place', () => {
    const text = '地级及以上城市中上城区PM2.5浓度';
    const blanked = blankNotPlaceWords(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked).not.toContain('以上城市');
    expect(blanked.indexOf('上城区')).toBe(text.indexOf('上城区'));
    expect(blanked.slice(text.indexOf('中'))).toBe(text.slice(text.indexOf('中')));
  });
});
