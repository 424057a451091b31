import { describe, expect, it } from 'vitest';
import { CorpusWordCounts } from '../../src/retrieve/corpus-word-counts.js';
import { type TopicUnit, topicCoverage } from '../../src/retrieve/english-topic-coverage.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { RomanisedNames } from '../../src/retrieve/romanised-names.js';

/**
 * Session 20's mutation run of the rest of session 19's changes (docs/mutation-survivors.md, "Session 19, the rest
 * (English path, mends)"): the English path's corpus look-ups, on hand-built sentences.
 */
const counts = (sentences: string[]) => new CorpusWordCounts({ sentences: sentences.map((text) => ({ text })) } as never);
const bySentence = (sentences: string[], a: string, b: string) => sentences.filter((s) => s.includes(a) && s.includes(b)).length;

describe('sentences writing two words, found in the joined text', () => {
  it('tells each sentence apart, the first, the last and one at every boundary', () => {
    const S = ['甲', '乙甲', '丙', '甲乙丙', '丁', '乙', '甲丁', '丙甲乙'];
    const c = counts(S);
    for (const [a, b] of [
      ['甲', '乙'],
      ['甲', '丙'],
      ['乙', '丙'],
      ['甲', '丁'],
      ['丁', '丁'],
      ['甲乙', '丙'],
      ['乙甲', '乙'],
    ])
      expect(c.writtenTogether(a, b)).toBe(bySentence(S, a, b));
  });

  it('counts a sentence that writes a word twice once, and a word overlapping itself', () => {
    const S = ['甲甲甲乙', '甲甲', '乙'];
    expect(counts(S).writtenTogether('甲甲', '乙')).toBe(1);
    expect(counts(S).writtenTogether('甲甲', '甲')).toBe(2);
  });

  it('reads a word holding a line break sentence by sentence, and an empty word nowhere', () => {
    const S = ['汽车\n保有量', '汽车', '保有量', '汽车\n保有量多'];
    const c = counts(S);
    expect(c.writtenTogether('汽车\n保有量', '多')).toBe(1);
    expect(c.writtenTogether('汽车\n保有量', '汽车')).toBe(2);
    expect(c.writtenTogether('车\n保', '量')).toBe(2);
    expect(c.writtenTogether('', '汽车')).toBe(0);
    expect(c.writtenTogether('保有量\n汽车', '汽车')).toBe(0);
  });
});

const word = (english: string, chinese: string[]): TopicUnit => ({ english, chinese, tokens: chinese, source: 'word' });
const idf = () => 1;
const today = new Date('2026-12-03');

describe('after the first run', () => {
  it("a glossary subject weighs even when its English is the question's verb", () => {
    const question = 'How much did Jiangsu upgrade its equipment?';
    const units: TopicUnit[] = [
      { english: 'upgrade', chinese: ['升级'], tokens: ['升级'], source: 'subject' },
      word('equipment', ['设备']),
    ];
    expect(topicCoverage({ units, absentWords: [], question, sentence: '设备更新', section: '', idf })).toBe(0.5);
  });

  it('the verb weighs when the other words are all measures, not when one of them is a subject', () => {
    const question = 'How much did Jiangsu upgrade its share?';
    const measure = topicCoverage({
      units: [word('upgrade', ['升级']), word('share', ['占比'])],
      absentWords: [],
      question,
      sentence: '设备更新',
      section: '',
      idf,
    });
    expect(measure).toBe(0);
    const mixed = [word('upgrade', ['升级']), word('equipment', ['占比', '设备'])];
    expect(topicCoverage({ units: mixed, absentWords: [], question, sentence: '设备更新', section: '', idf })).toBe(1);
  });

  it("an edition the reports never write is no word of the question's", () => {
    const q = understandQuery('How much did the 7th China International Import Expo sign in intended deals?', knownPlaces(['上海市']), {
      today,
      timesWritten: () => 0,
    });
    expect(q.lexiconTranslations?.map((t) => t.english)).not.toContain('the 7th');
    expect(q.namedThings).toBeUndefined();
  });

  it('a Chinese question names no things, and its "China" is the country', () => {
    const places = knownPlaces(['上海市', '国务院']);
    expect(understandQuery('上海2024年GDP多少', places, { today, timesWritten: () => 1 }).namedThings).toBeUndefined();
    expect(understandQuery('China International Import Expo 上海签约多少', places, { today }).places).toEqual(['国务院', '上海市']);
  });

  it('a romanised name is two to four characters, a name of four letters and more', () => {
    expect(new RomanisedNames(() => '庄庄庄').writtenAs('Zhuang')).toEqual([]);
    expect(new RomanisedNames(() => '一二三四五。一二三四五').writtenAs('Yiersansiwu')).toEqual([]);
    expect(new RomanisedNames(() => '一二三四。一二三四').writtenAs('Yiersansi')).toEqual(['一二三四']);
    expect(new RomanisedNames(() => '五阿。五阿').writtenAs('Wua')).toEqual([]);
    expect(new RomanisedNames(() => '宜安。宜安').writtenAs('Yian')).toEqual(['宜安']);
  });

  // The sorted list is built once per process: in Stryker's shared worker an earlier run has built it, so a mutant of
  // the sort is seen only in a fresh process (npm test).
  it("an English indicator name is read before a shorter one inside it (the glossary's order is not longest first)", () => {
    const read = (q: string) => understandQuery(q, knownPlaces(['浙江省']), { today }).indicators.map((i) => i.name);
    expect(read("What was Zhejiang's per capita gdp in 2024?")).toEqual(['人均生产总值']);
    expect(read("What was Zhejiang's marine gdp in 2024?")).toEqual(['海洋生产总值']);
    expect(read("What was Zhejiang's energy consumption per unit of gdp in 2024?")).toEqual(['单位GDP能耗']);
    expect(read("What was Zhejiang's investment in water conservancy in 2024?")).toEqual(['水利投资']);
  });
});
