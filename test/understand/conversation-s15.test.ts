import { describe, expect, it } from 'vitest';
import { namesNothingNew, wordsBesidesAskingAgain } from '../../src/lang/zh/follow-up-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';

/**
 * Follow-ups of slots alone ("今年计划呢", "前年呢", "广东24年呢", "完成了没有") after a question whose
 * subject the glossary does not know ("新增公园", "和美乡村覆盖率", "首店"): the subject is the earlier
 * question's own words, so the follow-up asks about them. Today pinned: 今年 2026, 去年 2025, 前年 2024.
 */
const today = new Date('2026-12-03');
const PLACES = knownPlaces(['上海市', '浙江省', '江苏省', '广东省', '北京市']);
const read = (q: string) => understandQuery(q, PLACES, { today });
const inConversation = (...questions: string[]) => {
  const state = conversationState(questions.map(read));
  if (!state) throw new Error('no conversation');
  return state;
};

describe('a follow-up of slots alone, after a subject the glossary does not know', () => {
  it('the questions themselves name no glossary indicator (what the rest relies on)', () => {
    for (const q of ['上海去年新增公园多少座', '浙江去年和美乡村覆盖率多少', '江苏去年引进首店多少家'])
      expect(read(q).indicators).toEqual([]);
  });

  it('"今年计划呢" after "上海去年新增公园多少座" asks the plan of 新增公园 in 2026, in 上海', () => {
    const q = inConversation('上海去年新增公园多少座', '今年计划呢');
    expect(q.places).toEqual(['上海市']);
    expect(q.years).toEqual([2026]);
    expect(q.intent).toBe('plan');
    expect(q.question).toContain('新增公园');
    // The earlier place and year are slots the follow-up replaced, not words of its subject.
    expect(q.question).not.toMatch(/上海|去年/);
  });

  it('"前年呢" after "浙江去年和美乡村覆盖率多少" asks 2024’s 和美乡村覆盖率', () => {
    const q = inConversation('浙江去年和美乡村覆盖率多少', '前年呢');
    expect(q.years).toEqual([2024]);
    expect(q.question).toContain('和美乡村覆盖率');
    // Years are searched by number: neither year phrase is left among the words searched.
    expect(q.searchText).toContain('和美乡村覆盖率');
    expect(q.searchText).not.toMatch(/去年|前年/);
  });

  it('"广东24年呢" after "江苏去年引进首店多少家" asks 广东’s 2024 首店, without 江苏', () => {
    const q = inConversation('江苏去年引进首店多少家', '广东24年呢');
    expect(q.places).toEqual(['广东省']);
    expect(q.years).toEqual([2024]);
    expect(q.question).toContain('引进首店');
    expect(q.question).not.toContain('江苏');
  });

  it('"浙江今年计划多少" (计划 only asks again) keeps the subject and takes the new place and year', () => {
    const q = inConversation('上海去年新增公园多少座', '浙江今年计划多少');
    expect(q.places).toEqual(['浙江省']);
    expect(q.years).toEqual([2026]);
    expect(q.searchText).toContain('新增公园');
  });

  it('"完成了没有" after a target asks attainment: the same subject and year, whether, not how much', () => {
    const q = inConversation('浙江25年和美乡村覆盖率目标多少', '完成了没有');
    expect(q.asksAttainment).toBe(true);
    expect(q.intent).toBe('result');
    expect(q.years).toEqual([2025]);
    expect(q.places).toEqual(['浙江省']);
    expect(q.question).toContain('和美乡村覆盖率');
    expect(q.wantsQuantity).toBe(false);
  });

  it('a third turn: "去年目标完成了吗" after "…美丽街区建了多少个" and "前年呢" is 2025’s attainment of 美丽街区', () => {
    const q = inConversation('上海去年美丽街区建了多少个', '前年呢', '去年目标完成了吗');
    expect(q.years).toEqual([2025]);
    expect(q.asksAttainment).toBe(true);
    expect(q.question).toContain('美丽街区');
    expect(q.searchText).not.toMatch(/前年|去年/);
  });

  it('a follow-up that names its own subject ("绿道呢") asks that, not the earlier subject again', () => {
    const q = inConversation('上海去年新增公园多少座', '今年计划呢', '绿道呢');
    expect(q.question).toContain('绿道');
    expect(q.question).not.toContain('新增公园');
    expect(q.years).toEqual([2026]);
  });

  it('"去年打通了多少" says only a word of the earlier question: its subject, without the earlier 计划', () => {
    const q = inConversation('北京今年新建充电桩目标多少', '打通断头路计划多少条', '去年打通了多少');
    expect(q.question).toContain('打通断头路');
    expect(q.question).not.toContain('计划');
    expect(q.searchText).toContain('打通断头路');
    expect(q.years).toEqual([2025]);
    expect(q.intent).toBe('result');
  });

  it('"今年要建多少" asks the same thing by a verb of building: the earlier subject, of 2026', () => {
    const q = inConversation('上海去年新增公园多少座', '今年要建多少');
    expect(q.question).toContain('新增公园');
    expect(q.years).toEqual([2026]);
  });

  it('after a glossary indicator, the follow-up still asks it by its name', () => {
    const q = inConversation('浙江去年GDP多少', '前年呢');
    expect(q.question).toContain('地区生产总值');
    expect(q.question).not.toContain('浙江');
    expect(q.years).toEqual([2024]);
  });
});

describe('a run of years carried over', () => {
  it('"那江苏呢" after "浙江2021到2024年GDP增速" keeps the run of years, not only its two ends', () => {
    const q = inConversation('浙江2021到2024年GDP增速', '那江苏呢');
    expect(q.places).toEqual(['江苏省']);
    expect(q.years).toEqual([2021, 2024]);
    expect(q.yearSpan).toEqual({ from: 2021, to: 2024 });
  });

  it('a follow-up that names its own year leaves the run behind', () => {
    const q = inConversation('浙江2021到2024年GDP增速', '那2025年呢');
    expect(q.years).toEqual([2025]);
    expect(q.yearSpan).toBeNull();
  });
});

describe('what a follow-up says besides asking again', () => {
  it('leaves the pieces between the words taken out, apart', () => {
    expect(wordsBesidesAskingAgain('去年打通了多少', [], ['去年'])).toEqual(['打通']);
    expect(wordsBesidesAskingAgain('江苏今年计划呢', ['江苏省', '江苏'], ['今年'])).toEqual([]);
    expect(wordsBesidesAskingAgain('绿道呢', [], [])).toEqual(['绿道']);
  });

  it('names nothing new when each piece is the earlier question’s or a verb of building', () => {
    expect(namesNothingNew('去年打通了多少', '打通断头路计划多少条', [], ['去年'])).toBe(true);
    expect(namesNothingNew('今年要建多少', '上海去年新增公园多少座', [], ['今年'])).toBe(true);
    expect(namesNothingNew('绿道呢', '上海去年新增公园多少座', [], [])).toBe(false);
    expect(namesNothingNew('今年要建多少绿道', '上海去年新增公园多少座', [], ['今年'])).toBe(false);
  });
});
