import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/extract.js';
import { rankFiguresForQuestion } from '../../src/figures/ranking.js';
import { onlyAsksAgain, wordsBesidesAskingAgain } from '../../src/lang/zh/follow-up-words.js';
import { asksForGap, asksForRank, asksShareLoosely } from '../../src/lang/zh/asked-shape-words.js';
import { STREAK_LENGTH_QUESTION, STREAK_WRITTEN } from '../../src/lang/zh/span-words.js';
import { levelPrefixVariant } from '../../src/lang/zh/name-variants.js';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { askedSubjects, severalSubjectsLead } from '../../src/answer/several-subjects.js';
import { asksSameDay } from '../../src/lang/zh/delivery-date-words.js';
import { translateContentWords } from '../../src/lang/en/english-lexicon.js';
import { relativeYearInChinese } from '../../src/lang/zh/relative-years.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { figureLead, namedBySentence } from '../../src/answer/figure-lead.js';
import type { Citation } from '../../src/answer/schema.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

/**
 * Session 33's readings of questions and sentences, without the engine (the answers: test/answer/questions-s33.test.ts).
 * A rank asked of a subject no glossary indicator names, a rank among the western provinces, a plan period named in a
 * follow-up.
 */
const today = new Date('2026-12-05');
const read = (q: string) => understandQuery(q, knownPlaces(['云南省', '广东省', '拱墅区', '钱塘区']), { today });
const readIn = (q: string) => understandQuery(q, knownPlaces(['拱墅区']), { today });
const citation = (sentence: string): Citation =>
  ({
    id: 'c1',
    docId: 'd',
    title: 't',
    district: '云南省',
    year: 2025,
    period: '2025',
    kind: 'plan',
    section: [],
    paragraph: 1,
    sentence,
  }) as never;
const figures = (sentence: string, kind: 'result' | 'plan' = 'result') =>
  extractFigures({ sentence, citationId: 'c1', period: '2024', district: '云南省', kind, source: 'text' });

describe('a rank among the western provinces', () => {
  it('"保持西部第1位" is a rank of what the clause names', () => {
    const rank = figures('农产品出口规模保持西部第1位，机电产品出口增长25.1%。').find((f) => f.unit === '位');
    expect(rank).toMatchObject({ indicator: '农产品出口规模', value: 1 });
    expect(rank?.qualifier).toBe('西部第');
  });

  it('"东部" counts too; a bare "第1位" with no scope is no rank', () => {
    expect(figures('研发投入强度居东部第3位。').some((f) => f.unit === '位' && f.value === 3)).toBe(true);
    expect(figures('该项目排第1位。').some((f) => f.unit === '位')).toBe(false);
  });
});

describe('a rank asked of a subject no glossary indicator names', () => {
  const sentence = '健康县城建设经验向全国推广，近两年人均预期寿命增幅居全国第1位，新增养老床位2000张。';
  const all = figures(sentence);
  it('is listed when a rank is asked and it shares a word with the question', () => {
    const listed = rankFiguresForQuestion(all, ['人均预期寿命', '增幅'], { rankAsked: true });
    expect(listed[0]).toMatchObject({ unit: '位', value: 1 });
  });

  it('is not listed when no rank is asked, nor when it shares no word', () => {
    expect(rankFiguresForQuestion(all, ['人均预期寿命', '增幅']).some((f) => f.unit === '位')).toBe(false);
    expect(rankFiguresForQuestion(all, ['养老床位'], { rankAsked: true }).some((f) => f.unit === '位')).toBe(false);
  });
});

describe('a plan period named in a follow-up is a period, as a year is', () => {
  it('"到十四五收官 实际落到多少了" asks again', () => {
    expect(wordsBesidesAskingAgain('到十四五收官 实际落到多少了', [], [])).toEqual([]);
    expect(onlyAsksAgain('十五五末 目标是多少', [], [])).toBe(true);
  });

  it('a subject beside the period is still a subject', () => {
    expect(wordsBesidesAskingAgain('到十四五收官 污水处理厂提标改造落到多少了', [], [])).toEqual(['污水处理厂提标改造']);
  });
});

describe('a share asked by a bare "占多少"', () => {
  it('is a loose share: 占多少 / 占了多少, never a share of a named whole or a share word', () => {
    expect(asksShareLoosely('退税减税里留抵退税占多少')).toBe(true);
    expect(asksShareLoosely('重点产业的占了多少')).toBe(true);
    expect(asksShareLoosely('数字经济核心产业增加值占GDP多少')).toBe(false);
    expect(asksShareLoosely('服务业占比多少')).toBe(false);
    expect(asksShareLoosely('占百分之几')).toBe(false);
    // A share word beside the bare ask still asks a share; no 占 at all is no share.
    expect(asksShareLoosely('出口份额占多少')).toBe(false);
    expect(asksShareLoosely('GDP增长多少')).toBe(false);
  });

  const sentence = '用3年时间，引进留用1万名左右高层次银龄人才，其中银龄教师6000人左右、银龄工程师2000人（含重点产业1000人）左右。';
  it('the part the question names answers it when its sentence gives no share', () => {
    const found = extractFigures({ sentence, citationId: 'c1', period: '2025', district: '云南省', kind: 'plan', source: 'text' });
    const lead = figureLead(read('云南银龄工程师2000人里头 重点产业的占多少'), found, [citation(sentence)]);
    expect(lead).toContain('1000人');
  });

  it('a share in the sentence still answers before the part’s amount', () => {
    const withShare = '全年增值税留抵退税超过2.4万亿元，占退税减税总额的64%。';
    const found = extractFigures({
      sentence: withShare,
      citationId: 'c1',
      period: '2022',
      district: '全国',
      kind: 'result',
      source: 'text',
    });
    expect(preferAskedShape('留抵退税占多少', found).map((f) => f.value)).toEqual([64]);
    expect(
      preferAskedShape(
        '留抵退税占多少',
        found.filter((f) => f.value !== 64),
      ).map((f) => f.value),
    ).toEqual([2.4]);
  });
});

describe('a name’s opening level written with or without 级', () => {
  it('"省级X" and "省X" are one name; a word opening with the short form is not', () => {
    expect(levelPrefixVariant('省级专精特新中小企业')).toBe('省专精特新中小企业');
    expect(levelPrefixVariant('省专精特新中小企业')).toBe('省级专精特新中小企业');
    expect(levelPrefixVariant('国家级高新区')).toBe('国家高新区');
    expect(levelPrefixVariant('省重点项目')).toBe('省级重点项目');
    expect(levelPrefixVariant('市场经营主体总量')).toBeNull();
    expect(levelPrefixVariant('区域创新能力指数')).toBeNull();
    expect(levelPrefixVariant('省重点')).toBeNull();
    expect(levelPrefixVariant('专精特新企业')).toBeNull();
  });
});

describe('a gap asked in everyday words', () => {
  it.each(['三年前杭州GDP增速 跑赢全国几个百分点', '增速跑输全省多少', '离目标差几个点', '比目标差了多少个百分点'])(
    '%s asks a gap',
    (q) => {
      expect(asksForGap(q)).toBe(true);
    },
  );

  it.each(['GDP增长多少', '差不多多少', '还差几个项目'])('%s does not', (q) => {
    expect(asksForGap(q)).toBe(false);
  });
});

describe('years counted back from today', () => {
  it.each([
    ['拱墅四年前的规上工业增加值', 2022],
    ['五年前钱塘固投增速', 2021],
    ['三年前杭州GDP增速', 2023],
    ['两年前的财政收入', 2024],
  ])('%s is %i', (q, year) => {
    expect(read(q).years).toEqual([year]);
  });

  it('"比三年前增长多少" is a comparison base, no year asked', () => {
    expect(read('比三年前增长多少').years).toEqual([]);
  });
});

describe('a level aimed at, "冲到多少"', () => {
  it('reads as a plan’s aim; "冲到了多少" as a level reached', () => {
    expect(toReportWording('拥有量各冲到多少件')).toBe('拥有量各力争达到多少件');
    expect(read('拱墅25年有效发明专利 拥有量冲到多少件').intent).toBe('plan');
    expect(toReportWording('2022年全球通胀冲到了多少年来的新高')).toBe('2022年全球通胀达到多少年来的新高');
  });
});

describe('several things asked each', () => {
  it('"各力争达到多少": an ask of four characters after 各', () => {
    expect(askedSubjects('有效发明专利和高价值发明专利 拥有量各力争达到多少件')).toEqual(['有效发明专利', '高价值发明专利 拥有量']);
  });

  it('a figure both things name alike goes to the thing whose numbers it writes', () => {
    const sentence = '落地10亿元以上项目15个、亿元以上项目100个。';
    const found = extractFigures({ sentence, citationId: 'c1', period: '2025', district: '钱塘区', kind: 'plan', source: 'text' });
    const query = { ...read('钱塘去年要落地的10亿元以上项目和亿元以上项目 目标各几个'), places: ['钱塘区'] };
    const lead = severalSubjectsLead(query, found, [{ ...citation(sentence), district: '钱塘区' }]);
    expect(lead).toMatch(/10亿元以上项目（目标）：15个.*亿元以上项目（目标）：100个/);
  });
});

describe('a report’s delivery day asked of two years', () => {
  it('"换日子了吗" asks whether the day is the same', () => {
    expect(asksSameDay('25年和26年各是1月几号 换日子了吗')).toBe(true);
    expect(asksSameDay('25年是1月几号')).toBe(false);
  });
});

describe('a figure named by its head asked as the amount, its sentence sharing the subject', () => {
  const sentence = '(6)城镇有机更新领域:加快推进文一西路西延工程(二期)等共计60个实施项目,年度计划投资171.4亿元,投资占比8.3%。';
  it('"投资多少" of 年度计划投资, the sentence writing 城镇有机更新', () => {
    expect(namedBySentence({ indicator: '年度计划投资' }, sentence, '杭州24年城镇有机更新那块 投资多少亿')).toBe(true);
  });

  it('not without the shared subject, nor when the head is not what is asked', () => {
    expect(namedBySentence({ indicator: '年度计划投资' }, sentence, '杭州24年先进制造业那块 投资多少亿')).toBe(false);
    expect(namedBySentence({ indicator: '年度计划投资' }, sentence, '杭州24年城镇有机更新那块 投资项目几个')).toBe(false);
  });
});

describe('a rough number asked in English', () => {
  it('"…, roughly?" asks a quantity; "roughly" inside a sentence alone does not', () => {
    expect(readIn('new market entities registered in gongshu in 2022, roughly?').wantsQuantity).toBe(true);
    expect(readIn('what did gongshu roughly plan for industry').wantsQuantity).toBe(false);
  });
});

describe('a streak written in words, and its length asked "连着第几年"', () => {
  it('the sentence writes a streak; "连着第几年" asks its length, not a rank', () => {
    expect(STREAK_WRITTEN.test('连续十七年获评“省平安区”')).toBe(true);
    expect(STREAK_WRITTEN.test('连续推进改革')).toBe(false);
    expect(STREAK_LENGTH_QUESTION.test('拱墅拿“省平安区” 到22年是连着第几年了')).toBe(true);
    expect(asksForRank('拱墅拿“省平安区” 到22年是连着第几年了')).toBe(false);
    expect(asksForRank('浙江GDP全国排第几')).toBe(true);
    expect(asksForRank('第几个五年计划')).toBe(true);
  });
});

describe('a streak in everyday words', () => {
  it('"连着第几年", "一连几年" are written 连续', () => {
    expect(toReportWording('到22年是连着第几年了')).toBe('到22年是连续第几年了');
    expect(toReportWording('一连几年获评')).toBe('连续几年获评');
    expect(toReportWording('连着办了两届')).toBe('连着办了两届');
  });

  it('"拿省平安区" is a title won, written 获评; "拿多少钱" is not', () => {
    expect(toReportWording('拱墅拿省平安区')).toBe('拱墅获评省平安区');
    expect(toReportWording('拿下全国文明城市')).toBe('获评全国文明城市');
    expect(toReportWording('拿了多少补贴')).toBe('拿了多少补贴');
  });
});

describe('two things of one sentence set against each other, "A比B多几家"', () => {
  it('reads the two things; a year, a target or a wider place after 比 is no thing', () => {
    expect(askedSubjects('杭州23年认定的省级数字农业工厂 比未来农场多几家')).toEqual(['杭州23年认定的省级数字农业工厂', '未来农场']);
    expect(askedSubjects('浙江GDP比上年多多少')).toEqual([]);
    expect(askedSubjects('投资比目标多多少')).toEqual([]);
    expect(askedSubjects('增速比全国高几个点')).toEqual([]);
  });

  it('each thing’s figure leads, then by how much the one is more', () => {
    const sentence = '认定省级数字农业工厂18家、未来农场2家。';
    const found = extractFigures({ sentence, citationId: 'c1', period: '2023', district: '钱塘区', kind: 'result', source: 'text' });
    const query = { ...read('钱塘23年认定的省级数字农业工厂 比未来农场多几家'), places: ['钱塘区'] };
    const lead = severalSubjectsLead(query, found, [{ ...citation(sentence), district: '钱塘区' }]);
    expect(lead).toMatch(/18家.*2家.*。前者多16家$/);
    const reversed = severalSubjectsLead({ ...query, question: '钱塘23年未来农场比认定的省级数字农业工厂少几家' }, found, [
      { ...citation(sentence), district: '钱塘区' },
    ]);
    expect(reversed).toMatch(/2家.*18家.*。后者多16家$/);
  });
});

describe('a share of a named whole is a percentage with no change of its own', () => {
  const figure = (indicator: string, unit: string, change?: { direction: 'up'; value: number; unit: string }) =>
    ({ indicator, unit, value: 1, kind: 'actual', ...(change ? { change } : {}) }) as const;
  it('"占…比重" asked keeps only the percentages named by their whole', () => {
    const found = [
      figure('产业投资占全部投资', '%'),
      figure('产业投资占全部投资', '亿元'),
      figure('产业投资占全部投资', '%', { direction: 'up', value: 1, unit: '%' }),
      figure('完成投资为年度计划', '亿元'),
    ];
    expect(preferAskedShape('产业投资占全部投资的比重多少', found)).toEqual([found[0]]);
  });
});

describe('an English phrase the dictionary holds whole, written with a hyphen and a stop word', () => {
  it('"built-up area" reads 建成区, not its words apart', () => {
    const read = translateContentWords("how big will qiantang's built-up area be in 2035?", { exclude: new Set(['qiantang', 'area']) });
    expect(read.map((t) => t.english)).toEqual(['built-up area']);
    expect(read[0].chinese).toContain('建成区');
  });

  it('a plural after the hyphenated word still opens the phrase ("built-up areas")', () => {
    const read = translateContentWords('the built-up areas of qiantang', { exclude: new Set(['qiantang']) });
    expect(read.map((t) => t.english)).toEqual(['built-up areas']);
    expect(read[0].chinese).toContain('建成区');
  });

  it('not a phrase whose readings the reports never write: "loop around" (卷绕) leaves the stop word out', () => {
    const read = translateContentWords('the greenway loop around the ring road', { timesWritten: (zh) => (zh === '卷绕' ? 0 : 1) });
    expect(read.map((t) => t.english)).not.toContain('around');
    expect(read.map((t) => t.english)).not.toContain('loop around');
  });

  it('a hyphenated word the dictionary does not hold, with no phrase after it, is still read as its words', () => {
    expect(translateContentWords('deep-water cages').map((t) => t.english)).not.toContain('deep-water');
    expect(translateContentWords('the area of parks').map((t) => t.english)).not.toContain('area');
  });
});

describe('a misspelt place in English', () => {
  it('is read as the place, said once, and is no romanised name of a thing', () => {
    const q = understandQuery('How many affordable rental homes did Gongshou certify in 2022?', knownPlaces(['拱墅区']), {
      today,
      timesWritten: (zh: string) => (zh === '共守' ? 1 : 0),
      romanisedName: (name: string) => (name.toLowerCase() === 'gongshou' ? ['共守'] : []),
    });
    expect(q.places).toEqual(['拱墅区']);
    expect(q.placeSuggestions.map((s) => s.written)).toEqual(['Gongshou']);
    expect(q.namedThings ?? []).toEqual([]);
    expect(q.searchText).not.toContain('共守');
  });
});

describe('a relative year carried from an English question into a Chinese answer', () => {
  it('is said in Chinese', () => {
    expect(relativeYearInChinese('this year')).toBe('今年');
    expect(relativeYearInChinese('last year')).toBe('去年');
    expect(relativeYearInChinese('去年')).toBe('去年');
    expect(relativeYearInChinese('in a while')).toBe('in a while');
  });
});
