/**
 * Session 20's English evidence check under mutation (docs/mutation-survivors.md, "Session 20, the session's changes"):
 * a wording written with its characters apart, on hand-built text.
 */
import { describe, expect, it } from 'vitest';
import { writes } from '../../src/retrieve/english-topic-coverage.js';

describe('a wording written with its characters apart', () => {
  it('allows one character between the two of a short wording, and two in all in a longer one', () => {
    expect(writes('高x铁', '高铁')).toBe(true);
    expect(writes('高xx铁', '高铁')).toBe(false);
    expect(writes('通x用x机场', '通用机场')).toBe(true);
    expect(writes('通xx用机场', '通用机场')).toBe(true);
    expect(writes('通x用x机x场', '通用机场')).toBe(false);
    expect(writes('通xxx用机场', '通用机场')).toBe(false);
    expect(writes('通用机x场', '通用机场')).toBe(true);
    expect(writes('博士x硕士学位', '博士学位')).toBe(false);
    expect(writes('博士硕士学位', '博士学位')).toBe(true);
  });

  it('tries every place its first character is written', () => {
    expect(writes('高速发展，高x铁', '高铁')).toBe(true);
    expect(writes('高速高铁', '高铁')).toBe(true);
  });

  it('is written whole only, when one character long, five long, or not all Chinese', () => {
    expect(writes('高速', '高')).toBe(true);
    expect(writes('低速', '高')).toBe(false);
    expect(writes('人均可x支配', '人均可支配')).toBe(false);
    expect(writes('人均可支配', '人均可支配')).toBe(true);
    expect(writes('5xG网', '5G网')).toBe(false);
    expect(writes('G网x络', 'G网络')).toBe(false);
    expect(writes('', '高铁')).toBe(false);
  });
});

describe('after the first run', () => {
  it('stops when the wording’s characters are all found, and never looks back', () => {
    expect(writes('高x铁undefined', '高铁')).toBe(true);
    expect(writes('铁高', '高铁')).toBe(false);
  });
});
