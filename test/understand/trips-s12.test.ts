import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answer/engine.js';
import { pairVerdict } from '../../src/answer/kinds/several-indicators.js';
import type { Figure } from '../../src/answer/schema.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { asksWhichOfThem } from '../../src/lang/zh/comparison-follow-up-words.js';
import { isOnlyAcknowledgement, modifierOnlyFollowUp } from '../../src/lang/zh/follow-up-words.js';
import { mentionAsked } from '../../src/lang/zh/mention-words.js';
import { asksAboutAttainment } from '../../src/lang/zh/intent-words.js';
import { asksForRanking, asksWhichIsMost } from '../../src/lang/zh/superlative-words.js';
import { modifiedIndicatorQuestion } from '../../src/understand/conversation.js';
import { resolveYears } from '../../src/lang/zh/relative-years.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { govCorpusEngine } from '../support/engine.js';

/** Questions a new user tripped on in session 12's trial, on the real reports; today pinned. */
const today = new Date('2026-12-01');
const PLACES = knownPlaces(['国务院', '福建省', '杭州市', '上海市']);
const read = (q: string) => understandQuery(q, PLACES, { today });

describe('a report named by its year', () => {
  it('is read as the report meant, not as a year asked', () => {
    expect(resolveYears('国务院2023年政府工作报告中的赤字率', { today }).namedReport).toEqual({ year: 2023, phrase: '2023年政府工作报告' });
    expect(resolveYears('2023年GDP', { today }).namedReport).toBeUndefined();
  });

  it('asks the report’s own year, its plan, when no other year is named', () => {
    const q = read('国务院2023年报告中的地方政府专项债券规模');
    expect(q.years).toEqual([2023]);
    expect(q.intent).toBe('plan');
  });

  it('asks the year before when a result is asked: a work report reviews the year before', () => {
    const q = read('国务院2024年政府工作报告里GDP实际增长了多少');
    expect(q.years).toEqual([2023]);
    expect(q.yearNotes).toEqual([{ phrase: '“2024年政府工作报告”', year: 2023 }]);
  });

  it('leaves a year the question names itself', () => {
    expect(read('2024年政府工作报告里2022年GDP增长多少').years).toEqual([2022]);
  });
});

describe('a number of a year that is over', () => {
  it('is asked for what it came to, not its target', () => {
    expect(read('福建2025年GDP总量').intent).toBe('result');
    expect(read('福建2025年GDP增长多少').intent).toBe('result');
  });

  it('stays a target where one is asked, and open for this year', () => {
    expect(read('福建2025年GDP增长目标').intent).toBe('plan');
    expect(read('福建2026年GDP总量').intent).toBe('any');
  });
});

describe('which of two groups is higher', () => {
  it('is asked with the growth word between: "哪个增长快", "谁增速高"', () => {
    expect(asksWhichOfThem('城镇和农村居民收入哪个增长快')).toBe(true);
    expect(asksWhichOfThem('城乡居民收入谁增速高')).toBe(true);
    expect(asksWhichOfThem('城乡居民收入增长多少')).toBe(false);
  });

  const figure = (indicator: string, value: number, unit: string, change?: number): Figure => ({
    indicator,
    value,
    unit,
    kind: 'actual',
    period: '2023',
    district: '杭州市',
    citationId: 'c1',
    ...(change === undefined ? {} : { change: { direction: 'up' as const, value: change, unit: '%' as const } }),
    ...(unit === '元' ? { valueInBaseUnit: value } : {}),
  });
  const urban = figure('城镇居民人均可支配收入', 80587, '元', 4.6);
  const rural = figure('农村居民人均可支配收入', 48180, '元', 6.6);

  it('compares growth when growth is asked, levels otherwise', () => {
    const growth = read('杭州2023年城镇和农村居民收入哪个增长快');
    expect(pairVerdict(growth, ['城镇', '农村'], [urban, rural])).toBe('。农村居民更高：6.6% 对 4.6%');
    const level = read('杭州2023年城镇和农村居民收入哪个高');
    expect(pairVerdict(level, ['城镇', '农村'], [urban, rural])).toBe('。城镇居民更高：80587元 对 48180元');
  });

  it('says nothing when one group has no figure, or the year differs', () => {
    const growth = read('杭州2023年城镇和农村居民收入哪个增长快');
    expect(pairVerdict(growth, ['城镇', '农村'], [urban])).toBe('');
    expect(pairVerdict(growth, ['城镇', '农村'], [urban, { ...rural, period: '2022' }])).toBe('');
  });
});

describe('"人均呢" after a question of one indicator', () => {
  it('is a modifier alone', () => {
    expect(modifierOnlyFollowUp('人均呢？')).toBe('人均');
    expect(modifierOnlyFollowUp('那人均的是多少')).toBe('人均');
    expect(modifierOnlyFollowUp('人均收入呢')).toBeNull();
  });

  it('asks the earlier question of the modified indicator, as written', () => {
    expect(modifiedIndicatorQuestion('人均呢', read('福建2025年GDP多少'))).toBe('福建2025年人均GDP多少');
    // Already per head, or two indicators: not a modifier follow-up.
    expect(modifiedIndicatorQuestion('人均呢', read('福建2025年人均GDP多少'))).toBeNull();
    expect(modifiedIndicatorQuestion('人均呢', read('福建2025年GDP和财政收入多少'))).toBeNull();
  });
});

describe('an acronym typed with a typo', () => {
  const names = (q: string) => read(q).indicators.map((i) => i.name);
  it('is read as the one glossary acronym a letter or swap away', () => {
    expect(names('浙江GPD增长多少')).toEqual(['地区生产总值']);
    expect(names('What was Fujian GPD growth in 2025?')).toEqual(['地区生产总值']);
  });

  it('is left alone in English lowercase, and when two acronyms are as near', () => {
    expect(names('what is the gap between Fujian and Shanghai')).not.toContain('地区生产总值');
  });
});

describe('a five-year plan’s growth target', () => {
  const yearly = { indicator: '地区生产总值', unit: '%', qualifier: '年均' };
  const oneYear = { indicator: '地区生产总值', unit: '%', qualifier: '左右' };
  it('keeps its yearly average when the plan is asked (the lead then puts the plan’s span first)', () => {
    expect(preferAskedShape('北京十五五期间GDP增长目标', [oneYear, yearly])).toContain(yearly);
    expect(preferAskedShape('北京十五五GDP增长目标', [oneYear, yearly])).toContain(yearly);
  });

  it('is one year’s when one year is asked', () => {
    expect(preferAskedShape('北京2026年GDP增长目标', [yearly, oneYear])).toEqual([oneYear]);
  });
});

describe('thanks alone', () => {
  it('is only an acknowledgement: "谢谢", "好的，谢谢你", "thanks!", "Thank you so much"', () => {
    for (const q of ['谢谢', '好的，谢谢你', 'thanks!', 'Thank you so much', '多谢啦～']) expect(isOnlyAcknowledgement(q), q).toBe(true);
  });

  it('is not when something is asked after it', () => {
    for (const q of ['谢谢，那北京呢', 'thanks, what about Jiangsu?', '好的GDP', '行政区划'])
      expect(isOnlyAcknowledgement(q), q).toBe(false);
  });
});

describe('every place set side by side', () => {
  it('is a ranking: "各省…排个名", "各省…对比", "各地…比一比"', () => {
    for (const q of ['2026年各省GDP增长目标排个名', '各省2026年GDP目标对比', '各地2025年GDP增速比一比']) {
      expect(asksWhichIsMost(q), q).toBe(true);
      expect(asksForRanking(q), q).toBe(true);
    }
    expect(asksForRanking('浙江和江苏GDP对比')).toBe(false);
  });
});

describe('a target and the actual asked together', () => {
  it('asks whether the target was met', () => {
    expect(asksAboutAttainment('全国2023年GDP增长目标是多少，实际完成多少？')).toBe(true);
    expect(asksAboutAttainment('What was the target for China GDP growth in 2024 and the actual?')).toBe(true);
    // "实际利用外资" is an indicator's name, not the actual.
    expect(asksAboutAttainment('浙江2025年实际利用外资目标')).toBe(false);
  });
});

describe('a question of whether, or where, the reports write a name', () => {
  it('reads the name, and whether places are asked', () => {
    expect(mentionAsked('哪些省提到了低空经济')).toEqual({ term: '低空经济', whichPlaces: true });
    expect(mentionAsked('浙江报告有没有提到低空经济')).toEqual({ term: '低空经济', whichPlaces: false });
    expect(mentionAsked('上海的报告里讲到数据要素了吗')).toEqual({ term: '数据要素', whichPlaces: false });
    expect(mentionAsked('国务院报告是否提及房地产')).toEqual({ term: '房地产', whichPlaces: false });
  });

  it('is no such question without a verb of saying, or with a question word for a name', () => {
    expect(mentionAsked('钱塘区2024年GDP是多少')).toBeNull();
    expect(mentionAsked('哪些省提到了什么')).toBeNull();
    expect(mentionAsked('低空经济发展得怎么样')).toBeNull();
  });
});

describe('on the reports', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await govCorpusEngine();
  }, 180_000);
  const firstLine = async (question: string, history: string[] = []) =>
    (await engine.ask(question, { today, history })).text.split('\n')[0];

  it('"国务院2023年报告中的专项债规模" is the 2023 report’s 3.8万亿元, not the latest report’s', async () => {
    expect(await firstLine('国务院2023年报告中的地方政府专项债券规模')).toContain('3.8万亿元');
  });

  it('"福建2025年GDP总量" is the 2025 result, not the 2025 growth target', async () => {
    const line = await firstLine('福建2025年GDP总量');
    expect(line).toContain('60199.45亿元');
    expect(line).not.toContain('目标');
  });

  it('"人均呢" after a GDP question gives GDP per head', async () => {
    expect(await firstLine('人均呢', ['广东2025年GDP多少'])).toMatch(/人均地区生产总值.*11万元/);
  });

  it('"各省2026年GDP目标对比" ranks every province', async () => {
    const line = await firstLine('各省2026年GDP目标对比');
    for (const place of ['安徽省', '浙江省', '广东省', '江苏省']) expect(line).toContain(place);
  });

  it('"钱塘区2025年要干啥" gives the plan’s outline', async () => {
    const answer = await engine.ask('钱塘区2025年要干啥', { today });
    expect(answer.notFound).toBe(false);
    expect(answer.priorities.length).toBeGreaterThan(3);
  });

  it('"目标是多少，实际完成多少" gives both, with a verdict', async () => {
    const line = await firstLine('全国2023年GDP增长目标是多少，实际完成多少？');
    expect(line).toContain('实际增长5.2%');
    expect(line).toContain('目标增长5%左右');
  });

  it('"哪些省提到了低空经济" names the provinces that write it and those that do not, each cited', async () => {
    const answer = await engine.ask('哪些省提到了低空经济', { today });
    const line = answer.text.split('\n')[0];
    expect(line).toMatch(/^写到“低空经济”的有\d+个地方：/);
    expect(line).toContain('浙江省');
    expect(line).not.toContain('全国');
    expect(answer.citations.length).toBeGreaterThan(1);
    for (const c of answer.citations) expect(c.sentence).toContain('低空经济');
  });

  it('"浙江报告有没有提到低空经济" says yes and cites it; a name no report writes is a plain no', async () => {
    const yes = await engine.ask('浙江报告有没有提到低空经济', { today });
    expect(yes.text).toMatch(/^有：浙江省的报告写到“低空经济”/);
    expect(yes.citations[0].sentence).toContain('低空经济');
    const no = await engine.ask('有没有提到火星基地', { today });
    expect(no.notFound).toBe(true);
    expect(no.text).toMatch(/^没有：这些报告都没有写到“火星基地”/);
  });

  it('"有哪些具体数字目标" after an outline gives the plan’s main targets', async () => {
    const line = await firstLine('有哪些具体数字目标', ['总结北京市2026年的工作重点', '第二条展开说说']);
    expect(line).toMatch(/^北京市2026年主要预期目标/);
  });

  it('"低于目标多少" gives the gap to the target, not the target', async () => {
    const line = await firstLine('拱墅区2022年GDP增速低于目标多少');
    expect(line).toContain('低5.5个百分点');
    expect(line).not.toContain('（目标）');
  });

  it('"钱塘区2024年城乡收入倍差" reads the report’s shorthand 收入倍差', async () => {
    expect(await firstLine('钱塘区2024年城乡收入倍差')).toContain('1.42');
  });

  it('"GPD" is read as GDP', async () => {
    expect(await firstLine('浙江GPD增长多少')).toMatch(/生产总值/);
  });

  it('a follow-up with its own place and topic but no year ("那上海的财政收入呢") keeps the conversation’s year', async () => {
    expect(await firstLine('那上海的财政收入呢', ['浙江2024年GDP多少'])).toMatch(/^上海市2024年地方一般公共预算收入（实绩）：8374\.2亿元/);
    expect(await firstLine("what about shanghai's gdp then?", ['Which province had the fastest GDP growth in 2025?'])).toMatch(
      /^Shanghai 2025 GDP/,
    );
  });

  it('"北京十五五期间GDP增长目标" is the plan’s yearly 4.5–5%, not 2026’s', async () => {
    expect(await firstLine('北京十五五期间GDP增长目标')).toMatch(/年均增长4\.5–5%/);
  });

  it('an English lead says the value’s qualifiers and the plan’s name in English', async () => {
    expect(await firstLine("What is Beijing's 2026 GDP growth target?")).toMatch(/growth about 5% \[1\]$/);
    expect(await firstLine("what is beijing's gdp growth target for the 15th five-year plan")).toMatch(
      /^Beijing 15th Five-Year Plan \(十五五\) period GDP .*average annual growth 4\.5–5%/,
    );
  });

  it('a result asked where only the year’s plan states the indicator says no result is held, never the target as the answer', async () => {
    const answer = await engine.ask('what about its exports?', { today, history: ["how did fujian's economy do in 2025"] });
    expect(answer.text.split('\n')[0]).toMatch(/^The reports give no actual result for Fujian 2025/);
  });

  it('"谢谢" is answered in kind, not refused', async () => {
    const answer = await engine.ask('谢谢', { today, history: ['浙江2025年GDP'] });
    expect(answer.notFound).toBe(false);
    expect(answer.text).toMatch(/^不客气/);
    expect(answer.citations).toEqual([]);
  });

  it('"钱塘区2020年GDP" says the reports give 2019 only before 2019’s figure', async () => {
    expect(await firstLine('钱塘区2020年GDP')).toMatch(/^报告未给出2020年数据，只有2019年：钱塘区2019年地区生产总值/);
  });

  it('two places compared on one group of residents: a side with only all residents’ figure is named as lacking it', async () => {
    expect(await firstLine('浙江和广东2025年城镇居民人均可支配收入谁高')).toMatch(/超过8万元.*（报告中没有广东省的该项数据）/);
  });

  it('"那前年呢" after a question of names only ("浙江2025年GDP") asks the figure again, not a quote', async () => {
    expect(await firstLine('那前年呢', ['浙江2025年GDP'])).toMatch(/浙江省2024年生产总值（实绩）：增长5\.5%/);
  });

  it('"哪些省提到了…" in a conversation about one province asks every report, with no year note', async () => {
    const line = await firstLine('哪些省提到了低空经济', ['浙江去年经济怎么样']);
    expect(line).toMatch(/^写到“低空经济”的有\d+个地方：/);
    expect(line).toContain('江苏省');
  });

  it('"农村的呢" after a place’s all-resident income says the rural figure is not given', async () => {
    const line = await firstLine('农村的呢', ['上海居民收入是多少']);
    expect(line).toMatch(/^报告未给出农村居民的数据，只有全体居民：/);
    expect(line).toContain('9.2万元');
  });
});
