import { describe, expect, it } from 'vitest';
import { askedCountUnit } from '../../src/lang/zh/asked-shape-words.js';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { interchangeableWordsIn } from '../../src/lang/zh/interchangeable-words.js';
import { askedAmount, asksIncrementAndLevel, withoutIncrementWords } from '../../src/lang/zh/level-question-words.js';
import { attributesAsked } from '../../src/lang/zh/attribute-words.js';
import { attributeFigures } from '../../src/figures/attribute-numbers.js';
import { namesNationalSubject } from '../../src/lang/zh/indicator-scopes.js';
import { valueText } from '../../src/answer/figure-format.js';
import { TIMES_COUNTED } from '../../src/lang/zh/counter-equivalents.js';
import { pointsBack } from '../../src/lang/zh/follow-up-words.js';
import { resolveYears } from '../../src/lang/zh/relative-years.js';
import { nameParts } from '../../src/retrieve/name-parts.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

/** Session 56: readings found on the tune halves of the fresh sets (engine answers: test/answer/questions-s56.test.ts). */

const today = new Date('2026-12-07');
const places = knownPlaces(['江苏省', '钱塘区']);
const read = (question: string) => understandQuery(question, places, { today });

describe('a count of times asked in its unit', () => {
  it('"几场次", "多少万辆次", "多少架次" ask the count of times, not of 场, 辆 or 架', () => {
    expect(askedCountUnit('系列活动全年打算办几场次')).toBe('场次');
    expect(askedCountUnit('口岸进出的交通工具 全年多少万辆次')).toBe('辆次');
    expect(askedCountUnit('起降多少架次')).toBe('架次');
    expect(askedCountUnit('航班几艘次')).toBe('艘次');
  });

  it('"几场", "多少辆" still ask 场 and 辆', () => {
    expect(askedCountUnit('招聘活动办几场')).toBe('场');
    expect(askedCountUnit('造了多少万辆')).toBe('辆');
  });

  it('a unit of times is a measure and 次 ("辆次", "人次"), not 次 alone or a longer unit', () => {
    for (const unit of ['辆次', '场次', '人次', '架次']) expect(TIMES_COUNTED.test(unit), unit).toBe(true);
    for (const unit of ['次', '万辆', '场', '人次数']) expect(TIMES_COUNTED.test(unit), unit).toBe(false);
  });
});

describe('"那边" after a subject marks its area, not the place talked of', () => {
  it('"促消费那边 系列活动办几场次", "科创那里 新建几家" point back at nothing, given the places the question names', () => {
    expect(pointsBack('促消费那边 系列活动全年打算办几场次', [])).toBe(false);
    expect(pointsBack('科创那里 新建实验室几家', ['江苏省', '江苏'])).toBe(false);
  });

  it('after a place it names ("浙江那边新增了多少名"), alone or after a verb of place, it points back', () => {
    expect(pointsBack('浙江那边新增了多少名', ['浙江省', '浙江'])).toBe(true);
    for (const question of ['那边的呢', '那里呢', '在那里建了几个', '去那边的游客多少', '它增长了多少']) {
      expect(pointsBack(question, []), question).toBe(true);
    }
  });

  it('without the places named, every "那边" points back, as before', () => {
    expect(pointsBack('促消费那边 系列活动全年打算办几场次')).toBe(true);
  });
});

describe("an indicator's name as a sentence writes it apart", () => {
  it('"中小学学位" is 中小学 and 学位, the fewest of its tokens that cover it (not the pairs 中小, 小学, 学学)', () => {
    expect(nameParts('中小学学位', ['中小', '小学', '学学', '学位', '中小学', '中小学学位'])).toEqual(['中小学', '学位']);
  });

  it('overlapping pairs with no longer word: the pairs that cover the name end to end', () => {
    expect(nameParts('粮食产量', ['粮食', '食产', '产量', '粮食产量'])).toEqual(['粮食', '产量']);
  });

  it('a character no token covers is left out; a name kept whole has no parts', () => {
    expect(nameParts('新增学位', ['新增', '学位'])).toEqual(['新增', '学位']);
    expect(nameParts('的学位', ['学位'])).toEqual(['学位']);
    expect(nameParts('研发投入', ['研发投入'])).toEqual([]);
  });
});

describe('"the N years to YYYY"', () => {
  it('"five years to 2022", "three years through 2025", "5 years ending in 2020": the years ending with the one written', () => {
    expect(resolveYears('five years to 2022: what did the wetland protection rate reach?', { today }).span).toEqual({
      from: 2018,
      to: 2022,
    });
    expect(resolveYears('zhejiang gdp growth in the three years through 2025?', { today }).span).toEqual({ from: 2023, to: 2025 });
    expect(resolveYears('over the 5 years ending in 2020', { today }).span).toEqual({ from: 2016, to: 2020 });
  });

  it('"from 2020 to 2024" and a year alone read as before', () => {
    expect(resolveYears('from 2020 to 2024', { today }).span).toEqual({ from: 2020, to: 2024 });
    expect(resolveYears('gdp in 2022', { today }).span).toBeUndefined();
  });
});

describe('English names of the surface-water indicator', () => {
  it('"share of … sections at grade III or better" is 地表水优良水体比例', () => {
    const query = read('jiangsu: share of nationally assessed surface-water sections at grade III or better — 2024 vs 2025?');
    expect(query.indicators.map((i) => i.name)).toEqual(['地表水优良水体比例']);
    expect(query.years).toEqual([2024, 2025]);
  });
});

describe('the increment asked in everyday words', () => {
  it('"城里又多出几座公园" is 新增几座公园; "比上年多出几个" stays a difference from its base', () => {
    expect(toReportWording('沪去年城里又多出几座公园')).toBe('沪去年城里新增几座公园');
    expect(toReportWording('多出来多少家')).toBe('新增多少家');
    expect(toReportWording('比上年多出几个公园')).toBe('比上年多出几个公园');
  });

  it('"多了几个", "多出多少", "新添了几家", "添了多少" ask the increment; "有多少" the level', () => {
    for (const question of ['公园多了几个', '多出多少家', '新添了几家', '添了多少座'])
      expect(askedAmount(question), question).toBe('increment');
    expect(askedAmount('公园有多少座')).toBe('level');
    expect(askedAmount('公园多少座')).toBeNull();
  });
});

describe("words people use for the reports' own", () => {
  it('"民企" is 民营企业; "技术改造" is 技改', () => {
    expect(interchangeableWordsIn('进民企500强的有几家')).toContainEqual({ written: '民企', group: ['民企', '民营企业'] });
    expect(interchangeableWordsIn('技术改造投资增长多少')).toContainEqual({ written: '技术改造', group: ['技术改造', '技改'] });
  });
});

describe('English report senses', () => {
  const understood = (question: string) => read(question).lexiconTranslations ?? [];
  it('"hotels" reads 住宿设施 first, "northbound" 北上, "primary care" 基层, "outpatient slots" 号源', () => {
    expect(understood("qiantang's hotels in 2024?").find((t) => t.english.startsWith('hotel'))?.chinese[0]).toBe('住宿设施');
    expect(understood('qiantang northbound trips in 2024?').find((t) => t.english === 'northbound')?.chinese).toEqual(['北上']);
    expect(understood('jiangsu outpatient slots released to primary care in 2024?').flatMap((t) => t.chinese)).toEqual(
      expect.arrayContaining(['号源', '基层']),
    );
  });

  it('"grain-and-oil yield demonstration plots": 粮油 (a term read whole), 单产, 引领方', () => {
    const query = read('jiangsu grain-and-oil yield demonstration plots in 2026?');
    expect(query.searchText).toMatch(/^粮油 /);
    expect((query.lexiconTranslations ?? []).flatMap((t) => t.chinese)).toEqual(expect.arrayContaining(['单产', '引领方']));
  });
});

describe("an area pointed at and the reports' shorthand", () => {
  it('"技术改造那块的投资" is 技术改造投资; "国资国企这块 …" (a pause after it) stays', () => {
    expect(toReportWording('技术改造那块的投资 比全国快出几个百分点')).toBe('技术改造投资 比全国快出几个百分点');
    expect(toReportWording('民生这一块里的支出多少')).toBe('民生支出多少');
    expect(toReportWording('国资国企这块 新兴和未来产业收入要占到几成')).toBe('国资国企这块 新兴和未来产业收入要占到几成');
  });

  it('"信息化和工业化融合" is the reports\' 两化融合', () => {
    expect(toReportWording('信息化与工业化深度融合水平 江苏排第几')).toBe('两化融合水平 江苏排第几');
  });
});

describe("more of people's words for the reports' own", () => {
  it('"残障人士" is rewritten 残疾人; "外出务工" is a word of 转移就业\'s group', () => {
    expect(toReportWording('浙江去年帮残障人士找工作的目标数')).toBe('浙江去年帮残疾人找工作的目标数');
    expect(toReportWording('重度残疾人护理补贴标准')).toBe('重度残疾人护理补贴标准');
    expect(interchangeableWordsIn('农民外出务工的规模')).toContainEqual({ written: '外出务工', group: ['外出务工', '转移就业'] });
  });

  it('"vc funds" is the glossary\'s 创业投资基金 (two letters, read as a term, not a dictionary word)', () => {
    expect(read('jiangsu 2024: how many vc funds were filed?').searchText).toMatch(/^创业投资基金 /);
  });
});

describe('which of a series a thing became ("第几个", "the nth", "which-numbered")', () => {
  const input = (sentence: string) =>
    ({ sentence, citationId: 'c1', period: '2025', district: '浙江省', kind: 'result', source: 'text' }) as const;
  const ordinal = (sentence: string, question: string) =>
    attributeFigures(input(sentence), attributesAsked(question)).map((f) => [f.indicator, f.value, valueText(f)]);
  const sentence = '德清淡水珍珠复合养殖系统成为我省第6个全球重要农业文化遗产。';

  it('"是浙江第几个…", "its nth … — n?", "which-numbered …" read 第6个 of the thing named after it', () => {
    for (const question of [
      '德清淡水珍珠是浙江第几个全球重要农业文化遗产',
      'became its nth heritage site — n?',
      "zhejiang's which-numbered heritage site?",
    ]) {
      expect(ordinal(sentence, question), question).toEqual([['全球重要农业文化遗产', 6, '第6个']]);
    }
  });

  it('no ordinal asked, none read; "第几个小时" is an hour of a plan, not this', () => {
    expect(ordinal(sentence, '德清淡水珍珠是哪年评上的')).toEqual([]);
    expect(ordinal('第1个小时内全面响应。', '第几个小时要全面响应').map(([, , text]) => text)).toEqual(['第1小时']);
  });
});

describe('the increment and the running total asked together', () => {
  it('"新增…几家 累计多少家", "added, and how many in all" ask both; either alone does not', () => {
    expect(asksIncrementAndLevel('浙江24年新增全国重点实验室几家 累计多少家')).toBe(true);
    expect(asksIncrementAndLevel('state key labs added, and how many it has in all?')).toBe(true);
    expect(asksIncrementAndLevel('新增全国重点实验室几家')).toBe(false);
    expect(asksIncrementAndLevel('全国重点实验室累计多少家')).toBe(false);
  });

  it('a name without its increment words: 新增全国重点实验室 → 全国重点实验室, 通用机场增加 → 通用机场', () => {
    expect(withoutIncrementWords('新增全国重点实验室')).toBe('全国重点实验室');
    expect(withoutIncrementWords('通用机场增加')).toBe('通用机场');
    expect(withoutIncrementWords('全国重点实验室')).toBe('全国重点实验室');
    expect(withoutIncrementWords('新建项目增加')).toBe('项目');
    // A name that is no more than the word is no increment of anything: kept whole.
    expect(withoutIncrementWords('新增')).toBe('新增');
    expect(withoutIncrementWords('增加')).toBe('增加');
  });
});

describe('全国 opening a national list or institution a place hosts', () => {
  it('"新增全国重点实验室" is the province\'s labs; "全国GDP", "办理全国政协提案" are the country\'s', () => {
    expect(namesNationalSubject('新增全国重点实验室')).toBe(false);
    expect(namesNationalSubject('全国GDP')).toBe(true);
    expect(namesNationalSubject('办理全国政协提案')).toBe(true);
  });
});
