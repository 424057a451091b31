import { describe, expect, it } from 'vitest';
import { valueText } from '../../src/answer/figure-format.js';
import { attributeFigures } from '../../src/figures/attribute-numbers.js';
import { extractFigures } from '../../src/figures/index.js';
import { withoutCountryInNames } from '../../src/lang/en/english-country-in-names.js';
import { ENGLISH_STOP_WORDS } from '../../src/lang/en/stop-words.js';
import { attributesAsked, NAME_NUMBER_ASKING, withoutNameShapes } from '../../src/lang/zh/attribute-words.js';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { GENERIC_SEARCH_TERMS } from '../../src/lang/zh/generic-words.js';
import { asksForPlan } from '../../src/lang/zh/intent-words.js';
import { interchangeableWordsIn } from '../../src/lang/zh/interchangeable-words.js';
import { expandPlaceAbbreviations } from '../../src/lang/zh/place-abbreviations.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

/** Session 55: readings found on the tune halves of the fresh sets (engine answers: test/answer/questions-s55.test.ts). */

const places = knownPlaces(['广东省', '拱墅区', '上海市', '山东省']);
const read = (question: string) => understandQuery(question, places, { today: new Date('2026-12-07') });
const input = (sentence: string) =>
  ({ sentence, citationId: 'c1', period: '2025', district: '某省', kind: 'result', source: 'text' }) as const;
const named = (sentence: string, question: string) =>
  attributeFigures(input(sentence), attributesAsked(question)).map((f) => [f.indicator, f.value, valueText(f)]);

describe("a name's number asked in Chinese with no shape of it", () => {
  it('"叫啥数字", "数字代号是多少", "哪个三位数", "数字叫法" ask the number of a quoted name', () => {
    const sentence = '推广“334”联农带农模式。';
    for (const question of ['联农带农模式叫啥数字', '战略目标数字代号是多少', '产业发展以哪个三位数为导向', '交通圈的数字叫法']) {
      expect(named(sentence, question), question).toEqual([['联农带农模式', 334, '334']]);
    }
  });

  it('a question asking an amount or a count reads no quoted name ("联农带农模式有几种", "两位数增长")', () => {
    expect(named('推广“334”联农带农模式。', '联农带农模式有几种')).toEqual([]);
    expect(named('推广“334”联农带农模式。', '增速是不是两位数')).toEqual([]);
  });

  it('the reports\' own 编号 of a thing numbered is no asking: "几次编号洪水"; "编号是N几", "编号是多少" are', () => {
    expect('广东主要江河发生了几次编号洪水'.replace(NAME_NUMBER_ASKING, ' ')).toBe('广东主要江河发生了几次编号洪水');
    expect('半岛北海上风电 编号是N几'.replace(NAME_NUMBER_ASKING, ' ')).toBe('半岛北海上风电  N几');
    expect('那个工程 编号是多少'.replace(NAME_NUMBER_ASKING, ' ')).toBe('那个工程  ');
    expect('那个工程的编号？'.replace(NAME_NUMBER_ASKING, ' ')).toBe('那个工程的 ？');
  });

  it('its asking words are cut from the search words, the name kept', () => {
    expect('孟连联农带农模式 叫啥数字'.replace(NAME_NUMBER_ASKING, ' ').trim()).toBe('孟连联农带农模式');
    expect('云南战略目标 数字代号是多少'.replace(NAME_NUMBER_ASKING, ' ').trim()).toBe('云南战略目标');
    expect('以哪个三位数为导向'.replace(NAME_NUMBER_ASKING, ' ')).toBe('以 为导向');
  });

  it('"叫“几+1”": calling a thing asks its name, no search word', () => {
    expect(GENERIC_SEARCH_TERMS.has('叫')).toBe(true);
    expect(GENERIC_SEARCH_TERMS.has('叫做')).toBe(true);
  });

  it('"叫交旅几号工程": 几号 inside a name asks its number; "会几号开幕" asks a day', () => {
    expect(named('实施“山东交旅1号工程”。', '叫交旅几号工程')).toEqual([['工程', 1, '1号']]);
    expect(named('实施“山东交旅1号工程”。', '博览会几号开幕')).toEqual([]);
  });

  it('quoted names written side by side share the words after the last ("推广“334”“622”等联农带农模式")', () => {
    expect(named('总结推广“334”“622”等联农带农模式。', '叫啥数字')).toEqual([
      ['联农带农模式', 334, '334'],
      ['联农带农模式', 622, '622'],
    ]);
  });

  it('a run of 几 stands for the digits of a name ("“几几几X”")', () => {
    expect(named('推动形成“555X”产业发展格局。', '产业发展格局是“几几几X”')).toEqual([['产业发展格局', 555, '555X']]);
  });
});

describe('English asks of a code name', () => {
  it('"what plus 2", "the \'x+2\' campaign", "\'1 +\' how many" ask the missing digit as Chinese does', () => {
    expect(toReportWording('the clean-up was framed as what plus 2?')).toContain('“几+2”');
    expect(toReportWording("the 'x+2' campaign?")).toContain('“几+2”');
    expect(toReportWording("the '1+x' plan?")).toContain('“1+几”');
    expect(toReportWording("an alliance — '1 +' how many?")).toContain('“1+几”');
    expect(toReportWording('an alliance: 1 plus what?')).toContain('“1+几”');
  });

  it('a plus between spaces ("\'2 + ?\'", "\'? + 3 + X\'") is read as the shape without them', () => {
    expect(named('围绕“2+6”国企架构新布局。', toReportWording("a '2 + ?' soe set-up"))).toEqual([['国企架构新布局', 6, '2+6']]);
    expect(named('打造“7+3+X”发展格局。', toReportWording("the layout '? + 3 + X' — the first number?"))).toEqual([
      ['发展格局', 7, '7+3+X'],
    ]);
  });

  it('a quoted number a party committee owns is named with it ("区委“146”部署要求" beside "省委“132”工作部署")', () => {
    expect(named('紧扣省委“132”工作部署和区委“146”部署要求。', '是哪个三位数')).toEqual([
      ['省委工作部署', 132, '132'],
      ['区委部署要求', 146, '146'],
    ]);
  });

  it('"“3个X” … X是多少": a letter for the number, asked after the name', () => {
    expect(toReportWording('大力实施的“3个X”市重点工程 X是多少')).toContain('“3个几”');
    // A letter of the name that is not asked stays: "“1+N”政策体系".
    expect(toReportWording('“1+N”政策体系有哪些')).toContain('“1+N”');
  });

  it('"what\'s its code", "the four-digit code", "five-digit label" ask a quoted name\'s number', () => {
    expect(named('实施特色现代农业高质量发展“3212”工程。', "the specialty agriculture programme — what's its code?")).toEqual([
      ['工程', 3212, '3212'],
    ]);
    expect(named('全面落实省委“1310”具体部署。', 'the four-digit code?')).toEqual([['省委具体部署', 1310, '1310']]);
    expect(named('民营经济“77789”贡献格局。', 'five-digit label?')).toEqual([['贡献格局', 77789, '77789']]);
  });

  it('the asking words ("called", "code", "digit") translate to nothing; a shape\'s letters are no English word', () => {
    for (const word of ['called', 'code', 'digit', 'label']) expect(ENGLISH_STOP_WORDS.has(word)).toBe(true);
    expect(withoutNameShapes('the “几call” platform')).toBe(`the${' '.repeat(9)}platform`);
    const english = (read("Gongshu's 2023 one-stop business platform is called the 'what-call'?").lexiconTranslations ?? []).map(
      (t) => t.english,
    );
    expect(english).not.toContain('call');
    expect(english).toContain('platform');
  });

  it('"provincial party" is 省委, not the dictionary\'s 一行 of "party"', () => {
    const chinese = (read("Guangdong's provincial party 'specific deployment'").lexiconTranslations ?? []).flatMap((t) => t.chinese);
    expect(chinese).toContain('省委');
    expect(chinese).not.toContain('一行');
  });
});

describe('a growth written after its rate', () => {
  const figures = (sentence: string) =>
    extractFigures({ ...input(sentence), kind: 'result' }).map((f) => [f.indicator, f.value, f.unit, f.change?.value ?? null]);

  it('"汽车产量继续保持40%以上增长、达357万辆": 40% is the growth of 汽车产量, 357万辆 its level', () => {
    expect(figures('汽车产量继续保持40%以上增长、达357万辆。')).toEqual([
      ['汽车产量', 40, '%', 40],
      ['汽车产量', 357, '万辆', null],
    ]);
  });

  it('"实现5%的增长", "保持6%左右的增长": the same with 的 between', () => {
    expect(figures('汽车产量实现5%的增长。')).toEqual([['汽车产量', 5, '%', 5]]);
    expect(figures('全市生产总值保持6%左右的增长，达到2万亿元。')).toEqual([
      ['生产总值', 6, '%', 6],
      ['生产总值', 2, '万亿元', null],
    ]);
  });

  it('a rate before a noun made with 增长 is no growth ("…40%以上的增长极": the clause goes on)', () => {
    expect(figures('形成新兴产业占比40%以上的增长极。').map((f) => f[3])).toEqual([null]);
  });
});

describe("a sector's share of the economy", () => {
  it('"一产占经济的比重", "三产在GDP里占多少", "三产占比是多少" ask the sector\'s share (第X产业比重)', () => {
    expect(toReportWording('钱塘前年一产占经济的比重 才多少')).toBe('钱塘前年第一产业比重 才多少');
    expect(toReportWording('三产在GDP里占多少')).toBe('第三产业比重多少');
    expect(toReportWording('三产占比是多少')).toBe('第三产业比重是多少');
    expect(toReportWording('第二产业增加值占GDP比重')).toBe('第二产业比重');
  });

  it('not inside another word ("统一产业", "二三产")', () => {
    expect(toReportWording('统一产业占比')).toBe('统一产业占比');
    expect(toReportWording('二三产占比多少')).toBe('二三产占比多少');
  });
});

describe('everyday Chinese of session 55', () => {
  it('"吉省" is 吉林省; "省级", "省会" after a word-like abbreviation stay words', () => {
    expect(expandPlaceAbbreviations('吉省森林防火的记录')).toBe('吉林省森林防火的记录');
    expect(expandPlaceAbbreviations('黑省去年粮食产量')).toBe('黑龙江省去年粮食产量');
    expect(expandPlaceAbbreviations('新省级专精特新企业多少家')).toBe('新省级专精特新企业多少家');
    expect(expandPlaceAbbreviations('云省会昆明')).toBe('云省会昆明');
  });

  it('"连着多少个年头零重大火灾", "截到前年": a streak of years with none, as the reports write it', () => {
    expect(toReportWording('截到前年是连着多少个年头零重大火灾')).toBe('截至前年是连续多少年无重大火灾');
    // 零 as a number stays: "3.0零售额", "零售".
    expect(toReportWording('零售额增长多少')).toBe('零售额增长多少');
  });

  it('"帮实体经济融了多少钱": raised money is 融资; 多少钱 asks money and is no search word', () => {
    expect(toReportWording('帮实体经济融了多少钱')).toBe('帮实体经济融资多少钱');
    expect(GENERIC_SEARCH_TERMS.has('多少钱')).toBe(true);
  });

  it('"国资国企这块": the area pointed at is no search word; nor "是啥意思", what a name means', () => {
    for (const word of ['这块', '那块', '这一块', '那一块', '意思', '啥意思', '什么意思'])
      expect(GENERIC_SEARCH_TERMS.has(word)).toBe(true);
  });

  it('"同比多了几成" asks a growth; "多大面积" the area, not 大面积 ("large-scale")', () => {
    expect(toReportWording('游客人次同比多了几成')).toBe('游客人次同比增长多少');
    expect(toReportWording('低效用地要提升改造多大面积')).toBe('低效用地要提升改造面积多少');
    // 多大 of a scale stays: 规模 is a word of indicators' names.
    expect(toReportWording('民间投资多大规模')).toBe('民间投资多大规模');
  });

  it('"要推出几个", "要打造几个": what a plan brings out is its target', () => {
    expect(asksForPlan('杭州24年医疗教育这些领域要推出几个开放场景')).toBe(true);
    expect(asksForPlan('要打造几个未来社区')).toBe(true);
    expect(asksForPlan('推出了几个开放场景')).toBe(false);
  });

  it('"推出5个以上开放场景": at least 5 brought out, a count (not a bound on the scenes, as "10亿元以上项目")', () => {
    const figures = extractFigures({ ...input('在医疗、教育等领域推出5个以上开放场景。'), kind: 'plan' });
    expect(figures.map((f) => [f.indicator, f.value, f.unit, f.qualifier])).toEqual([['推出开放场景', 5, '个', '以上']]);
    expect(extractFigures({ ...input('新开工10亿元以上项目。'), kind: 'plan' })).toEqual([]);
  });

  it('"百强" is the reports\' 100强, "小网格" their 微网格', () => {
    const words = (question: string) => interchangeableWordsIn(question).flatMap((g) => g.group);
    expect(words('民营服务业百强榜')).toContain('100强');
    expect(words('社区里划出多少个小网格')).toContain('微网格');
  });
});

describe('English words of session 55', () => {
  it('"the china international agricultural trade fair", typed in lower case, names an event, not the country', () => {
    expect(withoutCountryInNames('which edition of the china international agricultural trade fair')).toBe(
      'which edition of the       international agricultural trade fair',
    );
    expect(withoutCountryInNames('how big is china in 2024')).toBe('how big is china in 2024');
  });

  const chinese = (question: string) => (read(question).lexiconTranslations ?? []).flatMap((t) => t.chinese);

  it('report senses: "basically" 基本, "coming on stream" 投产, "extra output" 新增产值', () => {
    expect(chinese('surface water with basically stable quality')).toContain('基本');
    expect(chinese('projects coming on stream')).toContain('投产');
    expect(chinese('extra output expected')).toContain('新增产值');
  });

  it('"illegal-structure demolitions" 违法建筑 拆除, "three-star parks" 三星级, "experience sites" 体验地', () => {
    expect(chinese('illegal-structure demolitions')).toEqual(expect.arrayContaining(['违法建筑', '拆除']));
    expect(chinese('three-star parks cultivated')).toContain('三星级');
    expect(chinese('provincial biodiversity experience sites')).toContain('体验地');
    // "so far" is no subject a report must write.
    expect((read('three-star parks cultivated so far').lexiconTranslations ?? []).map((t) => t.english)).not.toContain('far');
  });
});
