/**
 * Session 25's English names romanised in two or three words (english-proper-names.ts, query.ts; stryker.s25.json): a run
 * of capitalised pinyin words is read whole first, through a hand-built romanisedName (no reports); hyphenated names' words
 * are read; a count asked in its counter is no outline.
 */
import { describe, expect, it } from 'vitest';
import { pinyinNameRuns } from '../../src/lang/en/english-proper-names.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const today = new Date('2026-12-03');
const places = knownPlaces(['湖南省', '吉林省', '江苏省']);
const ask = (q: string, written: Record<string, string[]>) => {
  const asked: { sound: string; beside: readonly string[] }[] = [];
  const romanisedName = (sound: string, beside: readonly string[] = []) => {
    asked.push({ sound, beside });
    return written[sound] ?? [];
  };
  return { query: understandQuery(q, places, { today, romanisedName }), asked };
};

describe('a name romanised in two words', () => {
  it('is read whole, as a name, and its words are not read again one by one', () => {
    const { query, asked } = ask("Hunan 'Xu Teli' county high schools — how many are up and running?", {
      xuteli: ['徐特立'],
      teli: ['特立'],
    });
    expect(query.lexiconTranslations).toContainEqual({ english: 'xu teli', chinese: ['徐特立'], name: true });
    expect(query.lexiconTranslations?.some((t) => t.english === 'teli')).toBe(false);
    expect(asked.map((a) => a.sound)).toEqual(['xuteli']);
  });

  it('is looked up beside the question’s other words of two characters or more', () => {
    const { asked } = ask('Xu Teli high schools: how many in Hunan?', {});
    const beside = asked.find((a) => a.sound === 'xuteli')?.beside ?? [];
    expect(beside).toContain('高中');
    expect(beside.every((zh) => zh.length >= 2)).toBe(true);
    // "villages" reads 行政村 and 农村, and 村 alone, too short to tell one name written once from another.
    const villages = ask('How many Xu Teli villages are there in Hunan?', {}).asked.find((a) => a.sound === 'xuteli')?.beside ?? [];
    expect(villages).toContain('农村');
    expect(villages).not.toContain('村');
  });

  it('leaves a place before it out of the run (Hunan Xu Teli is 徐特立 in Hunan)', () => {
    const { query } = ask('Hunan Xu Teli county high schools — how many?', { xuteli: ['徐特立'] });
    expect(query.lexiconTranslations).toContainEqual({ english: 'xu teli', chinese: ['徐特立'], name: true });
    expect(query.places).toEqual(['湖南省']);
  });

  it('the reports do not write whole leaves its words to be read one by one', () => {
    const { query } = ask('Hunan Xu Teli county high schools — how many?', { teli: ['特立'] });
    expect(query.lexiconTranslations?.some((t) => t.english === 'xu teli')).toBe(false);
    expect(query.lexiconTranslations).toContainEqual({ english: 'teli', chinese: ['特立'], name: true });
  });
});

describe('pinyinNameRuns', () => {
  it('takes only capitalised words: an all-capital or mixed-case word ends the run', () => {
    const none = () => false;
    expect(pinyinNameRuns('Xu Teli schools', none).map((r) => r.sound)).toEqual(['xuteli']);
    expect(pinyinNameRuns('Xu TELI schools', none)).toEqual([]);
    expect(pinyinNameRuns('Xu LiTe schools', none)).toEqual([]);
  });
});

describe('a hyphenated name read from the dictionary', () => {
  it('leaves none of its words an unknown name ("Three-North" is 三北)', () => {
    const q = understandQuery('Jilin Three-North shelterbelt construction area planned for 2025?', places, { today });
    expect(q.lexiconTranslations?.find((t) => t.english === 'three-north')?.chinese).toEqual(['三北']);
    expect(q.lexiconTranslations?.filter((t) => !t.chinese.length)).toEqual([]);
  });
});

describe('a count asked in its counter', () => {
  it('asks the things’ number, not the outline ("江苏今年推几项基础研究重点项目")', () => {
    const q = understandQuery('江苏今年推几项基础研究重点项目', places, { today });
    expect(q.wantsPriorities).toBe(false);
    expect(q.wantsQuantity).toBe(true);
  });
});
