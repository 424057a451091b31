import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';

/**
 * Session 50: a topic asked of no place, then a place and nothing of its own ("今年农村公路提档升级的计划" → "上海打算改造多少
 * 公里"), read by the conversation state alone (src/understand/conversation.ts, `placeOfTopicAsked`).
 */
const today = new Date('2026-12-07');
const places = knownPlaces(['浙江省', '安徽省', '上海市', '广东省', '全国']);
const read = (question: string) => understandQuery(question, places, { today });
const stateAfter = (...questions: string[]) => conversationState(questions.map(read));

describe('a place and nothing of its own after a topic of no place', () => {
  it('takes the topic, its year and its words: "上海打算改造多少公里" after "今年农村公路提档升级的计划"', () => {
    const state = stateAfter('今年农村公路提档升级的计划', '上海打算改造多少公里');
    expect(state?.places).toEqual(['上海市']);
    expect(state?.years).toEqual([2026]);
    expect(state?.searchText).toContain('农村公路提档升级');
  });

  it('"浙江打算改造多少户" after "去年城中村改造的计划": 浙江, 2025, 城中村改造', () => {
    const state = stateAfter('去年城中村改造的计划', '浙江打算改造多少户');
    expect(state?.places).toEqual(['浙江省']);
    expect(state?.years).toEqual([2025]);
    expect(state?.searchText).toContain('城中村改造');
  });

  it('a subject of its own stands alone: "上海打算新建多少公里绿道"', () => {
    const state = stateAfter('今年农村公路提档升级的计划', '上海打算新建多少公里绿道');
    expect(state?.searchText).not.toContain('农村公路');
    expect(state?.years).toEqual([]);
  });

  it('not after a topic asked of a place: that place’s words are no topic left open ("安徽呢" is asked so)', () => {
    const state = stateAfter('浙江今年农村公路提档升级的计划', '上海打算改造多少公里');
    expect(state?.searchText).not.toContain('农村公路');
  });

  it('not after a place the reports do not cover', () => {
    const state = stateAfter('成都今年农村公路提档升级的计划', '上海打算改造多少公里');
    expect(state?.searchText).not.toContain('农村公路');
  });

  it('not after a ranking of every place', () => {
    const state = stateAfter('哪个省2026年GDP增长目标最高', '浙江打算改造多少户');
    expect(state?.indicators ?? []).toEqual([]);
    expect(state?.searchText).not.toMatch(/生产总值|GDP/);
  });

  it('not in English', () => {
    const state = stateAfter('rural road upgrading plan this year', 'how many km will shanghai upgrade');
    expect(state?.searchText).not.toContain('rural road upgrading plan');
  });
});
