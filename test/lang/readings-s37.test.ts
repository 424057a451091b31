import { describe, expect, it } from 'vitest';
import { englishPlace } from '../../src/answer/english-names.js';
import { message } from '../../src/answer/messages.js';
import { extractFigures } from '../../src/figures/extract.js';
import { partShareOfEconomy, shareOfWhole } from '../../src/lang/en/english-share-wording.js';
import { asksForGrowth, bareAmountChangeVerb } from '../../src/lang/zh/change-words.js';
import { asksForPlan } from '../../src/lang/zh/intent-words.js';
import { applyPhrasing, COLLOQUIAL_PHRASINGS } from '../../src/lang/zh/colloquial-phrasings.js';
import { asksEconomyGrowth } from '../../src/lang/zh/economy-words.js';
import { cityOfShortName } from '../../src/lang/zh/glossary.js';
import { asksSinceFounding } from '../../src/lang/zh/since-founding-words.js';
import { asksBothYears } from '../../src/lang/zh/comparison-follow-up-words.js';
import { averageWords } from '../../src/lang/zh/qualifiers.js';
import { asksForPriorities, asksForValueOfIndicator } from '../../src/lang/zh/question-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { wordsBesidesAskingAgain } from '../../src/lang/zh/follow-up-words.js';
import {
  lastYearPartNamed,
  namesWholeYear,
  partOfPeriod,
  partOfYearAsked,
  periodWithPart,
  yearPartNamed,
} from '../../src/lang/zh/part-of-year-words.js';
import { resolveYears, yearAfterInConversation } from '../../src/lang/zh/relative-years.js';

/** Session 37: readings of the language layer found on the tune halves of the fresh sets (engine answers: test/answer/questions-s37.test.ts). */

/** The figures a results sentence of the place's report for the period states, each as [value, period]. */
function periodsOf(sentence: string, period = '2024') {
  return extractFigures({ sentence, district: '湖南省', period, kind: 'result', citationId: 'c1', source: 'text' }).map((f) => [
    f.value,
    f.period,
  ]);
}

const HUNAN =
  '顶住经济下行压力，克服二季度增速回落影响，实现三季度增长4.6%、追平全国，四季度增长5.6%、高于全国0.2个百分点，全年增长4.8%、总量达5.3万亿元';

describe('parts of the year, one list for questions, reports and the figure table', () => {
  it.each([
    ['湖南24年四季度GDP增速多少', 'Q4'],
    ['hunan q3 2024 gdp growth', 'Q3'],
    ['第二季度', 'Q2'],
    ['下半年', 'H2'],
    ['前三季度工业增加值', 'Q1-3'],
    ['一季度GDP', 'Q1'],
    ['1-6月', 'H1'],
  ])('a question naming %s asks %s', (text, part) => {
    expect(partOfYearAsked(text)).toBe(part);
  });

  it('the whole year is named, but is no part', () => {
    expect(yearPartNamed('全年GDP')).toBe('Q1-Q4');
    expect(partOfYearAsked('全年GDP')).toBeNull();
    expect(namesWholeYear('那全年呢')).toBe(true);
    expect(namesWholeYear('what about the full year?')).toBe(true);
    expect(namesWholeYear('三季度呢')).toBe(false);
    expect(partOfYearAsked('2024年GDP')).toBeNull();
  });

  it('resolveYears reads the same list', () => {
    expect(resolveYears('四季度', { today: new Date('2026-12-05') }).part).toBe('Q4');
    expect(resolveYears('全年GDP', { today: new Date('2026-12-05') }).part).toBe('Q1-Q4');
  });

  it('the last part named before a figure counts, the widest word whole', () => {
    expect(lastYearPartNamed('克服二季度增速回落影响，实现三季度')).toBe('Q3');
    expect(lastYearPartNamed('前三季度')).toBe('Q1-3');
    expect(lastYearPartNamed('全年')).toBe('Q1-Q4');
    expect(lastYearPartNamed('连续两个季度')).toBeNull();
    expect(lastYearPartNamed('地区生产总值')).toBeNull();
  });

  it('a period label with a part, and the part of a label', () => {
    expect(periodWithPart('2024', 'Q3')).toBe('2024Q3');
    expect(periodWithPart('2024', 'Q1-Q4')).toBe('2024');
    expect(periodWithPart('2024', null)).toBe('2024');
    expect(periodWithPart('2021-2025', 'Q3')).toBe('2021-2025');
    expect(partOfPeriod('2024Q3')).toBe('Q3');
    expect(partOfPeriod('2025Q1-3')).toBe('Q1-3');
    expect(partOfPeriod('2025H2')).toBe('H2');
    expect(partOfPeriod('2024')).toBeNull();
    expect(partOfPeriod('2021-2025')).toBeNull();
  });
});

describe('a figure of one part of the year is filed under that part', () => {
  it('each quarter its own, the whole year back to the year', () => {
    expect(periodsOf(HUNAN)).toEqual([
      [4.6, '2024Q3'],
      [5.6, '2024Q4'],
      [0.2, '2024Q4'],
      [4.8, '2024'],
      [5.3, '2024'],
    ]);
  });

  it('a part named before a 分别 list is every item’s', () => {
    expect(periodsOf('四季度新建商品房网签销售面积环比、同比分别增长51.3%、15.3%')).toEqual([
      [51.3, '2024Q4'],
      [15.3, '2024Q4'],
    ]);
  });

  it('the first three quarters are not the third', () => {
    expect(periodsOf('前三季度GDP增长5.2%，一季度增长4%')).toEqual([
      [5.2, '2024Q1-3'],
      [4, '2024Q1'],
    ]);
  });

  it('a sentence naming no part keeps its period, and so does a span', () => {
    expect(periodsOf('地区生产总值增长5.1%')).toEqual([[5.1, '2024']]);
    expect(periodsOf('三季度增长4.6%', '2021-2025')).toEqual([[4.6, '2021-2025']]);
  });
});

describe('a follow-up naming only a part of the year asks again', () => {
  it('"三季度呢", "那全年呢" say nothing besides the period', () => {
    expect(wordsBesidesAskingAgain('三季度呢', [], [])).toEqual([]);
    expect(wordsBesidesAskingAgain('那全年呢', [], [])).toEqual([]);
    expect(wordsBesidesAskingAgain('三季度出口呢', [], [])).toEqual(['出口']);
  });
});

describe('a change verb alone after a level is the level’s change', () => {
  const read = (sentence: string) =>
    extractFigures({ sentence, district: '北京市', period: '2024', kind: 'result', citationId: 'c1', source: 'text' }).map((f) => [
      f.indicator,
      f.value,
      f.change ? `${f.change.direction}${f.change.value}${f.change.unit}` : '',
    ]);

  it('in the same clause and unit, with or without 同比', () => {
    expect(read('优良天数达到290天、增加19天')).toEqual([['优良天数', 290, 'up19天']]);
    expect(read('耕地面积达到1000万亩、同比减少2万亩')).toEqual([['耕地面积', 1000, 'down2万亩']]);
  });

  it('not a difference named to the year before, another unit, or another clause', () => {
    expect(read('赤字规模5.66万亿元、比上年增加1.6万亿元').map((f) => f[0])).toContain('赤字规模比上年增加');
    expect(read('优良天数达到290天、增加19个').length).toBe(2);
    expect(read('新增高新技术企业161家、科技型中小企业460家，增加29家、43家').map((f) => f[2])).toEqual(['', '', '', '']);
  });

  it('the verb is read alone, after joiners and 同比 only', () => {
    expect(bareAmountChangeVerb('、增加')).toEqual({ word: '增加', direction: 'up' });
    expect(bareAmountChangeVerb('，同比减少')).toEqual({ word: '减少', direction: 'down' });
    expect(bareAmountChangeVerb('增加了')).toEqual({ word: '增加', direction: 'up' });
    expect(bareAmountChangeVerb('比上年增加')).toBeUndefined();
    expect(bareAmountChangeVerb('粮食产量增加')).toBeUndefined();
  });

  it('a rate grows, an amount is added to', () => {
    expect(message('leadChange', 'zh', { down: false, value: 19, unit: '天' })).toBe('，增加19天');
    expect(message('leadChange', 'zh', { down: true, value: 2, unit: '万亩' })).toBe('，减少2万亩');
    expect(message('leadChange', 'zh', { down: false, value: 5.1, unit: '%' })).toBe('，增长5.1%');
    expect(message('leadChange', 'zh', { down: true, value: 0.3, unit: '个百分点' })).toBe('，下降0.3个百分点');
  });
});

describe('an average over years is written with its span', () => {
  it.each([
    ['五年…年均', '五年年均'],
    ['年均', '年均'],
    ['十年…年均', '十年年均'],
    ['5年…年均', '5年年均'],
  ])('%s → %s', (qualifier, words) => {
    expect(averageWords(qualifier)).toBe(words);
  });

  it('no other qualifier is an average', () => {
    expect(averageWords('确保…以上')).toBeNull();
    expect(averageWords('力争…年均')).toBeNull();
    expect(averageWords(undefined)).toBeNull();
    expect(averageWords('平均')).toBeNull();
  });
});

describe('the two years a conversation talked of, asked together', () => {
  it.each(['两年一样多吗', '这两年是一样多吗', '两个年份差多少', '哪年多', 'were both years the same?', 'which year was higher?'])(
    '"%s" asks them',
    (q) => {
      expect(asksBothYears(q)).toBe(true);
    },
  );

  it.each(['两年来新增多少', '近两年GDP增速', '这两个省谁多'])('"%s" does not', (q) => {
    expect(asksBothYears(q)).toBe(false);
  });
});

describe('questions naming an indicator after the group of places ranked, or its movement in English', () => {
  const places = knownPlaces(['安徽省', '上海市', '浙江省']);
  it('"几个省里出口增速谁最高" names 出口', () => {
    expect(understandQuery('去年几个省里 出口整体增速谁最高', places).indicators.map((i) => i.name)).toContain('货物出口');
    expect(understandQuery('这些省份当中出口谁最快', places).indicators.map((i) => i.name)).toContain('货物出口');
  });

  it('"how fast did … rise", "fell", "y/y" ask the value of a named indicator', () => {
    expect(asksForValueOfIndicator('How fast did per capita income rise in 2024?')).toBe(true);
    expect(asksForValueOfIndicator('did exports fall?')).toBe(true);
    expect(asksForValueOfIndicator('retail sales y/y')).toBe(true);
    expect(asksForValueOfIndicator('who chaired the meeting?')).toBe(false);
  });
});

describe('a city of another province named short, where a place stands, or by its English name', () => {
  const places = knownPlaces(['吉林省', '浙江省', '广东省']);
  it('"通化去年…", "通化2024年…" name 通化市, though 通化 alone is no alias (沟通化解)', () => {
    expect(cityOfShortName('通化')).toBe('通化市');
    expect(cityOfShortName('大理')).toBe('大理白族自治州');
    expect(cityOfShortName('沟通')).toBeUndefined();
    expect(cityOfShortName('通')).toBeUndefined();
    expect(understandQuery('通化去年规上工业增速是几', places, { today: new Date('2026-12-05') }).unknownPlaces).toEqual(['通化市']);
    expect(understandQuery('通化2024年GDP', places).unknownPlaces).toEqual(['通化市']);
    expect(understandQuery('沟通化解了多少纠纷', places).unknownPlaces).toEqual([]);
  });

  it('English names that are no pinyin, and the pinyin of short names that are words in Chinese', () => {
    expect(understandQuery("how much did altay's economy grow in '25?", places).unknownPlaces).toEqual(['阿勒泰地区']);
    expect(understandQuery('harbin fixed-asset investment 2024', places).unknownPlaces).toEqual(['哈尔滨市']);
    expect(understandQuery('tonghua gdp 2024', places).unknownPlaces).toEqual(['通化市']);
    // Pinyin that is another place's or thing's name stays out: Jilin the province, the Shenzhen–Zhongshan Link.
    expect(understandQuery('jilin gdp 2024', places).places).toEqual(['吉林省']);
    expect(understandQuery('Shenzhen-Zhongshan Link traffic', places).unknownPlaces).not.toContain('中山市');
  });
});

describe('English shorthand and wording of journalists', () => {
  it('"What share of W is X": the whole first, the part after the verb; of the economy, the part’s share', () => {
    const share = shareOfWhole("What share of Guangdong's economy is the tertiary sector?");
    expect(share).toEqual({ part: 'the tertiary sector', whole: "Guangdong's economy" });
    expect(partShareOfEconomy("What share of Guangdong's economy is the tertiary sector?")).toEqual({
      part: 'the tertiary sector',
      asShare: 'tertiary sector share',
    });
    expect(partShareOfEconomy('Shandong private economy share of GDP 2024')).toBeNull();
    expect(partShareOfEconomy('what share of household consumption spending is services?')).toBeNull();
    const places = knownPlaces(['广东省']);
    expect(understandQuery("What share of Guangdong's economy is the tertiary sector?", places).indicators.map((i) => i.name)).toEqual([
      '第三产业比重',
    ]);
  });

  it('"up how much", "% up", "climbed" ask a growth', () => {
    expect(asksForGrowth("zhejiang factory investment in '24: up how much?")).toBe(true);
    expect(asksForGrowth('infra capex, china, 2022: % up?')).toBe(true);
    expect(asksForGrowth('by what % did manufacturing capex climb in 2024?')).toBe(true);
    expect(asksForGrowth('how many were set up in 2024?')).toBe(false);
  });

  it('capex, factory and infra investment name the indicators and terms the reports write', () => {
    const places = knownPlaces(['浙江省', '国务院']);
    expect(understandQuery("zhejiang factory investment in '24", places).indicators.map((i) => i.name)).toEqual(['制造业投资']);
    expect(understandQuery('manufacturing capex 2024', places).indicators.map((i) => i.name)).toEqual(['制造业投资']);
    expect(understandQuery('infra capex, china, 2022: % up?', places).searchText).toContain('基础设施投资');
  });
});

describe('a plan asked with a manner word between 要 and the verb', () => {
  it('"25年要综合整治多少个" asks the target, "综合整治了多少" the result', () => {
    expect(asksForPlan('北京25年要综合整治多少个老旧小区')).toBe(true);
    expect(asksForPlan('北京25年要全面推进多少个项目')).toBe(true);
    expect(asksForPlan('北京25年综合整治了多少个老旧小区')).toBe(false);
  });
});

describe('an English outline asked by its numbered blocks', () => {
  it('"the numbered task blocks, by title" asks the plan’s outline; "blocks of flats" does not', () => {
    expect(asksForPriorities("beijing's 2026 plan: the numbered task blocks, by title?")).toBe(true);
    expect(asksForPriorities('list the tasks by title')).toBe(true);
    expect(asksForPriorities('how many blocks of flats were renovated?')).toBe(false);
  });
});

describe('the year after the conversation’s', () => {
  it('"第二年", "次年" in a follow-up; not a streak’s nor a plan’s second year', () => {
    expect(yearAfterInConversation('第二年计划建几公里绿道')).toBe('第二年');
    expect(yearAfterInConversation('次年呢')).toBe('次年');
    expect(yearAfterInConversation('钱塘区连续第二年GDP增长多少')).toBeNull();
    expect(yearAfterInConversation('十四五第二年GDP增长多少')).toBeNull();
    expect(yearAfterInConversation('“十四五”第二年')).toBeNull();
  });

  it('alone, "第二年" is no year of today’s', () => {
    expect(resolveYears('第二年计划建几公里绿道', { today: new Date('2026-12-05') }).years).toEqual([]);
  });
});

describe('a share of something other than the economy keeps its reading', () => {
  it('"what share of its new-energy output is used on site" is no sector’s share of the economy', () => {
    expect(partShareOfEconomy('what share of its new-energy output is used on site?')).toBeNull();
    expect(shareOfWhole('what share of its new-energy output is used on site?')?.whole).not.toBe('its new-energy output');
  });
});

describe('words of a name, not a place or a count’s subject', () => {
  it('"全国重点实验室" names an institution: 全国 is no place beside the one asked', () => {
    const places = knownPlaces(['杭州市', '国务院']);
    expect(understandQuery('三年前杭州新添了几家全国重点实验室', places, { today: new Date('2026-12-05') }).places).toEqual(['杭州市']);
    expect(understandQuery('杭州和全国2023年GDP增速各多少', places).places).toEqual(['杭州市', '国务院']);
  });

  it('"新添了几家" is the reports’ 新增; 新加坡 is not', () => {
    const row = COLLOQUIAL_PHRASINGS.find((r) => r.wording === '新增' && r.example.includes('新添'));
    expect(row && applyPhrasing(row, '三年前杭州新添了几家')).toBe('三年前杭州新增几家');
    expect(row && applyPhrasing(row, '新加坡几家')).toBe('新加坡几家');
  });

  it('"3920个新投产项目增加产值5100多亿元" counts the projects; what they add is the next value’s', () => {
    const figures = extractFigures({
      sentence: '3920个新投产项目增加产值5100多亿元',
      district: '山东省',
      period: '2025',
      kind: 'result',
      citationId: 'c1',
      source: 'text',
    }).map((f) => [f.indicator, f.value]);
    expect(figures).toEqual([
      ['新投产项目', 3920],
      ['新投产项目增加产值', 5100],
    ]);
  });

  it('"counting from its new-area launch" asks the review since founding', () => {
    expect(asksSinceFounding('qiantang, counting from its new-area launch: firms added?')).toBe(true);
    expect(asksSinceFounding('from its founding on, how many jobs?')).toBe(true);
    expect(asksSinceFounding('from 2021 to 2024, how many jobs?')).toBe(false);
  });
});

describe('a city named in English by its English name', () => {
  it('Harbin, Altay, Urumqi; a city with no English name of its own by its pinyin', () => {
    expect(englishPlace('哈尔滨市')).toBe('Harbin');
    expect(englishPlace('阿勒泰地区')).toBe('Altay');
    expect(englishPlace('乌鲁木齐市')).toBe('Urumqi');
    expect(englishPlace('通化市')).toBe('Tonghua');
  });
});

describe('a growth target written target first', () => {
  it('"目标增速", "目标增长率" ask the economy’s growth target as "增速目标" does', () => {
    expect(asksEconomyGrowth('拱墅区2025年目标增速多少')).toBe(true);
    expect(asksEconomyGrowth('福建今年目标增长率多少')).toBe(true);
    const places = knownPlaces(['拱墅区']);
    expect(understandQuery('拱墅区2025年目标增速多少', places).indicators.map((i) => i.name)).toEqual(['地区生产总值']);
  });
});
