import { describe, expect, it } from 'vitest';
import { LIST_ANNOUNCEMENT, TOP_LEVEL_HEADING } from '../../src/lang/zh/heading-shapes.js';
import { PLAN_CUES, PROBLEMS_OPENING, planTransitionPattern, RESULT_CUES } from '../../src/lang/zh/section-kind-words.js';

describe('section-kind words', () => {
  it('tells result headings from plan headings', () => {
    expect(RESULT_CUES.test('一、2024年工作回顾')).toBe(true);
    expect(PLAN_CUES.test('二、2025年主要目标任务')).toBe(true);
    expect(RESULT_CUES.test('二、2025年主要目标任务')).toBe(false);
  });

  it('builds the plan-transition phrases for the plan year', () => {
    const cue = planTransitionPattern('2025');
    expect(cue.test('2025年是“十四五”规划收官之年')).toBe(true);
    expect(cue.test('做好2025年政府工作')).toBe(true);
    expect(cue.test('2024年是极不平凡的一年')).toBe(false);
    expect(planTransitionPattern('\\d{4}').test('2024年经济社会发展主要预期目标是')).toBe(true);
  });

  it('knows a paragraph that turns to problems', () => {
    expect(PROBLEMS_OPENING.test('在肯定成绩的同时，我们也清醒看到')).toBe(true);
    expect(PROBLEMS_OPENING.test('但仍存在不少困难和挑战')).toBe(true);
    expect(PROBLEMS_OPENING.test('全年地区生产总值增长5%')).toBe(false);
  });
});

describe('heading shapes', () => {
  it('knows top-level parts and list announcements', () => {
    expect(TOP_LEVEL_HEADING.test('二〇三五年远景目标')).toBe(true);
    expect(TOP_LEVEL_HEADING.test('主要工作')).toBe(true);
    expect(TOP_LEVEL_HEADING.test('区域地位进一步提高')).toBe(false);
    expect(LIST_ANNOUNCEMENT.test('做到“五个坚持”')).toBe(true);
    expect(LIST_ANNOUNCEMENT.test('三方面')).toBe(true);
  });
});
