import { describe, expect, it } from 'vitest';
import { namesOwnRankedSubject, namesOwnSubject } from '../../src/lang/zh/follow-up-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';

/**
 * A question with a subject of its own, in words the glossary does not know, after another question: a new
 * question (it keeps none of the earlier words, years or places), not a follow-up. Today pinned: 这两年 = 2024–2025.
 */
const today = new Date('2026-12-03');
const PLACES = knownPlaces(['上海市', '浙江省', '江苏省', '广东省']);
const read = (q: string) => understandQuery(q, PLACES, { today });
const inConversation = (...questions: string[]) => {
  const state = conversationState(questions.map(read));
  if (!state) throw new Error('no conversation');
  return state;
};

describe('a subject of its own', () => {
  it('is new words of four characters or more, beside the place and the time', () => {
    expect(namesOwnSubject('浙江这两年和美乡村覆盖率分别多少', '广东深圳的地铁客流最高到多少了', ['浙江'], ['这两年'])).toBe(true);
    expect(namesOwnSubject('江苏去年定的是多少', '浙江去年GDP目标多少', ['江苏'], ['去年'])).toBe(false);
    expect(namesOwnSubject('那江苏呢', '浙江去年新增公园多少座', ['江苏'], [])).toBe(false);
  });

  it('is no words about a figure: "对应数字", "同一指标", "什么水平" ask the earlier subject again', () => {
    for (const q of ['江苏的对应数字呢', '江苏那边是什么水平', '江苏的具体数值是多少', '上海的同一指标呢'])
      expect(namesOwnSubject(q, '浙江去年GDP增长多少', ['江苏', '上海'], [])).toBe(false);
    expect(namesOwnRankedSubject('哪个省的对应数字最高', '浙江去年GDP增长多少', [], [])).toBe(false);
  });

  it('in a ranking, is what is ranked once the asking words go', () => {
    expect(namesOwnRankedSubject('哪个省区域创新能力最强', '浙江这两年和美乡村覆盖率分别多少', [], [])).toBe(true);
    expect(namesOwnRankedSubject('是不是各省里最低的', '浙江去年GDP增速多少', [], [])).toBe(false);
  });
});

describe('read in the conversation', () => {
  it('a place and a subject of its own stand alone: no earlier words searched, no comparison with the earlier place', () => {
    const q = inConversation('广东深圳的地铁客流最高到多少了', '浙江这两年和美乡村覆盖率分别多少');
    expect(q.places).toEqual(['浙江省']);
    expect(q.searchText).not.toContain('地铁');
    expect(q.years).toEqual([2024, 2025]);
  });

  it('a ranking of a subject of its own takes no years from the conversation', () => {
    const q = inConversation('浙江这两年和美乡村覆盖率分别多少', '哪个省区域创新能力最强');
    expect(q.years).toEqual([]);
    expect(q.yearNotes).toEqual([]);
    expect(q.searchText).not.toContain('和美乡村');
  });

  it('still reads "是不是各省里最低的" and "那江苏呢" as follow-ups', () => {
    expect(inConversation('浙江去年GDP增速多少', '是不是各省里最低的').indicators.map((i) => i.name)).toEqual(['地区生产总值']);
    expect(inConversation('浙江去年新增公园多少座', '那江苏呢').searchText).toContain('新增公园');
  });
});
