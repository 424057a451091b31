import { describe, expect, it } from 'vitest';
import { englishCountUnit } from '../../src/lang/en/english-count-units.js';
import { englishLexicon, inflectionBases, type LexiconLookup, translateContentWords } from '../../src/lang/en/english-lexicon.js';

/** A small lexicon in the file's shape, with report senses beside the dictionary's headwords. */
function lexiconOf(entries: Record<string, string[]>, senses: Record<string, string[]> = {}): LexiconLookup {
  return {
    get: (key) => senses[key] ?? entries[key],
    reportSenses: (key) => senses[key] ?? [],
  };
}

const writtenIn =
  (counts: Record<string, number>) =>
  (zh: string): number =>
    counts[zh] ?? 0;

describe('inflected words find the key the dictionary files them under (s17)', () => {
  it('gives a gerund’s and a participle’s base, the doubled consonant undone first', () => {
    expect(inflectionBases('retrofitting')[0]).toBe('retrofit');
    expect(inflectionBases('renovated')).toContain('renovate');
    expect(inflectionBases('supplied')[0]).toBe('supply');
    expect(inflectionBases('planned')[0]).toBe('plan');
    expect(inflectionBases('processing')).toContain('process');
    // No ending, or too short to tell.
    expect(inflectionBases('trade')).toEqual([]);
    expect(inflectionBases('used')).toEqual([]);
  });

  it('reads a phrase whose last word is inflected by the phrase’s key', () => {
    const lexicon = lexiconOf({ retrofit: ['改造'], energy: ['能源'], 'energy retrofit': ['节能改造'] });
    const written = writtenIn({ 改造: 30, 能源: 20, 节能改造: 3 });
    expect(translateContentWords('energy retrofitting', { lexicon, timesWritten: written })).toEqual([
      { english: 'energy retrofitting', chinese: ['节能改造'] },
    ]);
  });

  it('reads a word alone by its base only where the reports word the base their own way', () => {
    const lexicon = lexiconOf({ handle: ['把手'], renovate: ['更新'], compute: ['计算'] }, { renovate: ['改造'] });
    const written = writtenIn({ 把手: 2, 更新: 40, 改造: 30, 计算: 10 });
    const found = translateContentWords('which suggestions were handled and which homes renovated', { lexicon, timesWritten: written });
    expect(found.find((t) => t.english === 'renovated')?.chinese).toEqual(['改造']);
    // "handled" → handle → 把手 (a door handle) is the question's verb, not a subject: unread.
    expect(found.some((t) => t.english === 'handled')).toBe(false);
    // "computing" → compute → 计算 would be a word the passages must cover beside 量子: unread.
    expect(translateContentWords('computing', { lexicon, timesWritten: written })).toEqual([]);
  });
});

describe('a hyphenated word the dictionary does not hold whole is read as its words (s17)', () => {
  it('"deep-water" is read as "deep water"; a hyphenated key held whole stays whole', () => {
    const lexicon = lexiconOf({ 'deep water': ['深水'], 'e-commerce': ['电商'], deep: ['深刻'], water: ['水域'] });
    const written = writtenIn({ 深水: 9, 电商: 20, 深刻: 5, 水域: 3 });
    expect(translateContentWords('deep-water farming', { lexicon, timesWritten: written })[0]).toEqual({
      english: 'deep water',
      chinese: ['深水'],
    });
    expect(translateContentWords('e-commerce sales', { lexicon, timesWritten: written })[0]).toEqual({
      english: 'e-commerce',
      chinese: ['电商'],
    });
  });
});

describe('the unit an English count question asks in, for more counted nouns (s17)', () => {
  // Only nouns the reports count in one unit: homes are 户 and 套, drugs 个 and 款, programmes 个 and 项; a unit
  // asked that the answer's sentence does not write makes it "no figure for exactly that".
  it('leaves a noun counted in several units without one', () => {
    expect(englishCountUnit('How many dilapidated rural homes did Shandong renovate?')).toBeNull();
    expect(englishCountUnit('How many new doctoral programs did Anhui get?')).toBeNull();
  });

  it.each([
    ['How many freight trains did Anhui run in 2024?', '列'],
    ['How many counties are under direct provincial fiscal management in Shandong?', '个'],
    ['How many vocational colleges did Guangdong open?', '所'],
    ['How many deputies’ suggestions did Zhejiang handle?', '件'],
    ['How many new air routes did Anhui open?', '条'],
    ['How many elevators were installed in old buildings in Shanghai?', '台'],
    ['How many ships did Jiangsu deliver?', '艘'],
    ['How many berths of 10,000 tons do Shandong’s coastal ports have?', '个'],
  ])('%s → %s', (question, unit) => {
    expect(englishCountUnit(question)).toBe(unit);
  });
});

describe('"count" names no subject (s17)', () => {
  it('"workplace accident count" reads the accidents, not 统计 (a count is what any number is)', () => {
    const lexicon = lexiconOf({ 'workplace accident': ['生产安全事故'], count: ['统计', '计数'] });
    const found = translateContentWords('How did the workplace accident count change?', { lexicon, timesWritten: () => 3 });
    expect(found.map((t) => t.english)).toEqual(['workplace accident']);
  });
});

describe('report senses of phrases holding a stop word (s17)', () => {
  it('"service area" (服务区), "take-off and landing" (起降), "people’s congress" (人大) are the reports’ words', () => {
    const lexicon = englishLexicon();
    expect(lexicon.reportSenses?.('service area')).toEqual(['服务区']);
    expect(lexicon.reportSenses?.('take-off and landing')).toEqual(['起降']);
    expect(lexicon.reportSenses?.('congress')).toContain('人大');
  });
});
