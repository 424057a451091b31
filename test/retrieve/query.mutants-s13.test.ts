/**
 * Understanding a question: the rules query.ts gained in sessions 11 and 12, on short questions and
 * a hand-picked list of known places, no index (mutation run of session 13; query.mutants.test.ts
 * holds the earlier rules).
 */
import { describe, expect, it } from 'vitest';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

const PLACES = knownPlaces(['浙江省', '江苏省', '国务院', '拱墅区', '杭州市', '福建省', '上海市', '广东省']);
const today = new Date('2026-12-01');
const read = (q: string, places = PLACES) => understandQuery(q, places, { today });
const indicatorNames = (q: string) => read(q).indicators.map((i) => i.name);

describe('an acronym typed with a typo', () => {
  it('is read as the one glossary acronym a letter or a swap away', () => {
    expect(read('浙江GPD增长多少').question).toBe('浙江GDP增长多少');
    expect(indicatorNames('浙江GPD增长多少')).toEqual(['地区生产总值']);
    expect(read('What is the GPD of Zhejiang?').question).toBe('What is the GDP of Zhejiang?');
  });

  it('leaves a known acronym, a lower-case English word and a word of another length alone', () => {
    expect(read('浙江CPI增长多少').question).toBe('浙江CPI增长多少');
    // Two letters off is no typo.
    expect(read('浙江GXX增长多少').question).toBe('浙江GXX增长多少');
    expect(read("What was Zhejiang's gap in 2024?").question).toBe("What was Zhejiang's gap in 2024?");
    expect(read('What is the GDPXX of Zhejiang?').question).toBe('What is the GDPXX of Zhejiang?');
  });
});

describe('a message that only greets', () => {
  it('asks what the bot can do, with full confidence', () => {
    const q = read('你好');
    expect(q.ask).toBe('help');
    expect(q.askConfidence).toBe(1);
  });
});

describe('a report named by its year', () => {
  it('asks the year before for a result, with a note saying so', () => {
    const q = read('2024年政府工作报告里GDP增长了多少');
    expect(q.years).toEqual([2023]);
    expect(q.intent).toBe('result');
    expect(q.yearNotes).toEqual([{ phrase: '“2024年政府工作报告”', year: 2023 }]);
  });

  it("asks the report's own year, as its plan, for anything else, with no note", () => {
    const q = read('国务院2023年报告中的地方政府专项债券规模');
    expect(q.years).toEqual([2023]);
    expect(q.intent).toBe('plan');
    expect(q.yearNotes).toEqual([]);
  });

  it('adds no year when the question names one, or a plan period', () => {
    expect(read('2024年政府工作报告里2022年GDP增长多少').years).toEqual([2022]);
  });
});

describe('a number of a year that is over', () => {
  it('asks the result; this year, or a plan period, stays open', () => {
    expect(read('福建2025年GDP总量').intent).toBe('result');
    expect(read('浙江2026年GDP总量').intent).toBe('any');
    expect(read('福建2025年经济发展有哪些亮点').intent).not.toBe('result');
  });
});

describe('a shortfall asked', () => {
  it('searches the words the reports write a shortfall in', () => {
    const q = read('没完成目标的有哪些');
    expect(q.asksAttainment).toBe(true);
    expect(q.intent).toBe('result');
    expect(q.searchText).toBe('没完成目标的有哪些 低于目标');
    expect(read('浙江GDP增长多少').searchText).toBe('浙江GDP增长多少');
  });
});

describe('main targets asked', () => {
  it('holds for a plan asked in general, not for a named indicator', () => {
    expect(read('广东2026年有啥目标').asksMainTargets).toBe(true);
    expect(read('广东2026年GDP目标是多少').asksMainTargets).toBe(false);
  });
});

describe('English questions', () => {
  it('list a capitalised name no dictionary knows as a word the reports do not write', () => {
    const q = read('What was Starbucks revenue in Shanghai?');
    expect(q.lexiconTranslations).toContainEqual({ english: 'starbucks', chinese: [] });
    expect(q.places).toEqual(['上海市']);
    // A place's name is no unknown word.
    expect(q.lexiconTranslations?.some((t) => t.english === 'shanghai')).toBe(false);
  });

  it("compare economies by their GDP: 'is X's economy bigger than Y's'", () => {
    const q = read("Is Guangdong's economy bigger than Jiangsu's?");
    expect(q.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
    expect(q.places).toEqual(['广东省', '江苏省']);
  });

  it("read a place's growth goal with no indicator as its GDP growth", () => {
    expect(indicatorNames('What growth goal did Fujian set?')).toEqual(['地区生产总值']);
    expect(read('What growth goal did Fujian set?').intent).toBe('plan');
  });

  it('rank the economy across places when no indicator is named', () => {
    expect(indicatorNames('Which province grew slowest?')).toEqual(['地区生产总值']);
    expect(read('Which province grew slowest?').places).toEqual([]);
  });

  it("search a glossary term's other report wordings as one term", () => {
    const q = read('How many college graduates does Guangdong hope to employ?');
    expect(q.termAlternatives).toContainEqual({ english: 'college graduates', chinese: ['大学生', '高校毕业生'] });
    expect(q.searchText.startsWith('大学生 高校毕业生')).toBe(true);
  });

  it("read a share's qualifier written after its head noun", () => {
    expect(read("What share of Jiangsu's investment is private?").searchText.startsWith('民间投资')).toBe(true);
  });

  // Session 15: a plan's English name is a period, not a target word; in 2026 the 14th plan is over, so with no
  // target word its results are asked (the reports' five-year reviews), and a target word still asks the plan.
  it('read a plan named in English as its period; over and with no target word, its results', () => {
    const q = read('GDP growth in the 14th five-year plan');
    expect(q.planPeriod).toEqual({ from: 2021, to: 2025 });
    expect(q.intent).toBe('result');
    expect(read('GDP growth target in the 15th five-year plan').intent).toBe('plan');
  });
});

describe('Chinese questions', () => {
  it('rank the economy when a growth is ranked across places with no indicator', () => {
    const q = read('去年哪个省增长最快');
    expect(q.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
    expect(q.places).toEqual([]);
  });

  it('read a typo of a place before a share of the country as that place, not the country', () => {
    const q = read('广冻核电装机占全国多少');
    expect(q.places).toEqual(['广东省']);
  });

  it('read a plan period with an achievement asked as a result', () => {
    const q = read('十四五时期GDP年均增长多少');
    expect(q.planPeriod).toEqual({ from: 2021, to: 2025 });
    expect(q.intent).toBe('result');
    expect(q.years).toEqual([]);
  });
});

describe('English words the reports do not write', () => {
  it('are not a capitalised word the dictionary translated, nor one a glossary term took', () => {
    const revenue = read('What was the Revenue of Shanghai?').lexiconTranslations ?? [];
    expect(revenue.map((t) => t.english)).toEqual(['revenue']);
    expect(revenue[0].chinese.length).toBeGreaterThan(0);
    const patents = read('How many Invention patents did Shanghai get?');
    expect(patents.lexiconTranslations).toEqual([]);
    expect(patents.indicators.map((i) => i.name)).toEqual(['有效发明专利拥有量']);
  });

  it('are a capitalised name beside a dictionary word, each listed', () => {
    const q = read('What did the Bund area of Shanghai earn?');
    expect(q.lexiconTranslations?.map((t) => t.english)).toEqual(['earn', 'bund']);
    expect(q.lexiconTranslations?.find((t) => t.english === 'bund')?.chinese).toEqual([]);
  });

  it('join words apart that the reports write as one', () => {
    expect(read('average new jobs per year in Zhejiang').searchText).toContain('年均');
    // A Chinese question is searched as written.
    expect(read('浙江年均新增就业多少').searchText).toBe('浙江年均新增就业多少');
  });
});

describe('an unknown subject before a relative year', () => {
  it('is the subject, the year aside', () => {
    const q = read('火星今年GDP');
    expect(q.unknownPlaces).toEqual(['火星']);
    expect(q.places).toEqual([]);
    expect(q.years).toEqual([2026]);
  });
});

describe('main targets asked, not', () => {
  it('when the question asks whether the targets were met, or the outline with them', () => {
    expect(read('广东2025年目标完成了吗').asksMainTargets).toBe(false);
    expect(read('广东2026年主要任务和目标').asksMainTargets).toBe(false);
    expect(read('广东省2026年有啥目标').asksMainTargets).toBe(true);
  });
});

describe('a capitalised word a glossary term took', () => {
  it('is no unknown name, though no dictionary knows it', () => {
    const q = read('What did Shanghai spend on Rural Revitalisation?');
    expect(q.searchText.startsWith('乡村振兴')).toBe(true);
    expect(q.lexiconTranslations?.map((t) => t.english)).toEqual(['spend']);
  });
});

describe('English terms and the country', () => {
  it('read no plan word inside an indicator\'s English name ("life expectancy" holds "expect")', () => {
    const q = read('What is the life expectancy in Shanghai?');
    expect(q.indicators.map((i) => i.name)).toEqual(['人均预期寿命']);
    expect(q.intent).toBe('any');
  });

  it('let a plan word win over a result word', () => {
    expect(read('What was the planned GDP growth and the actual growth of Zhejiang in 2024?').intent).toBe('plan');
  });

  it('read "national" with no place named as the country', () => {
    expect(read('national GDP growth in 2024').places).toEqual(['国务院']);
    expect(read('national GDP growth in 2024', knownPlaces(['浙江省'])).places).toEqual([]);
  });

  it("read a share of the country with no place named as the country's", () => {
    expect(read('核电装机占全国多少').places).toEqual(['国务院']);
  });
});

describe('the run of session 13: survivors of lines 1–300', () => {
  it("lists a term's alternative wordings exactly, and none for a Chinese question", () => {
    expect(read('How many major projects does Zhejiang have?').termAlternatives).toEqual([
      { english: 'major projects', chinese: ['重大项目', '重点项目', '重大工程'] },
    ]);
    expect(read('How many major projects does Zhejiang have?').intent).toBe('any');
    expect(read('浙江GDP多少').termAlternatives).toEqual([]);
  });

  it('lets a plan word win whichever comes first', () => {
    expect(read('What was the actual GDP growth and the planned growth of Zhejiang in 2024?').intent).toBe('plan');
  });

  it('orders places by the first place any of their names is written', () => {
    expect(read('江苏和浙江GDP比，江苏省高吗').places).toEqual(['江苏省', '浙江省']);
  });
});

describe('the run of session 13: survivors of lines 391–451', () => {
  it('asks a result only when every year asked is over', () => {
    expect(read('浙江2025年和2026年GDP总量').intent).not.toBe('result');
  });

  it('lists the years asked in order', () => {
    expect(read('浙江2025年和2024年GDP总量').years).toEqual([2024, 2025]);
  });
});
