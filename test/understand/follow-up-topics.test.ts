import { describe, expect, it } from 'vitest';
import { readsAsFollowUp } from '../../src/lang/zh/follow-up-words.js';
import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { readInConversation } from '../../src/understand/conversation.js';

/** Follow-ups that name no topic of their own keep the conversation's indicator. */
const PLACES = knownPlaces(['杭州市', '北京市']);
const read = (q: string) => understandQuery(q, PLACES, { today: new Date('2026-12-01') });
const withAsk = (q: UnderstoodQuery, ask: UnderstoodQuery['ask'], askConfidence: number): UnderstoodQuery => ({ ...q, ask, askConfidence });

describe('a follow-up the classifier reads, unsure, as help', () => {
  const earlier = read('杭州市2023年城镇居民人均可支配收入多少');

  it('keeps the earlier indicator and swaps the qualifier', () => {
    const out = readInConversation(withAsk(read('全体居民的呢？'), 'help', 0.31), earlier);
    expect(out.indicators.map((i) => i.name)).toEqual(earlier.indicators.map((i) => i.name));
    expect(out.question).toContain('全体居民人均可支配收入');
    expect(out.question).not.toContain('城镇');
  });

  it('a confident help question still stands alone', () => {
    const help = withAsk(read('你还能做什么'), 'help', 0.9);
    expect(readInConversation(help, earlier)).toBe(help);
  });
});

describe('a follow-up that names only its year', () => {
  const earlier = read('北京2026年GDP增长目标是多少');

  it('"去年定的是多少？" keeps the indicator and the target, for the year before today', () => {
    const out = readInConversation(read('去年定的是多少？'), earlier);
    expect(out.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
    expect(out.places).toEqual(['北京市']);
    expect(out.years).toEqual([2025]);
    expect(out.intent).toBe('plan');
  });

  it('is measured without its year words', () => {
    expect(readsAsFollowUp('去年目标是多少？', false, ['去年'])).toBe(true);
    expect(readsAsFollowUp('2025年目标是多少？')).toBe(true);
    // The same words without the year phrase known are too long for a bare follow-up.
    expect(readsAsFollowUp('去年目标是多少？')).toBe(false);
  });

  it('a question that names its place is no bare follow-up', () => {
    expect(readsAsFollowUp('杭州去年目标是多少？', true, ['去年'])).toBe(false);
  });
});
