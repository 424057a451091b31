/**
 * Session 19's mutation run of the rest of session 18's changes (stryker.s18b.json): romanised names written once
 * (src/retrieve/romanised-names.ts), numbered names and keyword questions (query.ts), and a sentence the table reads
 * though its words name the indicator (scoring/context.ts), on hand-built text and sentences (no index).
 */
import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { RomanisedNames } from '../../src/retrieve/romanised-names.js';
import { questionFacts, sentenceFacts } from '../../src/retrieve/scoring/context.js';
import { asked, indicator } from '../support/hand-built-query.js';
import { resultSentenceOf } from '../support/hand-built-sentence.js';

describe('a romanised name written once (before the first run)', () => {
  it('is remembered apart for each set of words beside it', () => {
    const names = new RomanisedNames(() => '红旗汽车产销量分别增长22.9％。\n宏启科技。');
    expect(names.writtenAs('Hongqi', ['汽车'])).toEqual(['红旗']);
    expect(names.writtenAs('Hongqi')).toEqual([]);
    expect(names.writtenAs('Hongqi', ['科技'])).toEqual(['宏启']);
    expect(names.writtenAs('Hongqi', ['汽车'])).toEqual(['红旗']);
    expect(names.writtenAs('Hongqi', ['汽车', '科技'])).toEqual(['红旗', '宏启']);
  });

  it('needs the word right after it, not further on', () => {
    const names = new RomanisedNames(() => '红旗渠汽车。\n宏启科技。');
    expect(names.writtenAs('Hongqi', ['汽车'])).toEqual([]);
    expect(names.writtenAs('Hongqi', ['渠汽'])).toEqual(['红旗']);
  });

  it('of two characters written once and with no word beside it is no name; written twice it is', () => {
    expect(new RomanisedNames(() => '宏启科技。').writtenAs('Hongqi', ['汽车'])).toEqual([]);
    expect(new RomanisedNames(() => '宏启科技。宏启公司。').writtenAs('Hongqi')).toEqual(['宏启']);
  });

  it('a word beside one place of a spelling written twice keeps it so', () => {
    const names = new RomanisedNames(() => '红旗汽车。红旗渠。');
    expect(names.writtenAs('Hongqi', ['汽车'])).toEqual(['红旗']);
  });
});

describe('the question passes its other words’ Chinese to the romanised name', () => {
  it('of two characters at least, once each', () => {
    const seen: (readonly string[] | undefined)[] = [];
    understandQuery('Hongqi car sales growth', knownPlaces(['吉林省']), {
      timesWritten: () => 1,
      romanisedName: (word, beside) => {
        if (word === 'hongqi') seen.push(beside);
        return [];
      },
    });
    expect(seen.length).toBe(1);
    const beside = seen[0] ?? [];
    expect(beside.length).toBeGreaterThan(0);
    expect(beside.every((zh) => zh.length >= 2)).toBe(true);
    expect(new Set(beside).size).toBe(beside.length);
    expect(beside).toContain('汽车');
  });
});

describe('a name with a number (before the first run)', () => {
  const written = new Set(['吉林一号', '吉林省1号', 'jilin-1', '金服云-2']);
  const ask = (question: string) =>
    understandQuery(question, knownPlaces(['吉林省']), {
      timesWritten: (zh) => (written.has(zh) ? 1 : 0),
      romanisedName: (word) => (word === 'jinfuyun' ? ['金服云'] : []),
    });
  const chineseOf = (question: string, english: string) => ask(question).lexiconTranslations?.find((t) => t.english === english);

  it('is a place’s Chinese names and a romanised name’s, as the reports write them', () => {
    expect(chineseOf('How many Jilin-1 satellites are in orbit?', 'jilin-1')).toEqual({
      english: 'jilin-1',
      chinese: ['吉林省1号', '吉林一号'],
      name: true,
    });
    expect(chineseOf('Jinfuyun-2 loans', 'jinfuyun-2')?.chinese).toEqual(['金服云-2']);
  });

  it('none the reports do not write, and none without a count of what they write', () => {
    expect(chineseOf('Jinfuyun-3 loans', 'jinfuyun-3')).toBeUndefined();
    expect(understandQuery('Jilin-1 satellites', knownPlaces(['吉林省'])).lexiconTranslations?.some((t) => t.english === 'jilin-1')).toBe(
      false,
    );
    expect(understandQuery('Jilin-1 satellites', knownPlaces(['吉林省']), { timesWritten: () => 1 }).lexiconTranslations).toContainEqual({
      english: 'jilin-1',
      chinese: ['吉林省一号', '吉林省1号', '吉林省-1', '吉林一号', '吉林1号', '吉林-1'],
      name: true,
    });
  });
});

describe('English words whose Chinese is an indicator’s name (before the first run)', () => {
  it('search the name as a whole', () => {
    const q = understandQuery('zhejiang electric vehicles on the road', knownPlaces(['浙江省']));
    expect(q.indicators.map((i) => i.name)).toEqual(['新能源汽车保有量']);
    expect(q.searchText.split(' ')).toContain('新能源汽车保有量');
  });
});

describe('an English question written as keywords (before the first run)', () => {
  const ask = (question: string) => understandQuery(question, knownPlaces(['安徽省']));

  it('naming a subject asks its figure by "growth" or "total"', () => {
    expect(ask('anhui domestic tourists growth').wantsQuantity).toBe(true);
    expect(ask('anhui domestic tourists total').wantsQuantity).toBe(true);
  });

  it('not when it asks a reason or how', () => {
    expect(ask('anhui domestic tourists reason growth').wantsQuantity).toBe(false);
  });
});

describe('a sentence the table reads as the asked indicator (before the first run)', () => {
  const gdp = asked('湖南24年GDP多少', { indicators: [indicator('地区生产总值')], wantsQuantity: true });
  const facts = (norm: string) =>
    sentenceFacts(questionFacts(gdp, true), {
      sentence: resultSentenceOf(norm),
      lexical: 1,
      chunkScore: 1,
      age: 0,
      tableIndicators: new Set(['地区生产总值']),
    });

  it('where its words name the indicator, they decide whether a number goes with it', () => {
    expect(facts('地区生产总值稳步提升')).toMatchObject({ mention: 1, givesQuantity: false });
    expect(facts('生产总值稳步提升')).toMatchObject({ mention: 0.6, givesQuantity: false });
    expect(facts('地区生产总值增长4.8%')).toMatchObject({ mention: 1, givesQuantity: true });
  });

  it('where they name it nowhere, the table does', () => {
    expect(facts('顶住下行压力，全年增长4.8%')).toMatchObject({ mention: 0.6, givesQuantity: true });
  });
});

describe('after the first run', () => {
  it('a numbered name of no place is the romanised name’s only', () => {
    const q = understandQuery('Jinfuyun-2 loans', knownPlaces(['吉林省']), {
      timesWritten: () => 1,
      romanisedName: (word) => (word === 'jinfuyun' ? ['金服云'] : []),
    });
    expect(q.lexiconTranslations?.find((t) => t.english === 'jinfuyun-2')?.chinese).toEqual(['金服云二号', '金服云2号', '金服云-2']);
  });

  it('keywords naming a subject the dictionary reads, or none, or as a question', () => {
    const ask = (question: string) => understandQuery(question, knownPlaces(['安徽省']));
    expect(ask('anhui tea growth').wantsQuantity).toBe(true);
    expect(ask('anhui tea output growth').wantsQuantity).toBe(true);
    expect(ask('anhui hongqi growth').wantsQuantity).toBe(false);
    expect(ask('What anhui tourists growth').wantsQuantity).toBe(false);
    expect(ask('Tell me anhui tourists growth').wantsQuantity).toBe(false);
  });

  it('words beside a romanised name are remembered apart however they are split', () => {
    const names = new RomanisedNames(() => '红旗汽车产销量分别增长22.9％。\n宏启科技。');
    expect(names.writtenAs('Hongqi', ['汽车', '科技'])).toEqual(['红旗', '宏启']);
    expect(names.writtenAs('Hongqi', ['汽车科技'])).toEqual([]);
  });

  it('a spelling in its characters’ first readings before one in a rarer reading', () => {
    // 张江 is zhang jiang; 长江 reads zhang only by a rarer reading of 长.
    expect(new RomanisedNames(() => '张江科学城。张江实验室。长江经济带。长江大保护。').writtenAs('Zhangjiang')).toEqual(['张江']);
  });
});

describe('after the first run: keywords', () => {
  it('a subject read from the glossary asks its figure; words the reports do not write name none', () => {
    expect(understandQuery('anhui tourists growth', knownPlaces(['安徽省'])).wantsQuantity).toBe(true);
    expect(understandQuery('anhui satellites growth', knownPlaces(['安徽省']), { timesWritten: () => 0 }).wantsQuantity).toBe(false);
    expect(understandQuery('anhui growth target', knownPlaces(['安徽省']), { timesWritten: () => 0 }).wantsQuantity).toBe(true);
  });
});
