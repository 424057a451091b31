import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const PLACES = knownPlaces(['上海市', '广东省', '江苏省']);
const TODAY = { today: new Date('2026-12-02') };
const untranslated = (q: string) =>
  (understandQuery(q, PLACES, TODAY).lexiconTranslations ?? []).filter((t) => !t.chinese.length).map((t) => t.english);

describe('a brand name in an English question', () => {
  it('is a word the reports do not write', () => {
    expect(untranslated('How many Starbucks stores are there in Shanghai?')).toContain('starbucks');
    expect(untranslated('How many Walmart stores opened in Guangdong last year?')).toContain('walmart');
  });

  it('is not a place, a glossary term or a romanised Chinese name', () => {
    expect(untranslated('How many Fortune Global 500 companies are in Guangdong?')).toEqual([]);
    expect(untranslated('How many new companies were registered in Pudong, Shanghai?')).toEqual([]);
    expect(untranslated('What was Jiangsu’s GDP in 2025?')).toEqual([]);
  });
});
