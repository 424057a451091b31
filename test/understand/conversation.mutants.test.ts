/**
 * Reading a question in its conversation, on understood questions built field by field: each test
 * sets the few fields one rule reads, so it fails when that rule breaks and no other.
 */
import { describe, expect, it } from 'vitest';
import { asked, indicator } from '../support/hand-built-query.js';
import { CONFIDENT, type UnderstoodQuery } from '../../src/retrieve/query.js';
import { readInConversation, severalQualifiersQuestion } from '../../src/understand/conversation.js';

const GDP = indicator('地区生产总值');
const INCOME = indicator('居民人均可支配收入');

const earlierGdp = asked('钱塘区2024年GDP是多少', { places: ['钱塘区'], years: [2024], indicators: [GDP], wantsQuantity: true });

describe('years', () => {
  it('a plan period is a year of its own: the earlier year is not taken', () => {
    const out = readInConversation(asked('十四五GDP', { indicators: [GDP], planPeriod: { from: 2021, to: 2025 } }), earlierGdp);
    expect(out.years).toEqual([]);
    expect(out.planPeriod).toEqual({ from: 2021, to: 2025 });
  });

  it('keeps its own part of the year, and takes the earlier one only when it states none', () => {
    const earlier = { ...earlierGdp, part: 'Q1' as const };
    expect(readInConversation(asked('上半年GDP', { indicators: [GDP], part: 'H1' }), earlier).part).toBe('H1');
    expect(readInConversation(asked('GDP', { indicators: [GDP] }), earlier).part).toBe('Q1');
  });
});

describe('places', () => {
  it('only a ranking takes no place: another confident ask keeps the earlier one', () => {
    expect(readInConversation(asked('GDP走势', { indicators: [GDP], ask: 'trend' }), earlierGdp).places).toEqual(['钱塘区']);
  });

  it('a ranking read exactly at the confidence bar ranks every place', () => {
    const ranking = asked('GDP排', { indicators: [GDP], ask: 'superlative', askConfidence: CONFIDENT });
    expect(readInConversation(ranking, earlierGdp).places).toEqual([]);
  });

  it('"和江苏比GDP呢" names its own topic: it is not a side added to the earlier question', () => {
    const out = readInConversation(asked('和江苏比GDP呢', { places: ['江苏省'], indicators: [GDP] }), earlierGdp);
    expect(out.places).toEqual(['江苏省']);
  });

  it('"哪个更高" compares the places talked about only when there are two or more', () => {
    // After "钱塘区GDP多少" and a ranking of every district, one place has been talked about.
    const afterRanking = { ...earlierGdp, places: [], conversationPlaces: ['钱塘区'] };
    expect(readInConversation(asked('哪个更高'), afterRanking).places).toEqual([]);
    const afterTwo = { ...earlierGdp, places: ['拱墅区'], conversationPlaces: ['钱塘区', '拱墅区'] };
    expect(readInConversation(asked('哪个更高'), afterTwo).places).toEqual(['钱塘区', '拱墅区']);
  });

  it('a question with its own topic is not about the unknown place asked before', () => {
    const earlier = asked('火星市GDP多少', { unknownPlaces: ['火星市'], indicators: [GDP] });
    expect(readInConversation(asked('财政收入多少', { indicators: [INCOME] }), earlier).unknownPlaces).toEqual([]);
  });
});

describe('how much', () => {
  it('a question with its own place and topic does not ask how much because the earlier one did', () => {
    const out = readInConversation(asked('拱墅区GDP', { places: ['拱墅区'], indicators: [GDP] }), earlierGdp);
    expect(out.wantsQuantity).toBe(false);
  });

  it('a follow-up on a new topic asks how much only if it or the earlier question did', () => {
    const notQuantity = { ...earlierGdp, wantsQuantity: false };
    expect(readInConversation(asked('居民收入', { indicators: [INCOME] }), notQuantity).wantsQuantity).toBe(false);
    expect(readInConversation(asked('居民收入', { indicators: [INCOME] }), earlierGdp).wantsQuantity).toBe(true);
    // Priorities are not a quantity, whatever the earlier question asked.
    expect(readInConversation(asked('重点任务', { wantsPriorities: true }), earlierGdp).wantsQuantity).toBe(false);
  });
});

describe('elliptical follow-ups: the words searched', () => {
  const yearOnly = (intent: UnderstoodQuery['intent']) => asked('那2023年呢', { years: [2023], intent, searchText: '2023' });

  it('"那去年实际呢" after a target question drops the words of intent from the earlier search', () => {
    const target = asked('GDP增长目标', { indicators: [GDP], intent: 'plan' });
    expect(readInConversation(yearOnly('result'), target).searchText).toBe('GDP增长  2023');
  });

  it('keeps them when the earlier question was not about a target, or the follow-up not about a result', () => {
    const notTarget = asked('GDP增长目标', { indicators: [GDP], intent: 'any' });
    expect(readInConversation(yearOnly('result'), notTarget).searchText).toBe('GDP增长目标 2023');
    const target = asked('GDP增长目标', { indicators: [GDP], intent: 'plan' });
    expect(readInConversation(yearOnly('any'), target).searchText).toBe('GDP增长目标 2023');
  });
});

describe('elliptical follow-ups: the qualifier swapped', () => {
  it('"农村的呢" after a question with no qualifier puts it before the indicator named', () => {
    const earlier = asked('杭州居民人均可支配收入多少', { indicators: [INCOME] });
    expect(readInConversation(asked('农村的呢'), earlier).question).toBe('杭州农村居民人均可支配收入多少');
  });

  it('puts it before the earlier question when that names no indicator', () => {
    expect(readInConversation(asked('农村的呢'), asked('收入多少')).question).toBe('农村的呢收入多少');
  });
});

describe('ranking follow-ups', () => {
  const ranking = asked('是不是各省里最高的', { ask: 'superlative' });

  it('rank what the earlier question measured', () => {
    expect(readInConversation(ranking, asked('GDP是多少', { indicators: [GDP] })).question).toBe('地区生产总值是不是各省里最高的');
    expect(readInConversation(ranking, asked('GDP增速是多少', { indicators: [GDP] })).question).toBe('地区生产总值增速是不是各省里最高的');
  });

  it('after a question with no indicator, rank as asked', () => {
    expect(readInConversation(ranking, asked('这个是多少')).question).toBe('是不是各省里最高的');
  });
});

describe('session 10: the outline item, several qualifiers, a year added (mutation run)', () => {
  const outline = asked('钱塘区2025年的工作重点', { places: ['钱塘区'], years: [2025], wantsPriorities: true });

  it('"第三条具体说说" after an outline asks that outline again; with its own topic, or no item, it does not', () => {
    const item = readInConversation(asked('第三条具体说说'), outline);
    expect(item.wantsPriorities).toBe(true);
    expect(item.places).toEqual(['钱塘区']);
    expect(readInConversation(asked('第三条GDP具体说说', { indicators: [GDP] }), outline).wantsPriorities).toBe(false);
    expect(readInConversation(asked('展开具体说说看'), outline).wantsPriorities).toBe(false);
  });

  it('"第三条具体说说" after a figure is no follow-up of it: the earlier indicator is not taken', () => {
    expect(readInConversation(asked('第三条具体说说'), earlierGdp).indicators).toEqual([]);
  });

  it('"比前年快还是慢" after two years adds none, and keeps the earlier reading notes', () => {
    const twoYears = { ...earlierGdp, years: [2023, 2024] };
    expect(readInConversation(asked('比前年快还是慢'), twoYears).years).toEqual([2023, 2024]);
    const relative = { ...earlierGdp, years: [2025], yearNotes: [{ phrase: '去年', year: 2025 }] };
    const out = readInConversation(asked('比前年快还是慢'), relative);
    expect(out.years).toEqual([2024, 2025]);
    expect(out.yearNotes).toEqual([{ phrase: '去年', year: 2025 }]);
  });

  it('a follow-up that asks its own measure asks the earlier indicator, with no other measure word', () => {
    expect(readInConversation(asked('那增速呢'), earlierGdp).question).toBe('地区生产总值那增速呢');
  });

  it('"城镇和农村分别是多少" spells out the earlier indicator once per qualifier', () => {
    const income = asked('江苏去年居民收入多少', { places: ['江苏省'], years: [2025], indicators: [INCOME] });
    expect(severalQualifiersQuestion('城镇和农村分别是多少', income)).toBe('江苏省2025年城镇和农村居民人均可支配收入分别是多少');
    const twoOfEach = { ...income, places: ['江苏省', '浙江省'], years: [2024, 2025] };
    expect(severalQualifiersQuestion('城镇、农村各多少', twoOfEach)).toBe(
      '江苏省和浙江省2024年和2025年城镇和农村居民人均可支配收入分别是多少',
    );
    // An indicator named with its own qualifier: the qualifiers asked take its place.
    const jobless = { ...income, indicators: [indicator('城镇调查失业率')] };
    expect(severalQualifiersQuestion('城镇和农村分别是多少', jobless)).toBe('江苏省2025年城镇和农村调查失业率分别是多少');
  });

  it('"城镇和农村分别是多少" needs two qualifiers and nothing else, after exactly one indicator', () => {
    const income = asked('江苏去年居民收入多少', { places: ['江苏省'], years: [2025], indicators: [INCOME] });
    expect(severalQualifiersQuestion('城镇的呢', income)).toBeNull();
    expect(severalQualifiersQuestion('城镇和农村GDP分别是多少', income)).toBeNull();
    expect(severalQualifiersQuestion('城镇和农村分别是多少', { ...income, indicators: [] })).toBeNull();
    expect(severalQualifiersQuestion('城镇和农村分别是多少', { ...income, indicators: [INCOME, GDP] })).toBeNull();
  });

  // Was a defect the mutants showed: the follow-up's qualifier was put before the indicator's name
  // although the earlier question already said it ("农村农村居民…").
  it('"农村的呢" after a question that already says 农村 keeps the earlier question', () => {
    const rural = asked('杭州2024年农村居民人均可支配收入多少', { places: ['杭州市'], years: [2024], indicators: [INCOME] });
    expect(readInConversation(asked('农村的呢'), rural).question).toBe('杭州2024年农村居民人均可支配收入多少');
  });

  const earlierIncome = asked('杭州2024年城镇居民人均可支配收入增长多少', {
    places: ['杭州市'],
    years: [2024],
    indicators: [INCOME],
    wantsQuantity: true,
  });

  it('a question that names its own indicator keeps it though it points back, asks a trend or ranks', () => {
    const own = (question: string, fields: Partial<UnderstoodQuery> = {}) =>
      readInConversation(asked(question, { indicators: [GDP], ...fields }), earlierIncome).indicators.map((i) => i.name);
    expect(own('它的GDP增长了多少')).toEqual(['地区生产总值']);
    expect(own('GDP这几年怎么变的')).toEqual(['地区生产总值']);
    expect(own('哪个区GDP最高', { ask: 'superlative', askConfidence: 0.9 })).toEqual(['地区生产总值']);
  });

  it('a ranking follow-up with its own qualifier ranks what the earlier question measured', () => {
    const ranking = asked('农村的哪个区最高', { ask: 'superlative', askConfidence: 0.9 });
    const out = readInConversation(ranking, earlierIncome);
    expect(out.question).toBe('居民人均可支配收入增长杭州2024年农村居民人均可支配收入增长多少');
  });
});
