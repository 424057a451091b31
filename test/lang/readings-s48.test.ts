import { describe, expect, it } from 'vitest';
import { englishValueText } from '../../src/answer/english-names.js';
import { extractFigures } from '../../src/figures/extract.js';
import { withoutPinyinGlosses } from '../../src/lang/en/english-proper-names.js';
import { englishQuantity } from '../../src/lang/en/english-units.js';
import { asksAmountBesideRank, withoutRankAsked } from '../../src/lang/zh/asked-shape-words.js';
import { pointsAtEarlierThing, withoutPointedStandIn, withoutReferring } from '../../src/lang/zh/follow-up-words.js';
import { asksAboutAttainment } from '../../src/lang/zh/intent-words.js';
import { expandPinyinInitialsInEnglish } from '../../src/lang/zh/place-abbreviations.js';
import { asksForPriorities } from '../../src/lang/zh/question-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

/** Session 48: readings found on the tune halves of the fresh sets (engine answers: test/answer/questions-s48.test.ts). */
const today = new Date('2026-12-06');
const PLACES = knownPlaces(['全国', '江苏省', '浙江省', '北京市', '山东省']);
const understood = (question: string) => understandQuery(question, PLACES, { today });
const namesOf = (sentence: string) =>
  extractFigures({ sentence, district: '云南省', period: '2024', kind: 'result', source: 'text', citationId: 'c1' }).map(
    (f) => f.indicator,
  );

describe('pinyin initials opening an English question', () => {
  it('"bj IC industry…" is Beijing: initials no English word stand for the place before any word', () => {
    expect(expandPinyinInitialsInEnglish('bj IC industry scale growth 2025?')).toBe('Beijing IC industry scale growth 2025?');
    expect(expandPinyinInitialsInEnglish('zj retail sales')).toBe('Zhejiang retail sales');
  });

  it('initials that are English words or shorthand stay words there ("ah ok", "sd card", "hz")', () => {
    expect(expandPinyinInitialsInEnglish('ah ok what about gdp')).toBe('ah ok what about gdp');
    expect(expandPinyinInitialsInEnglish('sd card sales')).toBe('sd card sales');
    expect(expandPinyinInitialsInEnglish('hz band radio')).toBe('hz band radio');
    // Not opening the question: only before a year, a colon or an indicator's name, as before.
    expect(expandPinyinInitialsInEnglish('what about bj IC industry')).toBe('what about bj IC industry');
  });

  it('"IC" is read as 集成电路', () => {
    expect(understood('bj IC industry scale growth 2025?').searchText).toContain('集成电路');
    expect(understood('bj IC industry scale growth 2025?').places).toEqual(['北京市']);
  });
});

describe('"retail sales" of a thing named beside it', () => {
  it('"retail sales of warehouse clubs & concept stores" are those stores’ sales, not the whole 社零', () => {
    const q = understood('jiangsu 2025 retail sales of warehouse clubs & concept stores, growth?');
    expect(q.indicators.map((i) => i.name)).not.toContain('社会消费品零售总额');
    expect(q.searchText).toContain('仓储会员店');
    expect(q.searchText).toContain('集合店');
  });

  it('retail sales alone, total or of consumer goods, is still 社会消费品零售总额', () => {
    for (const q of [
      'jiangsu 2025 retail sales growth',
      'zhejiang total retail sales 2024',
      'zhejiang consumer goods retail sales 2024',
      "what were jiangsu's retail sales in 2025",
    ])
      expect(understood(q).indicators.map((i) => i.name)).toContain('社会消费品零售总额');
  });
});

describe('nuclear capacity written as the units approved and being built', () => {
  it('核电机组 is a name of 核电装机', () => {
    expect(understood('山东核电机组多少').indicators.map((i) => i.name)).toContain('核电装机');
  });
});

describe('an amount asked beside its rank', () => {
  it('asks both where an amount is asked besides the rank', () => {
    expect(asksAmountBesideRank('山东2024年核准和在建核电机组多少，全国排第几')).toBe(true);
    expect(asksAmountBesideRank('shandong nuclear capacity approved+under construction by end-2024, and national rank?')).toBe(true);
    expect(asksAmountBesideRank("how much was zhejiang's GDP in 2024 and its national rank")).toBe(true);
    expect(asksAmountBesideRank('有几家，全国排名多少')).toBe(true);
  });

  it('a rank alone, or an amount alone, is not both', () => {
    expect(asksAmountBesideRank('山东2024年核准和在建核电机组全国排第几')).toBe(false);
    expect(asksAmountBesideRank('浙江GDP排多少')).toBe(false);
    expect(asksAmountBesideRank('全国第几位')).toBe(false);
    expect(asksAmountBesideRank('浙江2024年GDP多少')).toBe(false);
    expect(asksAmountBesideRank("what is zhejiang's national rank")).toBe(false);
  });

  it('the rank asking taken out leaves the amount asked', () => {
    expect(withoutRankAsked('核电机组多少，全国排第几')).toBe('核电机组多少，全国');
  });
});

describe('the means to the year’s targets', () => {
  it('"实现目标的主要措施" asks the plan’s outline, not whether the target was met', () => {
    expect(asksAboutAttainment('拱墅23年计划里 实现目标的主要措施有哪几个方向')).toBe(false);
    expect(asksForPriorities('拱墅23年计划里 实现目标的主要措施有哪几个方向')).toBe(true);
    expect(asksForPriorities('完成目标任务的路径')).toBe(true);
    const q = understood('浙江23年计划里 实现目标的主要措施有哪几个方向');
    expect(q.wantsPriorities).toBe(true);
    expect(q.asksAttainment).toBe(false);
  });

  it('whether a target was met is still asked so', () => {
    expect(asksAboutAttainment('2022年实现目标了吗')).toBe(true);
    expect(asksAboutAttainment('完成目标任务了吗')).toBe(true);
    expect(asksAboutAttainment('实现年度目标')).toBe(true);
  });
});

describe('"这笔钱" points at the money asked before', () => {
  it('points at the earlier question’s 资金, 经费 or 债', () => {
    expect(pointsAtEarlierThing('这笔钱支持了几个项目', '争取到多少资金')).toBe(true);
    expect(pointsAtEarlierThing('这笔钱花在哪', '专项债额度多少')).toBe(true);
    expect(pointsAtEarlierThing('这笔钱支持了几个项目', '新建了多少公园')).toBe(false);
    // A noun of the earlier question's own, as before.
    expect(pointsAtEarlierThing('这批资金支持了几个项目', '争取到多少资金')).toBe(true);
    expect(pointsAtEarlierThing('这批项目投了多少', '新建了多少公园')).toBe(false);
  });

  it('the everyday noun pointing back is no word to search', () => {
    expect(withoutPointedStandIn('这笔钱支持了几个项目')).toBe('支持了几个项目');
    expect(withoutPointedStandIn('那些钱呢')).toBe('呢');
    expect(withoutReferring('这笔钱支持了几个项目')).toBe('支持了几个项目');
    expect(withoutPointedStandIn('这批资金支持了几个项目')).toBe('这批资金支持了几个项目');
  });
});

describe('a name with an alternative in parentheses before its ending', () => {
  it('"生活污水治理（管控）率" is read 生活污水治理率', () => {
    expect(namesOf('农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理（管控）率分别达75%、92%、57%。')).toContain('生活污水治理率');
  });

  it('a unit, or a name before another ending, stays as printed', () => {
    expect(namesOf('中欧班列（义新欧）开行3005列，增长14.7%。')[0]).toBe('中欧班列(义新欧)开行');
  });
});

describe('an amount in 万 or 亿 said in English keeps the digits printed', () => {
  it('1003万千瓦 is 10.03 million kW, not 10 million', () => {
    expect(englishQuantity(1003, '万千瓦')).toBe('10.03 million kW');
    expect(englishQuantity(1269, '万人')).toBe('12.69 million people');
    expect(englishQuantity(118.1, '亿美元')).toBe('11.81 billion US dollars');
  });
});

describe('a pinyin gloss in parentheses', () => {
  const isPlace = (w: string) => ['jilin', 'anhui', 'per', 'capita'].includes(w);
  it('"market entities (jingying zhuti)" is read without the gloss', () => {
    expect(withoutPinyinGlosses('number of market entities (jingying zhuti) and how much it grew?', isPlace)).toBe(
      'number of market entities and how much it grew?',
    );
    expect(understood('anhui 14th FYP: market entities (jingying zhuti)?').searchText).not.toMatch(/jingying|zhuti/);
    // A place the reports do not cover stays, to be said uncovered.
    expect(understood('horgos (xinjiang) port trade volume last yr?').unknownPlaces.length).toBeGreaterThan(0);
  });

  it('a place, English words or a short single word in parentheses stay; a longer single word glosses', () => {
    expect(withoutPinyinGlosses('changchun (jilin province) gdp', isPlace)).toBe('changchun (jilin province) gdp');
    expect(withoutPinyinGlosses('gdp (anhui) 2024', isPlace)).toBe('gdp (anhui) 2024');
    expect(withoutPinyinGlosses('output (per capita)', isPlace)).toBe('output (per capita)');
    // Over the engine's own words: "per capita" is English, though it spells as pinyin.
    expect(understood('zhejiang output (per capita) 2024').searchText).toContain('人均');
    expect(withoutPinyinGlosses('firms (zhuti)', isPlace)).toBe('firms');
    expect(withoutPinyinGlosses('chips (ai)', isPlace)).toBe('chips (ai)');
    expect(withoutPinyinGlosses('pilot-scale (zhongshi) platforms', isPlace)).toBe('pilot-scale platforms');
    expect(withoutPinyinGlosses('output (jilin)', isPlace)).toBe('output (jilin)');
  });
});

describe('a growth over a base written before it', () => {
  it('"澳资企业超6600户、较3年前增长44%": the growth is a figure of its own, its base kept, out of the name', () => {
    const figures = extractFigures({
      sentence: '澳资企业超6600户、较3年前增长44%。',
      district: '广东省',
      period: '2024',
      kind: 'result',
      source: 'text',
      citationId: 'c1',
    });
    expect(figures.map((f) => [f.indicator, f.value, f.unit, f.qualifier ?? '', f.change?.value ?? null])).toEqual([
      ['澳资企业', 6600, '户', '超', null],
      ['澳资企业', 44, '%', '较3年前', 44],
    ]);
  });

  it('a year as the base is read the same way ("比2020年增长30%")', () => {
    const [f] = extractFigures({
      sentence: '外贸企业比2020年增长30%。',
      district: 'X',
      period: '2024',
      kind: 'result',
      source: 'text',
      citationId: 'c1',
    });
    expect([f.indicator, f.qualifier]).toEqual(['外贸企业', '比2020年']);
  });

  it('a growth with no base still joins the level before it', () => {
    const figures = namesOf('澳资企业超6600户、增长44%。');
    expect(figures).toEqual(['澳资企业']);
  });
});

describe('a growth base said in English', () => {
  it('goes after the value', () => {
    expect(englishValueText('较3年前44%')).toBe('44% vs 3 years earlier');
    expect(englishValueText('比2020年30%')).toBe('30% vs 2020');
    expect(englishValueText('超6600户')).toBe('over 6600户');
  });

  it("tenths are read as a percentage, the report's form beside it", () => {
    expect(englishValueText('7成以上')).toBe('over 70% (7成)');
    expect(englishValueText('3.5成')).toBe('35% (3.5成)');
  });
});

describe('a name cut after what qualifies it', () => {
  it('"…50万元以上的行政村占比达68%" names 行政村占比, not 的行政村占比 (the 50万元 bounds the villages counted: no figure)', () => {
    expect(namesOf('村集体经济经营性收入50万元以上的行政村占比达68%。')).toEqual(['行政村占比']);
  });

  it('a 的 before a single character stays (no name either way)', () => {
    expect(namesOf('我省在全国占比超过10%的有44种。')).toContain('的有');
  });
});

describe('tenths written in digits', () => {
  const tenths = (sentence: string) =>
    extractFigures({ sentence, district: 'X', period: '2024', kind: 'result', source: 'text', citationId: 'c1' })
      .filter((f) => f.unit === '成')
      .map((f) => [f.indicator, f.value, f.qualifier ?? '']);

  it('"占一般公共预算支出7成以上" is 7成, as 七成 is', () => {
    expect(tenths('民生类支出占一般公共预算支出7成以上。')).toEqual([['民生类支出占一般公共预算支出', 7, '以上']]);
    expect(tenths('全市八成以上的公园实现开放。')).toEqual([['公园', 8, '以上']]);
  });

  it('a digit before another word of 成 ("3成交额", "1成功"), or two digits, is none', () => {
    expect(tenths('技术合同3成交额增长。')).toEqual([]);
    expect(tenths('第1成功案例。')).toEqual([]);
    expect(tenths('达到10成。')).toEqual([]);
  });
});
