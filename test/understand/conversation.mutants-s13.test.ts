/**
 * Reading a question in its conversation: the session-12 rule that a question of which places'
 * reports write a name asks every report (mutation run of session 13). Understood questions are
 * built field by field, as in conversation.mutants.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readInConversation } from '../../src/understand/conversation.js';
import { asked, indicator } from '../support/hand-built-query.js';

const GDP = indicator('地区生产总值');

describe('which places write a name, mid-conversation', () => {
  it("asks every report: the earlier place, year and indicator stay out, the conversation's places are kept", () => {
    const earlier = asked('浙江2025年GDP多少', {
      places: ['浙江省'],
      years: [2025],
      indicators: [GDP],
      wantsQuantity: true,
      conversationPlaces: ['江苏省', '浙江省'],
    });
    const out = readInConversation(asked('哪些省提到了低空经济'), earlier);
    expect([out.places, out.years, out.indicators]).toEqual([[], [], []]);
    expect(out.conversationPlaces).toEqual(['江苏省', '浙江省']);
  });

  it("keeps the earlier question's places when the conversation has listed none", () => {
    const earlier = asked('浙江2025年GDP多少', { places: ['浙江省'], years: [2025], indicators: [GDP], wantsQuantity: true });
    expect(readInConversation(asked('哪些省提到了低空经济'), earlier).conversationPlaces).toEqual(['浙江省']);
  });

  it('reads a mention asked of one place like any follow-up', () => {
    const earlier = asked('浙江2025年GDP多少', { places: ['浙江省'], years: [2025], indicators: [GDP], wantsQuantity: true });
    const out = readInConversation(asked('有没有提到低空经济'), earlier);
    expect(out.places).toEqual(['浙江省']);
  });
});
