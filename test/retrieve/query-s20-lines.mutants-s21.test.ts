/**
 * Session 20's lines of the question reader under mutation (docs/mutation-survivors.md, "Session 21, session 20's query
 * and conversation lines"): a money threshold read as a name only when the reports write it, each side of a comparison
 * in the four-digit year written after its place, an English follow-up naming only a time asking no outline, and a
 * number asked of a plan over only after its last year.
 */
import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const today = new Date('2026-12-03');
const PLACES = knownPlaces(['云南省', '浙江省', '江苏省', '山东省', '国务院']);
const read = (q: string, options: Parameters<typeof understandQuery>[2] = {}) => understandQuery(q, PLACES, { today, ...options });

describe('a money threshold in an English question', () => {
  const question = 'How many 10-billion-yuan-plus projects did Zhejiang start in 2024?';

  it('is searched as the reports write it, in the spellings they write', () => {
    const written = (spellings: string[]) => ({ timesWritten: (zh: string) => (spellings.includes(zh) ? 3 : 0) });
    const q = read(question, written(['百亿元以上']));
    expect(q.searchText).toContain('百亿元以上');
    expect(q.searchText).not.toContain('100亿元以上');
    // Its words are read once, as the threshold: "plus" is no word of its own.
    expect(q.searchText).not.toContain('加上');
    expect(q.searchText).toContain('项目');
    expect(q.searchText).toMatch(/zhejiang start in 2024/);
    expect(q.searchText).not.toMatch(/billion|yuan|plus/);
    // Like a name, the passage must write it: a passage that does not is about other projects.
    expect(q.namedThings).toEqual(['百亿元以上']);
    expect(read(question, written(['100亿元以上'])).searchText).toContain('100亿元以上');
  });

  it('are each searched, two in one question', () => {
    const q = read('How many 10-billion-yuan-plus and 1-billion-yuan-plus projects did Zhejiang start?', {
      timesWritten: (zh: string) => (['百亿元以上', '10亿元以上'].includes(zh) ? 3 : 0),
    });
    expect(q.searchText).toContain('百亿元以上');
    expect(q.searchText).toContain('10亿元以上');
    expect(q.searchText).not.toMatch(/billion|yuan|plus/);
    expect(q.namedThings).toEqual(['百亿元以上', '10亿元以上']);
  });

  it('is no name when the reports do not write it', () => {
    expect(read(question).searchText).not.toContain('亿元以上');
    expect(read(question, { timesWritten: () => 0 }).searchText).not.toContain('亿元以上');
    // Its words are left to the ordinary reading, and no name is required.
    expect(read(question, { timesWritten: () => 0 }).searchText).toContain('10-billion-yuan-plus');
    expect(read(question, { timesWritten: () => 0 }).namedThings).toBeUndefined();
  });
});

describe('each side of a comparison in its own year', () => {
  it('takes the four-digit year written after its place', () => {
    expect(read('云南2024年和浙江2025年GDP哪个高').sideYears).toEqual([[2024], [2025]]);
    expect(read('云南24年和浙江2025年GDP哪个高').sideYears).toEqual([[2024], [2025]]);
    expect(read('GDP growth of Yunnan in 2024 and of Zhejiang in 2025').sideYears).toEqual([[2024], [2025]]);
    // A number of five digits holds no year.
    expect(read('云南20245和浙江2025年GDP哪个高').sideYears).toBeUndefined();
    expect(read('浙江和江苏2024年GDP哪个高').sideYears).toBeUndefined();
  });
});

describe('an English follow-up naming only a time', () => {
  it('asks no outline, though worded like one', () => {
    for (const q of ['Same for 2023?', 'And for last year?', 'Same for last year', 'what about this year?'])
      expect(read(q).wantsPriorities, q).toBe(false);
    expect(read('Zhejiang plans').wantsPriorities).toBe(true);
  });
});

describe('a number asked in Chinese of a five-year plan', () => {
  it('is its result once the plan is over, its plan in its last year', () => {
    const q = '山东十四五期间建成几个国家生态文明建设示范区';
    expect(read(q, { today: new Date('2026-03-01') }).intent).toBe('result');
    expect(read(q, { today: new Date('2025-06-01') }).intent).toBe('plan');
  });
});
