import { describe, expect, it } from 'vitest';
import { asksMainTargets, LIST_GOES_ON, MAIN_TARGETS_OPENING, OPENS_LIST } from '../../src/lang/zh/main-target-words.js';

/**
 * The words of a plan's main-targets list, on hand-built questions and sentences (no index): each
 * condition of `asksMainTargets` on its own. Written for the mutation run of
 * `src/lang/zh/main-target-words.ts` (issue #15); the corpus cases are in test/answer/main-targets.test.ts.
 */
describe('asksMainTargets, one condition at a time', () => {
  it('needs a targets word', () => {
    expect(asksMainTargets('广东2026年有啥目标', ['广东'])).toBe(true);
    expect(asksMainTargets('北京今年的预期指标', ['北京'])).toBe(true);
    expect(asksMainTargets('What are Zhejiang’s goals for 2026?', ['zhejiang'])).toBe(true);
    expect(asksMainTargets('广东2026年GDP是多少')).toBe(false);
    expect(asksMainTargets('What was Zhejiang’s GDP in 2026?')).toBe(false);
  });

  it('asks the targets in general only: a place not set aside, or any other word, asks one target', () => {
    expect(asksMainTargets('广东2026年有啥目标')).toBe(false);
    expect(asksMainTargets('广东2026年研发目标', ['广东'])).toBe(false);
    expect(asksMainTargets('广东省2026年主要目标', ['广东', '广东省'])).toBe(true);
  });

  it('refuses a question whether a target was met', () => {
    expect(asksMainTargets('上海去年的目标完成了吗')).toBe(false);
    expect(asksMainTargets('Did Jiangsu achieve its targets?')).toBe(false);
  });

  it('refuses a question that asks the plan’s tasks with its targets (the outline answers it)', () => {
    expect(asksMainTargets('钱塘区2025年的目标任务')).toBe(false);
    expect(asksMainTargets('What are Jiangsu’s targets and priorities?')).toBe(false);
  });
});

describe('the main-targets list’s sentences', () => {
  it('opens on "主要（预期）目标（建议）（是|为）：" or on a heading that ends on the words', () => {
    expect(MAIN_TARGETS_OPENING.test('今年发展主要预期目标是:国内生产总值增长5%左右;')).toBe(true);
    expect(MAIN_TARGETS_OPENING.test('主要预期目标建议为:')).toBe(true);
    expect(MAIN_TARGETS_OPENING.test('主要目标:')).toBe(true);
    expect(MAIN_TARGETS_OPENING.test('2021年全区经济社会发展主要预期目标')).toBe(true);
    expect(MAIN_TARGETS_OPENING.test('二、2025年主要预期目标和任务')).toBe(true);
    expect(MAIN_TARGETS_OPENING.test('主要预期目标基本完成。')).toBe(false);
    expect(MAIN_TARGETS_OPENING.test('主要目标任务')).toBe(false);
  });

  it('goes on after a semicolon, and opens after a colon, at the sentence’s end only', () => {
    expect(LIST_GOES_ON.test('城镇新增就业110万人以上；')).toBe(true);
    expect(LIST_GOES_ON.test('城镇新增就业110万人以上;')).toBe(true);
    expect(LIST_GOES_ON.test('其中；城镇新增就业110万人。')).toBe(false);
    expect(OPENS_LIST.test('主要目标建议为：')).toBe(true);
    expect(OPENS_LIST.test('主要目标建议为:')).toBe(true);
    expect(OPENS_LIST.test('主要目标为：增长5%。')).toBe(false);
  });
});
