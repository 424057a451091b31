import { describe, expect, it } from 'vitest';
import { englishPhrasePattern, headOfQuotedName, hyphenatedInto } from '../../src/lang/en/english-terms.js';
import { CorpusWordCounts } from '../../src/retrieve/corpus-word-counts.js';
import { RomanisedNames } from '../../src/retrieve/romanised-names.js';

/**
 * Session 19 (English helper): the English path's work done once, answers unchanged — phrase patterns built once per
 * phrase, sentences holding a word found in the joined text, a romanised name's corpus scan shared by the questions that
 * ask it beside other words.
 */
const SENTENCES = [
  '雄安新区中关村科技园新增入驻企业132家。',
  '红旗汽车销量增长22.9%',
  '推动红旗汽车产量增长',
  '红旗渠精神',
  '汽车\n保有量',
  '红旗汽车',
];

describe('the English path, done once (s19en)', () => {
  it('one pattern per phrase, the same matches as a pattern built anew', () => {
    expect(englishPhrasePattern('retail sales')).toBe(englishPhrasePattern('retail sales'));
    const re = englishPhrasePattern('retail sales');
    for (const text of ['online retail sales', 'retail-sales', 'retailsales', "'retail' sales"]) {
      expect(re.test(text)).toBe(re.test(text));
      expect(text.replace(re, '#')).toBe(text.replace(re, '#'));
    }
    expect(re.test('retail sales of Anhui')).toBe(true);
    expect(re.test('wholesale')).toBe(false);
  });

  it('hyphenated and quoted names as before when the name is not written at all', () => {
    expect(hyphenatedInto('low-income households', 'income')).toBe(true);
    expect(hyphenatedInto('income of households', 'income')).toBe(false);
    expect(hyphenatedInto('households', 'income')).toBe(false);
    expect(headOfQuotedName("'get one thing done' services", 'services')).toBe(true);
    expect(headOfQuotedName('services trade', 'services')).toBe(false);
    expect(headOfQuotedName("'get one thing done' reforms", 'services')).toBe(false);
  });

  it('sentences writing two words together, counted in the joined text as sentence by sentence', () => {
    const counts = new CorpusWordCounts({ sentences: SENTENCES.map((text) => ({ text })) } as never);
    const bySentence = (a: string, b: string) => SENTENCES.filter((s) => s.includes(a) && s.includes(b)).length;
    for (const [a, b] of [
      ['红旗', '汽车'],
      ['汽车', '增长'],
      ['红旗', '精神'],
      ['企业', '雄安'],
      ['汽车', '保有量'],
      ['。', '家'],
    ])
      expect(counts.writtenTogether(a, b)).toBe(bySentence(a, b));
  });

  it('a romanised name read beside other words as when it is asked alone first', () => {
    const text = SENTENCES.join('\n');
    const fresh = () => new RomanisedNames(() => text);
    const shared = fresh();
    expect(shared.writtenAs('Hongqi')).toEqual(fresh().writtenAs('Hongqi'));
    expect(shared.writtenAs('Hongqi', ['汽车'])).toEqual(fresh().writtenAs('Hongqi', ['汽车']));
    expect(shared.writtenAs('Hongqi', ['精神'])).toEqual(fresh().writtenAs('Hongqi', ['精神']));
  });
});
