import { describe, expect, it } from 'vitest';
import { withoutAcknowledgement } from '../../src/lang/zh/follow-up-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { followUpWording, readInConversation } from '../../src/understand/conversation.js';

/** Thanks and acknowledgements a follow-up opens with are no part of what it asks. */
const PLACES = knownPlaces(['上海市', '北京市', '江苏省']);
const read = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-01') });

describe('acknowledgements before a follow-up', () => {
  it.each([
    ['好的，那北京呢', '那北京呢'],
    ['谢谢，那北京呢', '那北京呢'],
    ['ok and Beijing?', 'and Beijing?'],
    ['Thanks! What about Jiangsu?', 'What about Jiangsu?'],
    ['嗯，江苏呢', '江苏呢'],
    ['right, what was it in 2024?', 'what was it in 2024?'],
  ])('%s → %s', (question, rest) => {
    expect(withoutAcknowledgement(question)).toBe(rest);
  });

  it.each(['行政区划', '好多企业', '好 江苏呢', 'right now?', 'okay-ish growth?'])('%s keeps its words', (question) => {
    expect(withoutAcknowledgement(question)).toBe(question);
  });

  it('thanks alone are left as written, with nothing to ask', () => {
    expect(withoutAcknowledgement('好的，谢谢')).toBe('好的，谢谢');
  });

  it('"ok and Beijing?" after a Chinese question asks it of Beijing', () => {
    const out = readInConversation(read(followUpWording('ok and Beijing?')), read('上海去年GDP增长多少'));
    expect(out.places).toEqual(['北京市']);
    expect(out.years).toEqual([2025]);
    expect(out.indicators.length).toBeGreaterThan(0);
  });
});
