import { describe, expect, it } from 'vitest';
import { englishLexicon } from '../../src/lang/en/english-lexicon.js';
import { englishPhrasePattern, hyphenatedInto, modifiedByWord } from '../../src/lang/en/english-terms.js';
import { ENGLISH_NATIONAL_SUBJECT, ENGLISH_WHICH_PLACE } from '../../src/lang/zh/place-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

describe('common English economic words read as the reports write them', () => {
  // The dictionary gave none the reports write ("per capita", "unemployed": an untranslated word refuses),
  // or another sense ("emissions" → 发射, "businesses" → 行业, "set up" → 系列).
  it.each([
    ['per capita', '人均'],
    ['unemployed', '失业'],
    ['emission', '排放'],
    ['business', '企业'],
    ['business', '经营主体'],
    ['set up', '新设'],
    ['spending', '支出'],
    ['value added', '增加值'],
    ['payment', '资金'],
    ['welfare', '救助'],
    ['profit', '利润'],
  ])('%s → %s', (english, chinese) => {
    expect(englishLexicon().reportSenses?.(english)).toContain(chinese);
  });
});

describe('a hyphenated word holding an indicator’s English name is another word', () => {
  it('"low-income" is not income', () => {
    expect(hyphenatedInto(' fujian welfare payments for low-income people ', 'income')).toBe(true);
  });

  it('income written on its own as well is income', () => {
    expect(hyphenatedInto(' low-income households income ', 'income')).toBe(false);
    expect(hyphenatedInto(' shanghai disposable income ', 'income')).toBe(false);
  });

  it('so no income indicator is read from "low-income"', () => {
    const query = understandQuery('fujian welfare payments for low-income people 2025', knownPlaces(['福建省']));
    expect(query.indicators.map((i) => i.name)).not.toContain('居民人均可支配收入');
  });
});

describe('China named in English', () => {
  it('"Chinese cities", "China\'s" are the country', () => {
    expect(ENGLISH_NATIONAL_SUBJECT.test('good air days in chinese cities')).toBe(true);
    expect(ENGLISH_NATIONAL_SUBJECT.test("china's gdp target")).toBe(true);
  });

  it('"which Chinese province" compares places: China is the field', () => {
    expect(ENGLISH_WHICH_PLACE.test('Which Chinese province grew fastest?')).toBe(true);
    expect(ENGLISH_WHICH_PLACE.test('good air days in Chinese cities in 2024')).toBe(false);
  });

  it('the country is read as the place only when no place is compared', () => {
    const places = knownPlaces(['国务院', '江苏省', '浙江省']);
    expect(understandQuery('What share of days had good air quality in Chinese cities in 2024?', places).places).toEqual(['国务院']);
    expect(understandQuery('Which Chinese province grew fastest last year?', places).places).toEqual([]);
  });
});

describe('a bare measure word after a word of its own measures that word’s subject', () => {
  const noPlace = (w: string) => w === 'anhui';

  it('"one-thing services", "real estate investment" are modified', () => {
    expect(modifiedByWord(' anhui one-thing services ', 'services', noPlace)).toBe(true);
    expect(modifiedByWord(' zhejiang real estate investment ', 'investment', noPlace)).toBe(true);
  });

  it('a place, a stop word or nothing before it modifies nothing', () => {
    expect(modifiedByWord(" anhui's services growth ", 'services', noPlace)).toBe(false);
    expect(modifiedByWord(' total investment last year ', 'investment', noPlace)).toBe(false);
    expect(modifiedByWord(' services growth ', 'services', noPlace)).toBe(false);
  });

  it('so "one-thing services" reads no service sector, and "anhui services" still does', () => {
    const places = knownPlaces(['安徽省']);
    const names = (q: string) => understandQuery(q, places).indicators.map((i) => i.name);
    expect(names('How much did Anhui cut processing time for one-thing services?')).not.toContain('服务业增加值');
    expect(names('anhui services growth last year')).toContain('服务业增加值');
  });
});

describe('a noun of doing in a name of several words is also its verb', () => {
  it('"spending on education" is written "spend on education", "investment in energy" "invest in energy"', () => {
    expect(englishPhrasePattern('spending on education').test('how much did beijing spend on education')).toBe(true);
    expect(englishPhrasePattern('investment in energy').test('how much will shandong invest in energy')).toBe(true);
  });

  it('a bare word is not widened: "investment" is not "invest"', () => {
    expect(englishPhrasePattern('investment').test('how much did shanghai invest')).toBe(false);
  });
});
