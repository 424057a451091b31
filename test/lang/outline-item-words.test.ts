import { describe, expect, it } from 'vitest';
import { outlineItemAsked } from '../../src/lang/zh/outline-item-words.js';

describe('pointing at one item of an outline', () => {
  it('reads Chinese ordinals with their measure words', () => {
    expect(outlineItemAsked('第三条具体说说')).toBe(3);
    expect(outlineItemAsked('第2点展开讲讲')).toBe(2);
    expect(outlineItemAsked('第十二项是什么')).toBe(12);
    expect(outlineItemAsked('那第一部分呢')).toBe(1);
  });

  it("reads the plan's own heading numbers and the last item", () => {
    expect(outlineItemAsked('（二）讲的是什么')).toBe(2);
    expect(outlineItemAsked('(3)呢')).toBe(3);
    expect(outlineItemAsked('最后一条呢')).toBe(-1);
    expect(outlineItemAsked('and the last one?')).toBe(-1);
  });

  it('reads English ordinals and numbered items', () => {
    expect(outlineItemAsked('tell me more about the third one')).toBe(3);
    expect(outlineItemAsked('Second item?')).toBe(2);
    expect(outlineItemAsked('what does item 4 say')).toBe(4);
    expect(outlineItemAsked('#5')).toBe(5);
  });

  it('finds no item in an ordinal without a measure word or in plain questions', () => {
    expect(outlineItemAsked('第三产业增加值多少')).toBeNull();
    expect(outlineItemAsked('钱塘区2025年的工作重点')).toBeNull();
    expect(outlineItemAsked('What was the first-quarter GDP?')).toBeNull();
  });
});
