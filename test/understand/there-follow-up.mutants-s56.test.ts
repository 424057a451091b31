import { describe, expect, it } from 'vitest';
import { pointsBack } from '../../src/lang/zh/follow-up-words.js';
import { resolveYears } from '../../src/lang/zh/relative-years.js';
import { nameParts } from '../../src/retrieve/name-parts.js';
import { readInConversation } from '../../src/understand/conversation.js';
import { asked } from '../support/hand-built-query.js';

/** Session 56's survivors: "X那边" in a conversation, "the N years to YYYY", the parts of a name written apart. */

const today = new Date('2026-12-07');

describe('"X那边" read in its conversation', () => {
  const earlier = asked('新增了多少名国家级非遗代表性传承人', { places: ['广东省'], years: [2025], wantsQuantity: true });

  it('after a place the question names, it asks the earlier subject there: the earlier words are searched', () => {
    const out = readInConversation(asked('浙江那边新增了多少名', { places: ['浙江省'], wantsQuantity: true }), earlier);
    expect(out.places).toEqual(['浙江省']);
    expect(out.searchText).toContain('国家级非遗代表性传承人');
  });

  it('after a subject of its own, it asks that subject: the earlier words are not searched', () => {
    const out = readInConversation(asked('促消费那边 系列活动全年打算办几场次', { wantsQuantity: true, intent: 'plan' }), earlier);
    expect(out.searchText).not.toContain('非遗');
    expect(out.places).toEqual(['广东省']);
  });

  it('a place named before a subject of its own ("浙江促消费那边") is no place pointed at', () => {
    expect(pointsBack('浙江促消费那边 系列活动几场', ['浙江省', '浙江'])).toBe(false);
  });

  it('an empty place name points at nothing', () => {
    expect(pointsBack('促消费那边 系列活动几场', [''])).toBe(false);
  });
});

describe('"the N years to YYYY": two to thirty years', () => {
  it('"2 years to 2022" is 2021–2022, "30 years to 2022" 1993–2022, both years asked', () => {
    const two = resolveYears('2 years to 2022', { today });
    expect(two.span).toEqual({ from: 2021, to: 2022 });
    expect(two.years).toEqual([2021, 2022]);
    const thirty = resolveYears('30 years to 2022', { today });
    expect(thirty.span).toEqual({ from: 1993, to: 2022 });
    expect(thirty.years).toEqual([1993, 2022]);
  });

  it('"1 year to 2022" and "40 years to 2022" are no span: 2022 is read alone', () => {
    for (const text of ['1 year to 2022', '40 years to 2022']) {
      const read = resolveYears(text, { today });
      expect(read.span, text).toBeUndefined();
      expect(read.years, text).toEqual([2022]);
    }
  });
});

describe('the parts of a name', () => {
  it('a character between two words is left out ("中小学的学位")', () => {
    expect(nameParts('中小学的学位', ['中小学', '学位', '中小', '小学'])).toEqual(['中小学', '学位']);
  });

  it('the fewest parts, not the longest first word (数字经 + 济 + 核心 is three)', () => {
    expect(nameParts('数字经济核心', ['数字经', '数字', '经济核心', '济', '核心'])).toEqual(['数字', '经济核心']);
  });

  it('of two covers as short, the first found stands', () => {
    expect(nameParts('数字经济核心', ['数字经济', '数字', '经济核心', '核心', '经济'])).toEqual(['数字', '经济核心']);
  });

  it('a cover of one word falls back to the shortest tokens', () => {
    expect(nameParts('的学位', ['学位', '位'])).toEqual(['位']);
  });

  it('the name itself and empty tokens are no parts', () => {
    expect(nameParts('学位', ['学位', ''])).toEqual([]);
  });
});
