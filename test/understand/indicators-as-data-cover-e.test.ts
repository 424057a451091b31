import { asksForGrowth } from '../../src/lang/zh/change-words.js';
import { describe, expect, it } from 'vitest';
import { asksAboutAttainment } from '../../src/lang/zh/intent-words.js';
import { expandPlaceAbbreviations } from '../../src/lang/zh/place-abbreviations.js';
import { resolveYears } from '../../src/lang/zh/relative-years.js';
import { SHARE_QUESTION } from '../../src/lang/zh/share-words.js';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { placesInsideEntityNames } from '../../src/understand/entity-named-after-place.js';

const PLACES = knownPlaces([
  '钱塘区',
  '杭州市',
  '拱墅区',
  '国务院',
  '上海市',
  '北京市',
  '安徽省',
  '福建省',
  '广东省',
  '江苏省',
  '山东省',
  '浙江省',
]);
const today = new Date('2026-12-01');
const understood = (question: string): UnderstoodQuery => understandQuery(question, PLACES, { today });
const indicatorNames = (question: string): string[] => understood(question).indicators.map((i) => i.name);

describe('indicators the reports state, named as people ask them (glossary data)', () => {
  it.each([
    ['想了解下浙江去年实际用了多少外资', '实际利用外资'],
    ['Fujian grain harvest 2024, in tonnes', '粮食产量'],
    ['how many NEVs are on the road in beijing now', '新能源汽车保有量'],
    ['皖24年新能源车造了多少辆', '新能源汽车产量'],
    ["How many new 'little giant' firms did Guangdong add last year?", '专精特新小巨人企业'],
    ["China's high-tech manufacturing value-added growth in '24", '高技术制造业增加值'],
    ['宁波舟山港今年集装箱要干到多少', '港口集装箱吞吐量'],
    ['江苏25年能耗强度下降目标', '单位GDP能耗'],
    ['Did China meet its 2024 energy-intensity target?', '单位GDP能耗'],
    ['which province had the best air-quality ratio in 2024?', '空气质量优良天数'],
    ['福建去年机场旅客吞吐量多少', '机场旅客吞吐量'],
    ['山东去年财政民生支出多少', '财政民生支出'],
    ['上海去年新增保障性租赁住房多少套', '保障性租赁住房'],
    ['How much in ultra-long special treasury bonds will China issue in 2025?', '超长期特别国债'],
    ["What was Guangdong's general public budget expenditure in 2025?", '一般公共预算支出'],
    ["Was Anhui's industrial growth higher than Shandong's?", '规上工业增加值'],
    ['Which province had the fastest industrial growth last year?', '规上工业增加值'],
    ['广东去年外贸咋样', '进出口总额'],
  ])('%s asks %s', (question, indicator) => expect(indicatorNames(question)).toContain(indicator));

  it('"谁GDP增得快" asks growth', () => {
    expect(asksForGrowth('福建跟江苏比，去年谁GDP增得快')).toBe(true);
    expect(asksForGrowth('福建跟江苏比，去年谁GDP高')).toBe(false);
  });

  it('"industrial growth" is industry\'s value added, never GDP', () => {
    expect(indicatorNames('Anhui industrial growth 2025')).toEqual(['规上工业增加值']);
  });

  it('reads both indicators of "优良天数比例和PM2.5浓度"', () => {
    expect(indicatorNames('北京去年优良天数比例和PM2.5浓度分别是多少').sort()).toEqual(['PM2.5', '空气质量优良天数']);
  });

  it('does not read a count of foreign firms as foreign capital used', () => {
    expect(toReportWording('浙江引进了多少外资企业')).toBe('浙江引进了多少外资企业');
    expect(indicatorNames('浙江引进了多少外资企业')).not.toContain('实际利用外资');
  });

  it('joins English words into an indicator only when together they write its name', () => {
    expect(indicatorNames('How many NEVs did Anhui produce in 2024?')).not.toContain('新能源汽车保有量');
  });
});

describe('places and years as people write them', () => {
  it('reads 沪 before 人均 as 上海', () => {
    expect(expandPlaceAbbreviations('沪人均GDP多少美元')).toBe('上海人均GDP多少美元');
    expect(understood('沪人均GDP多少美元').places).toEqual(['上海市']);
  });

  it('reads 京 before 国家级 as 北京, and leaves 京 inside a word alone', () => {
    expect(expandPlaceAbbreviations('京国家级高新技术企业有多少家了')).toBe('北京国家级高新技术企业有多少家了');
    expect(expandPlaceAbbreviations('南京人均GDP')).toBe('南京人均GDP');
  });

  it("reads an English apostrophe year ('24) and not a possessive", () => {
    const read = resolveYears("China's high-tech manufacturing growth in '24", { today });
    expect(read.years).toEqual([2024]);
    expect(read.notes).toEqual([{ phrase: "'24", year: 2024 }]);
    expect(resolveYears("China's GDP", { today }).years).toEqual([]);
    expect(resolveYears("the 'little giant' firms", { today }).years).toEqual([]);
  });
});

describe('the shape asked', () => {
  it('energy and carbon intensity are no share asked; R&D intensity is', () => {
    expect(SHARE_QUESTION.test('江苏25年能耗强度下降目标')).toBe(false);
    expect(SHARE_QUESTION.test('碳排放强度下降多少')).toBe(false);
    expect(SHARE_QUESTION.test('研发投入强度是多少')).toBe(true);
  });

  it('"控制住了吗" asks whether a target was met', () => {
    expect(asksAboutAttainment('全国23年物价涨幅控制住了吗，目标是多少')).toBe(true);
    expect(understood('全国23年物价涨幅控制住了吗，目标是多少').intent).toBe('result');
    expect(asksAboutAttainment('全国23年物价涨幅目标是多少')).toBe(false);
  });

  it('colloquial verbs of ports and cars are written in the reports words', () => {
    expect(toReportWording('宁波舟山港今年集装箱要干到多少')).toBe('宁波舟山港今年集装箱吞吐量目标是多少');
    expect(toReportWording('皖24年新能源车造了多少辆')).toBe('皖24年新能源汽车产量多少辆');
    expect(toReportWording('集装箱码头建了几个')).toBe('集装箱码头建了几个');
  });
});

describe('a thing named after a place without a report of its own', () => {
  const corpus = ['宁波舟山港集装箱吞吐量达到4500万标箱', '揭阳潮汕机场成为全省第4个吞吐量超千万人次的机场'];
  const corpusHas = (name: string) => corpus.some((s) => s.includes(name));

  it('is the thing when a report writes its whole name, ending in a word for a thing', () => {
    expect([...placesInsideEntityNames('宁波舟山港今年集装箱要干到多少', ['宁波市'], corpusHas)]).toEqual([['宁波市', '宁波舟山港']]);
  });

  it('stays the place when no report writes the name, or the name is no thing', () => {
    expect(placesInsideEntityNames('宁波港去年吞吐量是多少', ['宁波市'], corpusHas).size).toBe(0);
    expect(placesInsideEntityNames('宁波2025年GDP多少', ['宁波市'], corpusHas).size).toBe(0);
    expect(placesInsideEntityNames('宁波舟山2025年GDP多少', ['宁波市'], (n) => n === '宁波舟山')).toEqual(new Map());
  });
});
