/**
 * Session 18 (English helper): romanised names the reports write once (a name of three characters, or one written
 * right before a word the question reads: "Hongqi car" → 红旗汽车) and names with a number ("Jilin-1" → “吉林一号”).
 */
import { describe, expect, it } from 'vitest';
import { RomanisedNames } from '../../src/retrieve/romanised-names.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const TEXT = [
  '“金服云”服务实体融资1.58万亿元。',
  '红旗汽车产销量分别增长22.9％和17.4％。',
  '红旗渠精神。',
  '“吉林一号”117颗卫星全球组网。',
].join('\n');

describe('a romanised name written once', () => {
  const names = new RomanisedNames(() => TEXT);

  it('of three characters is the name', () => {
    expect(names.writtenAs('Jinfuyun')).toEqual(['金服云']);
  });

  it('of two characters only right before a word the question reads', () => {
    // 红旗 is written twice here; a two-character spelling written once needs its word beside it.
    const once = new RomanisedNames(() => '红旗汽车产销量分别增长22.9％。\n宏启科技。');
    expect(once.writtenAs('Hongqi')).toEqual([]);
    expect(once.writtenAs('Hongqi', ['汽车'])).toEqual(['红旗']);
    expect(once.writtenAs('Hongqi', ['科技'])).toEqual(['宏启']);
  });
});

describe('a name with a number', () => {
  it('"Jilin-1" reads “吉林一号” when the reports write it', () => {
    const places = knownPlaces(['吉林省']);
    const timesWritten = (zh: string) => TEXT.split(zh).length - 1;
    const q = understandQuery('How many Jilin-1 satellites are in orbit?', places, { timesWritten });
    expect(q.lexiconTranslations?.find((t) => t.english === 'jilin-1')?.chinese).toEqual(['吉林一号']);
    expect(q.places).toEqual(['吉林省']);
  });

  it('nothing when the reports do not write it', () => {
    const q = understandQuery('How many Jilin-2 satellites are in orbit?', knownPlaces(['吉林省']), { timesWritten: () => 0 });
    expect(q.lexiconTranslations?.some((t) => t.english === 'jilin-2')).toBe(false);
  });
});
