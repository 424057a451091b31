/** Session 18 (English helper): a share and an amount asked in English words; names with a number ("Jilin-1"). */
import { describe, expect, it } from 'vitest';
import { asksShareInEnglish, isPercentAnsweringEnglishShare } from '../../src/lang/en/english-share-wording.js';
import { asksAmountInEnglish } from '../../src/lang/en/english-rate-words.js';
import { chineseNumeral, numberedNamesIn, numberedNameSpellings } from '../../src/lang/en/english-numbered-names.js';

describe('a share asked in English asks a number', () => {
  it('reads "share of", "proportion of", "percentage of", "% of"', () => {
    expect(asksShareInEnglish('What share of days had good air in Shandong?')).toBe(true);
    expect(asksShareInEnglish("Yunnan's share of days with good air quality")).toBe(true);
    expect(asksShareInEnglish('fujian share of migrant children in public schools')).toBe(true);
    expect(asksShareInEnglish('What proportion of Anhui’s power comes from renewables?')).toBe(true);
    expect(asksShareInEnglish('the percentage of forest cover in Fujian')).toBe(true);
  });

  it('not a share word used otherwise', () => {
    expect(asksShareInEnglish('How many shares did the fund buy?')).toBe(false);
    expect(asksShareInEnglish('What did Zhejiang share with Anhui?')).toBe(false);
  });

  it('a percentage answers an English share; a count does not', () => {
    expect(isPercentAnsweringEnglishShare({ unit: '%' })).toBe(true);
    expect(isPercentAnsweringEnglishShare({ unit: '万人' })).toBe(false);
    expect(isPercentAnsweringEnglishShare({ unit: '个百分点' })).toBe(false);
  });
});

describe('an amount asked in English', () => {
  it('"how big", "size", "What was X\'s GDP" ask the level', () => {
    expect(asksAmountInEnglish("How big was Hunan's economy in 2024?")).toBe(true);
    expect(asksAmountInEnglish('How large is Fujian’s GDP?')).toBe(true);
    expect(asksAmountInEnglish("What was the size of Hunan's economy?")).toBe(true);
    expect(asksAmountInEnglish("What was Hunan's GDP in 2024?")).toBe(true);
  });

  it('a rate, a change or a target asked is no amount', () => {
    expect(asksAmountInEnglish("What was Hunan's GDP growth in 2024?")).toBe(false);
    expect(asksAmountInEnglish("What is Hunan's GDP target for 2025?")).toBe(false);
    expect(asksAmountInEnglish("How much did Hunan's GDP grow?")).toBe(false);
  });
});

describe('names with a number, as the reports write them', () => {
  it('writes 1–99 as Chinese ordinals', () => {
    expect([1, 9, 10, 12, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '九', '十', '十二', '二十', '二十一', '九十九']);
  });

  it('finds "Jilin-1", "Shenzhou-20", not years or ranges', () => {
    expect(numberedNamesIn('How many Jilin-1 satellites are in orbit?')).toEqual([{ word: 'jilin', n: 1, written: 'jilin-1' }]);
    expect(numberedNamesIn('When did Shenzhou-20 launch?')).toEqual([{ word: 'shenzhou', n: 20, written: 'shenzhou-20' }]);
    expect(numberedNamesIn('GDP in 2024-2025')).toEqual([]);
    expect(numberedNamesIn('a 5-year plan')).toEqual([]);
  });

  it('spells the name with its ordinal and 号, or as written', () => {
    expect(numberedNameSpellings('吉林', 1)).toEqual(['吉林一号', '吉林1号', '吉林-1']);
  });
});

describe('a vehicle word qualifying another noun names no vehicle output (s18en)', () => {
  it('"EV chargers … build" is no NEV output; "NEVs … produce" is', async () => {
    const { indicatorsNamedByVerb } = await import('../../src/lang/zh/english-indicator-verbs.js');
    expect(indicatorsNamedByVerb('how many ev chargers will guangdong build this year?')).toEqual([]);
    expect(indicatorsNamedByVerb('how many ev charging stations did guangdong build?')).toEqual([]);
    expect(indicatorsNamedByVerb('how many nevs did anhui produce last year?')).toEqual(['新能源汽车产量']);
    expect(indicatorsNamedByVerb('which province built the most new energy vehicles?')).toEqual(['新能源汽车产量']);
  });
});

describe('an English question written as keywords (s18en)', () => {
  it('opens with no question word', async () => {
    const { isWrittenAsKeywords } = await import('../../src/lang/en/english-question-openers.js');
    expect(isWrittenAsKeywords('anhui domestic tourists growth')).toBe(true);
    expect(isWrittenAsKeywords('shandong hog output target')).toBe(true);
    expect(isWrittenAsKeywords('How fast did foreign visitors to Guangdong grow last year?')).toBe(false);
    expect(isWrittenAsKeywords("What's Zhejiang's goal?")).toBe(false);
  });

  it('its growth of a subject no indicator names asks the figure; a question in words keeps its own reading', async () => {
    const { knownPlaces, understandQuery } = await import('../../src/retrieve/query.js');
    const places = knownPlaces(['安徽省']);
    expect(understandQuery('anhui domestic tourists growth', places).wantsQuantity).toBe(true);
  });

  it('five years written bare in a terse question is the plan under review', async () => {
    const { BARE_FIVE_YEARS } = await import('../../src/lang/en/english-plan-spans.js');
    expect(BARE_FIVE_YEARS.test('shandong 5g base stations growth five years')).toBe(true);
    expect(BARE_FIVE_YEARS.test('shandong 5g base stations five-year growth')).toBe(true);
    expect(BARE_FIVE_YEARS.test('a five-year plan for growth')).toBe(false);
  });
});
