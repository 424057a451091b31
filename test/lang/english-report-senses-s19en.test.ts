import { describe, expect, it } from 'vitest';
import { englishLexicon, pluralBases, reportSensePhrases, translateContentWords } from '../../src/lang/en/english-lexicon.js';
import { ENGLISH_STOP_WORDS } from '../../src/lang/en/stop-words.js';

/**
 * Session 19 (English helper): the reports' words for everyday English the dictionary reads in another sense or not at
 * all ("industrial" is 工业 as well as 产业, "upgrade" 更新, "accounts" 账户 where CC-CEDICT writes 帐户, "meal" 助餐), and
 * counting words ("pieces of equipment") that name no subject.
 */
const written = (words: readonly string[]) => {
  const set = new Set(words);
  return (zh: string) => (set.has(zh) ? 1 : 0);
};

describe("the reports' senses of everyday English words (s19en)", () => {
  it('reads words the dictionary gives only in another sense as the reports write them', () => {
    const cases: [string, string[], string][] = [
      ['industrial equipment', ['工业', '设备'], '工业'],
      ['medical accounts', ['医保', '账户'], '账户'],
      ['community meal points', ['社区', '助餐'], '助餐'],
      ['gold medals competition', ['金牌', '大赛'], '大赛'],
      ['caring mothers', ['关爱', '妈妈'], '关爱'],
      ['weight-management clinics', ['体重管理', '门诊'], '体重管理'],
    ];
    for (const [english, reportWords, expected] of cases) {
      const found = translateContentWords(english, { timesWritten: written(reportWords) });
      expect(found.flatMap((t) => t.chinese)).toContain(expected);
    }
  });

  it('keeps only the senses the reports write, the dictionary no longer first where the reports word it otherwise', () => {
    expect(englishLexicon().get('upgrade')).toContain('更新');
    const found = translateContentWords('upgrade', { timesWritten: written(['更新', '升级']) });
    expect(found[0].chinese).toEqual(expect.arrayContaining(['更新', '升级']));
  });

  it('reads names of three words and more whole (holiday care classes, primary school kids)', () => {
    const phrases = reportSensePhrases([]).flatMap((t) => t.en);
    expect(phrases).toContain('holiday care classes');
    expect(phrases).toContain('primary school kids');
  });

  it('reads a hyphenated report word whole (left-behind children → 留守儿童, non-essential → 非刚性)', () => {
    expect(translateContentWords('left-behind children', { timesWritten: written(['留守儿童']) })[0]).toEqual({
      english: 'left-behind children',
      chinese: ['留守儿童'],
    });
    expect(translateContentWords('non-essential', { timesWritten: written(['非刚性']) })[0].chinese).toEqual(['非刚性']);
  });

  it('counting words ("pieces of", "items") are no subject to translate', () => {
    for (const word of ['piece', 'pieces', 'item', 'items']) expect(ENGLISH_STOP_WORDS.has(word)).toBe(true);
    expect(translateContentWords('pieces of equipment', { timesWritten: written(['部分', '设备']) }).map((t) => t.english)).toEqual([
      'equipment',
    ]);
  });

  it('reads plurals the simple singular keeps or cuts wrong (clinics, buses, gases) as their singulars', () => {
    expect(pluralBases('clinics')).toEqual(['clinic']);
    expect(pluralBases('buses')).toEqual(['bus']);
    expect(pluralBases('gases')).toEqual(['gas']);
    expect(pluralBases('taxes')).toEqual([]);
    // Tried only after the simple singular: "houses" is still filed under house.
    const lexicon = { get: (k: string) => ({ clinic: ['诊所', '门诊'], bus: ['公交'], house: ['房屋'], hous: ['错'] })[k] };
    expect(translateContentWords('houses', { timesWritten: written(['房屋', '错']), lexicon })[0].chinese).toEqual(['房屋']);
    expect(translateContentWords('weight clinics', { timesWritten: written(['门诊']), lexicon }).flatMap((t) => t.chinese)).toEqual([
      '门诊',
    ]);
    expect(translateContentWords('buses', { timesWritten: written(['公交']), lexicon })[0].chinese).toEqual(['公交']);
  });
});
