import { describe, expect, it } from 'vitest';
import { interchangeableWordsIn } from '../../src/lang/zh/interchangeable-words.js';

/** Session 29: the groups of a question's everyday words and the reports' words for the same thing, on hand-built wording. */
describe('the groups of interchangeable words a question holds', () => {
  it('are found by the word written, each group once', () => {
    const found = interchangeableWordsIn('新建和更新群众身边的运动场地');
    expect(found.map((f) => f.written)).toEqual(['运动', '运动场', '运动场地']);
    expect(found[0].group).toContain('体育');
  });

  it('not inside a longer word: "大学生" holds no 大学 (universities), and is its own group', () => {
    const found = interchangeableWordsIn('江苏大学生就业');
    expect(found.map((f) => f.written)).toEqual(['大学生']);
    expect(interchangeableWordsIn('江苏有几所大学生物实验室、几所大学').map((f) => f.written)).toContain('大学');
  });

  it('none in a question without them', () => {
    expect(interchangeableWordsIn('钱塘区2024年GDP是多少')).toEqual([]);
  });
});
