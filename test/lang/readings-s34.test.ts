import { describe, expect, it } from 'vitest';
import { attributeFigures } from '../../src/figures/attribute-numbers.js';
import { attributesAsked } from '../../src/lang/zh/attribute-words.js';
import { periodScore } from '../../src/retrieve/period-match.js';
import { askedSubjects } from '../../src/answer/several-subjects.js';
import { whichIsMoreWord } from '../../src/lang/zh/several-subjects-words.js';
import { countedAs } from '../../src/lang/zh/counter-equivalents.js';
import { pointsAtEarlierThing } from '../../src/lang/zh/follow-up-words.js';
import { writesOwnSubject } from '../../src/understand/side-years.js';
import { readInConversation } from '../../src/understand/conversation.js';
import { asksForQuantity } from '../../src/lang/zh/question-words.js';
import { GENERIC_SEARCH_TERMS } from '../../src/lang/zh/generic-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { pointsAtTalkedOfYear } from '../../src/lang/zh/follow-up-words.js';
import { askedCountUnit } from '../../src/lang/zh/asked-shape-words.js';
import { STREAK_LENGTH_QUESTION, STREAK_RUN } from '../../src/lang/zh/span-words.js';
import { clip } from '../../src/figures/indicator-naming.js';
import { extractFigures } from '../../src/figures/extract.js';
import { comparesWithLastAnswer } from '../../src/lang/zh/comparison-follow-up-words.js';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { expandPinyinInitialsInEnglish } from '../../src/lang/zh/place-abbreviations.js';
import { translateContentWords } from '../../src/lang/en/english-lexicon.js';
import { asksInFutureTense } from '../../src/lang/en/english-future-wording.js';
import { indicatorMention } from '../../src/retrieve/indicator-mention.js';

/**
 * Session 34's readings of questions and sentences, without the engine (the answers: test/answer/questions-s34.test.ts).
 * A name's number beside a second quoted name, a policy package named by the words before its quotes, two sides each
 * with a subject of its own, a thing pointed at by a follow-up, a report carried through a conversation.
 */
const today = new Date('2026-12-05');
const read = (q: string) =>
  understandQuery(q, knownPlaces(['上海市', '浙江省', '山东省', '福建省', '拱墅区', '钱塘区', '杭州市', '国务院']), { today });
const attributes = (question: string, sentence: string) =>
  attributeFigures(
    { sentence, citationId: 'c1', period: '2023', district: '拱墅区', kind: 'result', source: 'text' },
    attributesAsked(question),
  );

describe('a quoted name’s number', () => {
  it('"“1612”与“141”体系贯通": the name is the words after the second quoted name, not nothing', () => {
    const [figure] = attributes('那个叫“16几几”', '深化数字化改革，推进“1612”与“141”体系贯通，进一步夯实区级平台数字底座。');
    expect(figure).toMatchObject({ indicator: '体系贯通', value: 12, qualifier: '16' });
  });

  it('"减轻企业负担“20条”等政策": a bare noun after the quotes is named by the words before them', () => {
    const [figure] = attributes('减轻企业负担的措施多少条', '实施减轻企业负担“20条”等政策，全年新增减负超过1160亿元。');
    expect(figure).toMatchObject({ indicator: '减轻企业负担政策', value: 20, unit: '条' });
  });

  it('"条数" asks a package’s articles; "亿条数据" asks no article', () => {
    expect(attributesAsked('措施条数差多少').some((k) => k.unit === '条')).toBe(true);
    expect(attributesAsked('汇进来多少亿条数据').some((k) => k.unit === '条')).toBe(false);
  });
});

describe('a five-year plan asked of its first year', () => {
  const plan = { period: '2026-2030', kind: 'plan' as const, norm: '加快构建“2+3+6+6”现代化产业体系' };
  it('answers a question with no word of intent, weakly', () => {
    expect(periodScore(plan, { years: [2026], planPeriod: null, part: null, intent: 'any' })).toBe(0.15);
  });
  it('not a later year of the plan, nor a result asked', () => {
    expect(periodScore(plan, { years: [2027], planPeriod: null, part: null, intent: 'any' })).toBe(0);
    expect(periodScore(plan, { years: [2026], planPeriod: null, part: null, intent: 'result' })).toBe(0);
  });
});

describe('two things set side by side', () => {
  it('"A 跟 B … 差多少" asks each thing’s figure', () => {
    expect(askedSubjects('山东的营商环境创新提升措施 跟上海减轻企业负担那套措施 条数差多少')).toEqual([
      '山东的营商环境创新提升措施 ',
      '上海减轻企业负担那套措施 条数',
    ]);
  });

  it('"谁压谁一头" asks which is more, a number', () => {
    expect(whichIsMoreWord('数量上谁压谁一头')).toBe('多');
    expect(whichIsMoreWord('哪边占上风')).toBe('多');
    expect(whichIsMoreWord('哪个里程长')).toBe('长');
    expect(whichIsMoreWord('都是几小时的')).toBeNull();
    expect(asksForQuantity('山东和福建的项目 数量上谁压谁一头')).toBe(true);
  });

  it('projects counted by 项 and by 个 are one measure', () => {
    expect(countedAs('项')).toBe(countedAs('个'));
    expect(countedAs('项')).not.toBe(countedAs('人'));
  });

  it('a side’s own words name a subject only beyond its place, its year and the words of asking', () => {
    expect(writesOwnSubject('山东安排的重大科技攻关 和', ['山东省', '山东'])).toBe(true);
    expect(writesOwnSubject('安徽和', ['安徽省', '安徽'])).toBe(false);
    expect(writesOwnSubject('拱墅同年的目标比呢', ['拱墅区', '拱墅'])).toBe(false);
    expect(writesOwnSubject('山东24年做的 哪个多', ['山东省', '山东'])).toBe(false);
  });
});

describe('words pointing, no subject', () => {
  it('a pointing word with its measure, and a report pointed at, are no words a sentence must write', () => {
    for (const w of ['那套', '这批', '那些', '同一份', '那份', '还是']) expect(GENERIC_SEARCH_TERMS.has(w)).toBe(true);
    expect(GENERIC_SEARCH_TERMS.has('体系')).toBe(false);
  });

  it('"这套体系" after a question writing 体系 points at that question’s subject; an unrelated noun does not', () => {
    expect(pointsAtEarlierThing('到26年报告里这套体系还在迭代吗', '浙江25年报告里那个“141”基层治理体系 是要完善还是新建')).toBe(true);
    expect(pointsAtEarlierThing('这批项目投了多少', '浙江25年报告里那个“141”基层治理体系')).toBe(false);
    expect(pointsAtEarlierThing('体系还在迭代吗', '“141”基层治理体系')).toBe(false);
  });
});

describe('a report named earlier in a conversation', () => {
  it('"同一份报告里…" keeps the report the conversation named, to be read either way', () => {
    const earlier = read('上海26年报告里的创新创业青年论坛叫多少人论坛');
    expect(earlier.namedReport?.year).toBe(2026);
    const next = readInConversation(read('同一份报告里 那套现代化产业体系是“2+几+6+6”'), earlier);
    expect(next.places).toEqual(['上海市']);
    expect(next.namedReport?.year).toBe(2026);
  });
});

describe('a year pointed at in a conversation', () => {
  it('"那年", "同年", "that year" point at the conversation’s year; a year written does not', () => {
    expect(pointsAtTalkedOfYear('行吧 还是钱塘 那年省级现代化美丽城镇示范镇要新增几个')).toBe(true);
    expect(pointsAtTalkedOfYear('and in that year?')).toBe(true);
    expect(pointsAtTalkedOfYear('钱塘2025年省级现代化美丽城镇示范镇要新增几个')).toBe(false);
  });

  it('a question of its own place keeps the conversation’s year when it says "那年"', () => {
    const earlier = read('钱塘25年要新增培育多少家出口主体');
    const next = readInConversation(read('行吧 还是钱塘 那年省级现代化美丽城镇示范镇要新增几个'), earlier);
    expect(next.places).toEqual(['钱塘区']);
    expect(next.years).toEqual([2025]);
  });

  it('"前一年" in a question of its own place is the year before the conversation’s, not before today', () => {
    const earlier = read('福建24年开工改造的老旧小区 有多少万户');
    const next = readInConversation(read('杭州前一年改完的那批 惠及多少住户'), earlier);
    expect(next.places).toEqual(['杭州市']);
    expect(next.years).toEqual([2023]);
  });
});

describe('全国 as a word of a list’s name', () => {
  it('"全国综保区创新发展案例", "全国文化企业30强", "综保区全国绩效考评" ask no national figure', () => {
    expect(read('全国综保区创新发展案例 新入选几项').places).toEqual([]);
    expect(read('浙江几家企业上了全国文化企业30强').places).toEqual(['浙江省']);
    expect(read('综保区全国绩效考评要保在前百分之几').places).toEqual([]);
  });
  it('the country asked by name is still the country', () => {
    expect(read('全国2024年GDP增长多少').places).toEqual(['国务院']);
  });
});

describe('asked shapes', () => {
  it('"一年计划投多少亿" asks money', () => {
    expect(askedCountUnit('一年计划投多少亿')).toBe('元');
    expect(askedCountUnit('人口多少万')).not.toBe('元');
  });

  it('a streak of quarters is asked and written', () => {
    expect(STREAK_LENGTH_QUESTION.test('连续入选了几个季度')).toBe(true);
    expect(STREAK_LENGTH_QUESTION.test('连拿了几个季度')).toBe(true);
    expect(STREAK_LENGTH_QUESTION.test('拿了几个季度的奖')).toBe(false);
    expect([...'连续3个季度入选全省典型案例'.matchAll(STREAK_RUN)].map((m) => m[2])).toEqual(['个季度']);
  });

  it('the number of a name asked is no outline ("要加快推进的“3个几”重点工程")', () => {
    expect(read('北京今年要加快推进的“3个几”重点工程').wantsPriorities).toBe(false);
    expect(read('北京今年的重点工程有哪些').wantsPriorities).toBe(true);
  });

  it('"比这少多少" sets the thing asked against the answer just given', () => {
    expect(comparesWithLastAnswer('“共停共享”补的泊位比这少多少')).toBe(true);
    expect(comparesWithLastAnswer('比上年多多少')).toBe(false);
  });
});

describe('a name cut inside quotes', () => {
  it('starts after the closing quote, not inside the quoted name', () => {
    expect(clip('“地铁口50米共停共享”补充地铁口非机动车泊位资源')).toBe('补充地铁口非机动车泊位资源');
    const [, , third] = extractFigures({
      sentence: '新增地铁口非机动车停放点127处、停车位18288个，“地铁口50米共停共享”补充地铁口非机动车泊位资源1700个。',
      citationId: 'c1',
      period: '2023',
      district: '杭州市',
      kind: 'result',
      source: 'text',
    });
    expect(third).toMatchObject({ indicator: '补充地铁口非机动车泊位资源', value: 1700 });
  });
});

describe('a share of the year’s target, asked in everyday words', () => {
  it('"是年度目标的百分之多少" reads as the reports write it, 完成年度目标的', () => {
    expect(toReportWording('盘活低效工业用地 三年前是年度目标的百分之多少')).toBe('盘活低效工业用地 三年前完成年度目标的百分之多少');
    expect(toReportWording('完成了年度目标的百分之几')).toBe('完成了年度目标的百分之几');
    expect(toReportWording('目标是多少')).toBe('目标是多少');
  });

  it('a follow-up asking the plan in a unit of its own ("前年又定了多少亩") is neither the attainment nor the share again', () => {
    const earlier = read('杭州盘活低效工业用地 三年前是年度目标的百分之多少');
    expect(earlier.asksAttainment).toBe(true);
    const next = readInConversation(read('前年又定了多少亩'), earlier);
    expect(next.asksAttainment).not.toBe(true);
    expect(next.intent).toBe('plan');
    expect(next.question).toBe('前年又定了多少亩');
  });
});

describe('English asks', () => {
  it('"gd \'25 goal" is Guangdong', () => {
    expect(expandPinyinInitialsInEnglish("gd '25 goal: share")).toBe("Guangdong '25 goal: share");
    expect(expandPinyinInitialsInEnglish('gd card')).toBe('gd card');
  });

  it('"rose by what %?" asks a number', () => {
    expect(read('gongshu 2022 river upkeep: overall cleaning efficiency rose by what %?').wantsQuantity).toBe(true);
  });

  it('report senses: upkeep and cleaning as 保洁, water sections as 断面, take-up rate as 参保率', () => {
    const readings = (english: string) => translateContentWords(english).flatMap((t) => t.chinese);
    expect(readings('river upkeep')).toContain('保洁');
    expect(readings('water sections')).toContain('断面');
    expect(readings('pension insurance take-up rate')).toContain('参保率');
    expect(readings('national ministries')).toContain('部委');
  });
});

describe('names that are not the indicator they hold', () => {
  it('"出口主体" counts firms, not exports; "年度计划投资" is projects’ planned investment, not the place’s', () => {
    expect(indicatorMention('钱塘去年要新增培育的出口主体多少家', ['出口'])).toBe(0);
    expect(indicatorMention('钱塘去年出口增长多少', ['出口'])).toBe(1);
    expect(indicatorMention('年度计划投资和投资占比各多少', ['投资'])).toBe(0);
    expect(indicatorMention('全年投资增长5%', ['投资'])).toBe(1);
  });
});

describe('English: a thing still to be done, counted', () => {
  it('"policy packages to refine — number?" asks the plan', () => {
    expect(asksInFutureTense("Hangzhou 2024, the '8+4' policy system: key-sector policy packages to refine — number?")).toBe(true);
    expect(asksInFutureTense('How many homes did Zhejiang improve in 2024?')).toBe(false);
  });
});

describe('found in the final terminal trial', () => {
  it('"老百姓去年在浙江一年挣多少": the place written between keeps its place', () => {
    expect(toReportWording('老百姓去年在浙江一年挣多少')).toBe('去年在浙江居民人均可支配收入多少');
    expect(toReportWording('杭州老百姓一年挣多少')).toBe('杭州居民人均可支配收入多少');
  });

  it('"新建7000个农村4G/5G基站": the network generation is part of the noun counted', () => {
    const [, built] = extractFigures({
      sentence: '⑩提质改造农村公路3000公里，新建7000个农村4G/5G基站。',
      citationId: 'c1',
      period: '2025',
      district: '湖南省',
      kind: 'plan',
      source: 'text',
    });
    expect(built).toMatchObject({ indicator: '新建农村4G/5G基站', value: 7000, unit: '个' });
  });
});
