/**
 * A question that is only a place, a year and the name of a measured thing no glossary indicator names asks its
 * figure (src/understand/keyword-question.ts: `isBareMeasureQuestion`, `withKeywordQuantity`).
 */
import { describe, expect, it } from 'vitest';
import { isBareMeasureQuestion, withKeywordQuantity } from '../../src/understand/keyword-question.js';
import { asked, indicator } from '../support/hand-built-query.js';

describe('a bare name of a measured thing', () => {
  it('asks its figure after a place and a year', () => {
    for (const q of [
      '福建去年近岸海域优良海水面积比例',
      '钱塘区2024年规上企业数',
      '浙江高铁里程',
      '上海25年外资研发中心数量',
      // (国考断面水质优良率 is a glossary indicator since session 45.)
      '生活垃圾分类覆盖率',
    ])
      expect(isBareMeasureQuestion(asked(q)), q).toBe(true);
  });

  it('is not a question that asks in words, or names no measure', () => {
    for (const q of ['福建近岸海域优良海水面积比例怎么样', '浙江数字经济', '上海营商环境', '钱塘区为什么投资', '哪个省份额高', '福建去年'])
      expect(isBareMeasureQuestion(asked(q)), q).toBe(false);
  });

  it('leaves glossary indicators, English and long texts to the keyword reading', () => {
    expect(isBareMeasureQuestion(asked('浙江外资研发中心数量', { indicators: [indicator('地区生产总值')] }))).toBe(false);
    expect(isBareMeasureQuestion(asked('share of days with good air', { language: 'en' }))).toBe(false);
    expect(isBareMeasureQuestion(asked(`浙江${'很'.repeat(120)}数量`))).toBe(false);
    expect(isBareMeasureQuestion(asked(`浙江${'研'.repeat(17)}数量`))).toBe(false);
  });

  it('makes the query ask the figure, the latest result when no year or plan is asked', () => {
    expect(withKeywordQuantity(asked('浙江高铁里程'))).toMatchObject({ wantsQuantity: true, intent: 'result' });
    expect(withKeywordQuantity(asked('浙江2025年高铁里程', { years: [2025] }))).toMatchObject({ wantsQuantity: true, intent: 'any' });
    expect(withKeywordQuantity(asked('浙江数字经济'))).toMatchObject({ wantsQuantity: false });
  });
});
