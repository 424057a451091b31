import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';

/** Follow-ups a new user asked in session 13's trial, read in their conversation; today pinned. */
const today = new Date('2026-12-01');
const PLACES = knownPlaces(['国务院', '江苏省', '浙江省']);
const read = (q: string) => understandQuery(q, PLACES, { today });
const inConversation = (...questions: string[]) => conversationState(questions.map(read));

describe('全国 as the field of a rank', () => {
  it('alone, the country is the place: "在全国排第几" marks it as such', () => {
    const q = read('在全国排第几');
    expect(q.places).toEqual(['国务院']);
    expect(q.nationalAsField).toBe(true);
  });

  it('after a question about 江苏, asks 江苏’s rank on the conversation’s topic', () => {
    const q = inConversation('江苏2025年GDP多少', '在全国排第几');
    expect(q?.places).toEqual(['江苏省']);
    expect(q?.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
    expect(q?.years).toEqual([2025]);
  });

  it('a place named beside it stands: "浙江GDP全国排第几" is no follow-up of 江苏', () => {
    const q = inConversation('江苏2025年GDP多少', '浙江GDP全国排第几');
    expect(q?.places).toEqual(['浙江省']);
    expect(read('浙江GDP全国排第几').nationalAsField).toBeUndefined();
  });

  it('the country named as the subject is the place asked: "全国2025年GDP增长多少"', () => {
    expect(read('全国2025年GDP增长多少').nationalAsField).toBeUndefined();
    expect(inConversation('江苏2025年GDP多少', '全国2025年GDP增长多少')?.places).toEqual(['国务院']);
  });
});
