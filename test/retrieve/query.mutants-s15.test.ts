/**
 * Understanding a question, written from query.ts's code for the survivors of session 13's run of its
 * last lines (the acronym typo mender); no index. Mutation run of session 15.
 */
import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const PLACES = knownPlaces(['浙江省', '江苏省']);
const today = new Date('2026-12-01');
const read = (q: string) => understandQuery(q, PLACES, { today });

describe('an acronym typed with a typo', () => {
  it('is mended in a Chinese question written in lower case too: only an English question keeps its lower-case words', () => {
    expect(read('浙江gpd增长多少').question).toBe('浙江GDP增长多少');
    expect(read('浙江gpd增长多少').indicators.map((i) => i.name)).toEqual(['地区生产总值']);
  });

  it('is mended only to an acronym of its own length: a letter more is another word', () => {
    expect(read('浙江GDPP增长多少').question).toBe('浙江GDPP增长多少');
  });
});
