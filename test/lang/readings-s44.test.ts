import { describe, expect, it } from 'vitest';
import { askedSubjects } from '../../src/answer/several-subjects.js';
import { extractFigures } from '../../src/figures/extract.js';
import { listUnit } from '../../src/figures/respectively.js';
import { compoundedInto } from '../../src/lang/en/english-terms.js';
import { AMOUNT_CHANGE_ASKED } from '../../src/lang/zh/change-words.js';
import { citiesAfterProvince } from '../../src/lang/zh/place-shapes.js';
import { onlyAsksAgain } from '../../src/lang/zh/follow-up-words.js';
import { asksForResultBeyondHowMuch, namesTask } from '../../src/lang/zh/intent-words.js';
import { VERB_BEFORE_HOW_MANY } from '../../src/lang/zh/span-words.js';
import { periodScore } from '../../src/retrieve/period-match.js';
import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';

/** Session 44: readings found on the tune halves of the fresh sets (engine answers: test/answer/questions-s44.test.ts). */
const today = new Date('2026-12-06');
const PLACES = knownPlaces(['浙江省', '福建省', '山东省', '全国']);
const understood = (question: string): UnderstoodQuery => understandQuery(question, PLACES, { today });
const inConversation = (...questions: string[]) => conversationState(questions.map(understood));
const figuresOf = (sentence: string) =>
  extractFigures({ sentence, kind: 'result', period: '2022', district: '全国', citationId: 'c1', source: 'text' }).map((f) => ({
    name: f.indicator,
    value: f.value,
    unit: f.unit,
  }));

describe('the five years asked in a follow-up ("这五年")', () => {
  it('are the follow-up’s own time: the year talked of is not carried', () => {
    const state = inConversation('福建去年闽台融合有啥进展', '小三通客运航线这五年运了多少旅客');
    expect(state?.years).toEqual([]);
    expect(state?.places).toEqual(['福建省']);
  });

  it('name no subject: "这五年年均增长多少" after a GDP question asks GDP over the five years', () => {
    expect(onlyAsksAgain('这五年年均增长多少', [], [])).toBe(true);
    const state = inConversation('浙江去年GDP多少', '这五年年均增长多少');
    expect(state?.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
    expect(state?.years).toEqual([]);
  });

  it('a trend asked over "这几年" still reads the conversation’s years', () => {
    expect(inConversation('浙江2024年GDP增长多少', '这几年怎么变的')?.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
  });
});

describe('the 到 before how many ("参保率到多少了")', () => {
  it('is taken out before the question is cut, so no 率到 is searched', () => {
    expect('参保率到多少了'.replace(VERB_BEFORE_HOW_MANY, ' ')).toBe('参保率 多少了');
    expect('到几个了'.replace(VERB_BEFORE_HOW_MANY, ' ')).toBe(' 几个了');
    // So is 有 since session 45 ("专利池有几个": no 池有 searched; test/lang/readings-s45.test.ts).
    expect('专利池有几个'.replace(VERB_BEFORE_HOW_MANY, ' ')).toBe('专利池 几个');
    // A 到 that is no asking word stays: "到2025年", "达到".
    expect('到2025年达到多少'.replace(VERB_BEFORE_HOW_MANY, ' ')).toBe('到2025年达 多少');
  });
});

describe('a list whose unit is written once after its last value', () => {
  it('gives each value the last unit when its own is only the magnitude', () => {
    expect(listUnit('万', '万平方公里')).toBe('万平方公里');
    expect(listUnit('', '万平方公里')).toBe('万平方公里');
    expect(listUnit('万亿', '万亿元')).toBe('万亿元');
    // A unit of its own stays: "15家、3.2万平方米".
    expect(listUnit('家', '万平方米')).toBe('家');
    // A magnitude the last unit does not start with stays too.
    expect(listUnit('亿', '万平方公里')).toBe('亿');
  });

  it('reads "分别净减少10.6万、3.8万、3.3万平方公里" as three areas', () => {
    expect(figuresOf('水土流失、荒漠化、沙化土地面积分别净减少10.6万、3.8万、3.3万平方公里。')).toEqual([
      { name: '水土流失', value: 10.6, unit: '万平方公里' },
      { name: '荒漠化', value: 3.8, unit: '万平方公里' },
      { name: '沙化土地面积', value: 3.3, unit: '万平方公里' },
    ]);
  });
});

describe('money paid less or more ("一年少付了多少")', () => {
  it('asks how much an amount changed', () => {
    expect(AMOUNT_CHANGE_ASKED.test('居民存量房贷利息一年少付了多少')).toBe(true);
    expect(AMOUNT_CHANGE_ASKED.test('企业多缴了多少税')).toBe(true);
    expect(AMOUNT_CHANGE_ASKED.test('多花多少钱')).toBe(true);
    // How much alone, or a count, is no change.
    expect(AMOUNT_CHANGE_ASKED.test('居民存量房贷利息是多少')).toBe(false);
    expect(AMOUNT_CHANGE_ASKED.test('新增多少家')).toBe(false);
  });
});

describe('a task of a year not over, asked how many', () => {
  it('names a task by its verb; how much alone asks no result beyond it', () => {
    expect(namesTask('今年开工筹集城中村改造安置住房多少套')).toBe(true);
    expect(namesTask('今年GDP增长多少')).toBe(false);
    expect(asksForResultBeyondHowMuch('今年开工筹集安置住房多少套')).toBe(false);
    expect(asksForResultBeyondHowMuch('今年实际开工了多少套')).toBe(true);
  });

  it('asks the year’s plan; a result asked in words of its own, a past year or a statistic stays a result', () => {
    expect(understood('福建今年开工筹集城中村改造安置住房多少套').intent).toBe('plan');
    expect(understood('福建2027年新建多少公里高速').intent).toBe('plan');
    expect(understood('福建今年实际开工了多少套安置住房').intent).toBe('result');
    expect(understood('福建2024年开工筹集城中村改造安置住房多少套').intent).toBe('result');
    expect(understood('浙江今年GDP增长多少').intent).toBe('result');
  });

  it('a follow-up about a year over asks the result; one about the plan asked in its own words keeps the plan', () => {
    expect(understood('福建今年开工筹集城中村改造安置住房多少套').planOfYearsFrom).toBe(2026);
    expect(understood('福建今年计划开工筹集城中村改造安置住房多少套').planOfYearsFrom).toBeUndefined();
    expect(inConversation('福建今年开工筹集城中村改造安置住房多少套', '那去年呢')?.intent).toBe('result');
    expect(inConversation('福建今年开工筹集城中村改造安置住房多少套', '那明年呢')?.intent).toBe('plan');
    expect(inConversation('福建今年计划开工筹集城中村改造安置住房多少套', '那去年呢')?.intent).toBe('plan');
  });
});

describe('the level a look back on five years ends on, asked of the plan', () => {
  const plan = { years: [], planPeriod: { from: 2021, to: 2025 }, part: null, intent: 'result' as const };
  const sentence = { period: '2025', kind: 'result' as const, norm: '164条县域重点产业链强链补链延链', section: ['一、2025年工作回顾'] };

  it('fits the plan when marked as ending its review, as a sentence under a heading naming the plan does', () => {
    expect(periodScore({ ...sentence, endsPlanReview: true }, plan)).toBe(
      periodScore({ ...sentence, section: ['一、“十四五”时期和2025年工作回顾'] }, plan),
    );
    expect(periodScore({ ...sentence, endsPlanReview: true }, plan)).toBeGreaterThan(0);
  });

  it('does not fit unmarked, nor as a plan, nor labelled another year', () => {
    expect(periodScore(sentence, plan)).toBe(0);
    expect(periodScore({ ...sentence, endsPlanReview: true, kind: 'plan' as const }, plan)).toBe(0);
    expect(periodScore({ ...sentence, endsPlanReview: true, period: '2024' }, plan)).toBe(0);
  });
});

describe('two things joined after one how-many ("办结了多少件人大代表建议和政协提案")', () => {
  it('are each asked, in the order written', () => {
    expect(askedSubjects('云南前年办结了多少件人大代表建议和政协提案')).toEqual(['人大代表建议', '政协提案']);
  });

  it('not short things (two levels of one head are two things since session 47: readings-s47)', () => {
    expect(askedSubjects('新建了多少个公园和绿道')).toEqual([]);
  });
});

describe('a city by its short name right after its province ("江苏昆山GDP")', () => {
  it('is that city, within the province', () => {
    expect(citiesAfterProvince('江苏昆山GDP多少', '江苏省')).toEqual(['昆山市']);
    expect(citiesAfterProvince('广东省东莞去年GDP', '广东省')).toEqual(['东莞市']);
    expect(understandQuery('江苏昆山GDP多少', knownPlaces(['江苏省']), { today }).citiesWithin).toEqual(['昆山市']);
  });

  it('not another province’s city, nor words after the province that name no city', () => {
    expect(citiesAfterProvince('浙江昆山GDP多少', '浙江省')).toEqual([]);
    expect(citiesAfterProvince('江苏2025年GDP多少', '江苏省')).toEqual([]);
    expect(citiesAfterProvince('江苏新增多少家企业', '江苏省')).toEqual([]);
  });
});

describe('a from–to pair in two magnitudes of one measure ("从4500公里增加到1万公里")', () => {
  it('is a pair: the value reached first, the start marked as such', () => {
    const figures = extractFigures({
      sentence: '轨道交通运营里程从4500公里增加到1万公里。',
      kind: 'result',
      period: '2022',
      district: '全国',
      citationId: 'c1',
      source: 'text',
    });
    expect(figures.map((f) => [f.value, f.unit, f.qualifier ?? null])).toEqual([
      [1, '万公里', null],
      [4500, '公里', '从'],
    ]);
  });

  it('not two measures ("由5万元增至12亿人次" names no pair)', () => {
    expect(figuresOf('游客由5万人增至12亿元。').map((f) => f.unit)).toEqual(['万人', '亿元']);
  });
});

describe('a project’s "total investment"', () => {
  it('is its 总投资, no fixed-asset investment of the place', () => {
    expect(compoundedInto('gulei refining-chemical integration phase II: total investment?', 'investment')).toBe(true);
    expect(understood('gulei refining-chemical integration phase II: total investment?').indicators).toEqual([]);
  });

  it('not where the word stands alone once ("industrial investment\'s share of total investment")', () => {
    expect(compoundedInto("industrial investment's share of total investment", 'investment')).toBe(false);
    expect(compoundedInto('Zhejiang investment growth in 2025', 'investment')).toBe(false);
    // "income tax" still compounds the word after.
    expect(compoundedInto('corporate income tax rate', 'income')).toBe(true);
  });
});

describe('a threshold counted on sales ("起征点从月销售额3万元提高到15万元")', () => {
  it('is a from–to pair, the sales basis and the leading 阶段性将 no part of the name', () => {
    expect(figuresOf('阶段性将小规模纳税人增值税起征点从月销售额3万元提高到15万元。')).toEqual([
      { name: '小规模纳税人增值税起征点', value: 15, unit: '万元' },
      { name: '小规模纳税人增值税起征点', value: 3, unit: '万元' },
    ]);
  });
});
