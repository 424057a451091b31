import { describe, expect, it } from 'vitest';
import { translateContentWords } from '../../src/lang/en/english-lexicon.js';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { parentheticalReadings, writesInSomeReading } from '../../src/lang/zh/parenthetical-alternatives.js';
import { SearchTokenizer } from '../../src/lang/zh/tokenize.js';
import { writesWord } from '../../src/lang/zh/written-forms.js';
import { withKnownParts } from '../../src/retrieve/unseen-words.js';

/** Session 50: readings found on the tune halves of the fresh sets (engine answers: test/answer/questions-s50.test.ts). */

describe('an alternative in parentheses inside a word', () => {
  it('"赴国(境)外招商组团51个" reads 国外 and 境外', () => {
    expect(parentheticalReadings('开展“全球招商季”,赴国(境)外招商组团51个')).toEqual(['赴国外招商组团', '赴境外招商组团']);
  });

  it('full-width parentheses too; a longer alternative than the word before it is read only without it', () => {
    expect(parentheticalReadings('建立乡镇（街道）吹哨机制')).toEqual(['建立乡镇吹哨机制', '建立街道吹哨机制']);
    expect(parentheticalReadings('强化12所师范(教师教育)院校对县域基础教育的纵向帮扶')).toEqual(['所师范院校对县域基']);
  });

  it('a parenthesis of punctuation, a unit before a number or one ending a sentence is no alternative', () => {
    expect(parentheticalReadings('甲。(乙;丙)丁。')).toEqual([]);
    expect(parentheticalReadings('城镇新增就业(万人)12.5')).toEqual([]);
    expect(parentheticalReadings('完成投资(亿元)')).toEqual([]);
    expect(parentheticalReadings('没有括号的句子')).toEqual([]);
  });

  it('a text with very many is read for the first sixteen only', () => {
    const many = Array.from({ length: 40 }, (_, i) => `甲${'乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'[i % 21]}(代)外`).join('，');
    expect(parentheticalReadings(many)).toHaveLength(32);
  });

  it('a sentence writes a word in either reading, and as printed', () => {
    const sentence = '开展“全球招商季”,赴国(境)外招商组团51个';
    expect(writesInSomeReading(sentence, '境外')).toBe(true);
    expect(writesInSomeReading(sentence, '国外招商')).toBe(true);
    expect(writesInSomeReading(sentence, '全球招商季')).toBe(true);
    expect(writesInSomeReading(sentence, '境内')).toBe(false);
    expect(writesWord(sentence, '境外')).toBe(true);
    expect(writesWord('赴国外招商', '境外')).toBe(false);
  });

  it('the search tokens of a sentence add each reading’s words once', () => {
    const tokens = SearchTokenizer.withWords([]).tokenize('赴国(境)外招商组团51个');
    expect(tokens).toContain('境外');
    expect(tokens).toContain('国外');
    expect(tokens.filter((t) => t === '招商')).toHaveLength(1);
    expect(SearchTokenizer.withWords([]).tokenize('赴国外招商')).not.toContain('境外');
  });
});

describe('a word of place stuck to a one-character word', () => {
  const known = (words: string[]) => (w: string) => words.includes(w);
  it('"强里" of "50强里", unseen, is searched as 强', () => {
    expect(withKnownParts(['物流', '50', '强里', '占'], known(['物流']))).toEqual(['物流', '50', '强', '占']);
    expect(withKnownParts(['强中'], known([]))).toEqual(['强']);
  });

  it('a seen word stays whole ("邻里"), and so does one ending in another character', () => {
    expect(withKnownParts(['邻里'], known(['邻里']))).toEqual(['邻里']);
    expect(withKnownParts(['强外'], known([]))).toEqual(['强外']);
    expect(withKnownParts(['5里'], known([]))).toEqual(['5里']);
  });
});

describe('everyday wordings', () => {
  it('"广东有多少人口" asks 人口 by its name first', () => {
    expect(toReportWording('广东有多少人口')).toBe('广东人口有多少');
    expect(toReportWording('安徽多少常住人口？')).toBe('安徽常住人口有多少？');
    // Not a count of something of the population ("多少人口发明专利" is no question of it).
    expect(toReportWording('每万人口有多少发明专利')).toBe('每万人口有多少发明专利');
  });
});

describe('English report senses', () => {
  const readings = (text: string, english: string) => translateContentWords(text).find((t) => t.english === english)?.chinese ?? [];
  it('"traction" reforms are 牵引性; "headroom" is 空间', () => {
    expect(readings("how many 'traction' integrated reforms", 'traction')).toContain('牵引');
    expect(readings('energy-use headroom to free up', 'headroom')).toContain('空间');
  });

  it('"robotics" is 机器人, a "shoreline" 岸线, "fujian–taiwan" 闽台', () => {
    expect(readings('big robotics industry bases', 'robotics')).toEqual(['机器人']);
    expect(readings('natural shoreline ratio', 'shoreline ratio')).toContain('岸线率');
    expect(readings('fujian-taiwan rural projects', 'fujian-taiwan')).toEqual(['闽台']);
  });

  it('"teacher-training colleges" are 师范 院校', () => {
    expect(readings('teacher-training colleges', 'colleges')).toContain('院校');
    expect(readings('teacher-training colleges', 'teacher-training')).toContain('师范');
  });
});

describe('a growth asked in per cent', () => {
  it('"增长百分之几" asks a percentage, and is no share; "占百分之几" is one', async () => {
    const { asksPercent, asksForShare } = await import('../../src/lang/zh/asked-shape-words.js');
    expect(asksPercent('2022年中央对地方转移支付增长百分之几')).toBe(true);
    expect(asksPercent('by what percent did exports grow')).toBe(true);
    expect(asksPercent('转移支付增长多少')).toBe(false);
    expect(asksForShare('2022年中央对地方转移支付增长百分之几')).toBe(false);
    expect(asksForShare('粮食单产提高了百分之多少')).toBe(false);
    expect(asksForShare('城镇居民占百分之几')).toBe(true);
    expect(asksForShare('完成了年度目标的百分之几')).toBe(true);
  });

  it('the question read in the reports’ words keeps that it asked per cent', async () => {
    const { understandQuery, knownPlaces } = await import('../../src/retrieve/query.js');
    const places = knownPlaces(['全国']);
    expect(understandQuery('2022年中央对地方转移支付增长百分之几', places).percentAsked).toBe(true);
    expect(understandQuery('2022年中央对地方转移支付增长多少', places).percentAsked).toBeUndefined();
  });
});

describe('全国 as the scope of a title or of its promotion, no place asked', () => {
  it('"评上全国…先进县", "获全国推广": the province asked, not the country', async () => {
    const { understandQuery, knownPlaces } = await import('../../src/retrieve/query.js');
    const places = knownPlaces(['全国', '浙江省', '福建省']);
    expect(understandQuery('浙江前年有几个县评上全国村庄清洁行动先进县', places).places).toEqual(['浙江省']);
    expect(understandQuery('福建有多少项经验获全国推广', places).places).toEqual(['福建省']);
    // Asked of the country itself, it is the place.
    expect(understandQuery('全国2024年GDP增长多少', places).places).toEqual(['全国']);
  });
});

describe('the asker turning to another subject', () => {
  it('"再问个农村的 …" is no word a passage must write', () => {
    expect(toReportWording('再问个农村的 那年有几个县评上全国村庄清洁行动先进县')).toBe('那年有几个县评上全国村庄清洁行动先进县');
    expect(toReportWording('我再问一个教育的，学位新增多少')).toBe('学位新增多少');
    // Nothing after it: the words stay.
    expect(toReportWording('再问个问题')).toBe('再问个问题');
  });
});

describe('a follow-up naming a place and nothing else of its own', () => {
  it('"上海打算改造多少公里" after "今年农村公路提档升级的计划": intent, a verb of work and the unit are nothing new', async () => {
    const { namesOwnSubject } = await import('../../src/lang/zh/follow-up-words.js');
    const shanghai = ['上海市', '上海'];
    expect(namesOwnSubject('上海打算改造多少公里', '今年农村公路提档升级的计划', shanghai, [], 1, true)).toBe(false);
    expect(namesOwnSubject('浙江打算改造多少户', '去年城中村改造的计划', ['浙江省', '浙江'], [], 1, true)).toBe(false);
    // A subject of its own is one.
    expect(namesOwnSubject('上海打算新建多少公里绿道', '今年农村公路提档升级的计划', shanghai, [], 1, true)).toBe(true);
    // Unasked, the unit and the verb are words of the question's own.
    expect(namesOwnSubject('上海打算改造多少公里', '今年农村公路提档升级的计划', shanghai, [], 1)).toBe(true);
  });
});

describe('a count asked in a measure word of its own', () => {
  it('"刷新了几次" asks 次, "几所" 所; 几个 / 第几次 / 几月 ask no unit', async () => {
    const { askedCountUnit } = await import('../../src/lang/zh/asked-shape-words.js');
    expect(askedCountUnit('山东前年迎峰度夏 全网用电负荷刷新了几次历史纪录')).toBe('次');
    expect(askedCountUnit('拱墅22年新建了几所学校')).toBe('所');
    expect(askedCountUnit('拱墅22年安置房项目有几个主体结顶了')).toBeNull();
    expect(askedCountUnit('这是第几次获评')).toBeNull();
    expect(askedCountUnit('哪几条线路开通了')).toBeNull();
    expect(askedCountUnit('几次年会')).toBeNull();
  });
});

describe('at least N things done after 实现', () => {
  it('"实现20项以上互认资质资格统一规范办理" is a count of 20项以上, no bound on the noun', async () => {
    const { extractFigures } = await import('../../src/figures/extract.js');
    const read = (sentence: string) =>
      extractFigures({ sentence, district: '北京市', period: '2025', kind: 'plan', source: 'text', citationId: 'c' }).map((f) => [
        f.indicator,
        f.value,
        f.unit,
        f.qualifier ?? '',
      ]);
    expect(read('推动公共服务资源共建共享，实现20项以上互认资质资格统一规范办理。')).toContainEqual([
      '互认资质资格统一规范办理',
      20,
      '项',
      '以上',
    ]);
    // Money before the noun is still a bound on it: no count of projects.
    expect(read('实现1000万元以上项目落地。')).toEqual([]);
  });
});

describe('the plan, then what it came to', () => {
  it('"去年原计划多少万平米 最后完成了多少" asks the target beside the result', async () => {
    const { asksAboutAttainment } = await import('../../src/lang/zh/intent-words.js');
    expect(asksAboutAttainment('上海小梁薄板房屋改造 去年原计划多少万平米 最后完成了多少')).toBe(true);
    expect(asksAboutAttainment('原定多少个，最终实际完成几个')).toBe(true);
    expect(asksAboutAttainment('上海去年原计划改造多少万平米')).toBe(false);
  });
});

describe('a rate or a share closing English keywords', () => {
  it('"jiangsu, end of the 14th FYP: natural shoreline ratio?" asks its value', async () => {
    const { asksForValueOfIndicator } = await import('../../src/lang/zh/question-words.js');
    expect(asksForValueOfIndicator('jiangsu, end of the 14th FYP: natural shoreline ratio?')).toBe(true);
    expect(asksForValueOfIndicator('zhejiang forest coverage rate')).toBe(true);
    // Not a rate named inside a question asking something else.
    expect(asksForValueOfIndicator('why did the rate of new firms slow')).toBe(false);
  });
});
