import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { askedSubjects, severalSubjectsLead } from '../../src/answer/several-subjects.js';
import { extractFigures } from '../../src/figures/extract.js';
import { withoutCountryInNames } from '../../src/lang/en/english-country-in-names.js';
import { withHyphensInWords } from '../../src/lang/en/english-spellings.js';
import { moneyThresholdsIn } from '../../src/lang/en/english-money-thresholds.js';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { onlyAsksAgain } from '../../src/lang/zh/follow-up-words.js';
import { NATIONAL_RANK_CONTEXT } from '../../src/lang/zh/place-words.js';
import { asksOutlineCount, asksOutlineOfCount, TASK_COUNT_ANNOUNCEMENT } from '../../src/lang/zh/priority-words.js';
import { asksOverSpan } from '../../src/lang/zh/span-question-words.js';
import { isThisYearPhrase, resolveYears } from '../../src/lang/zh/relative-years.js';
import { asksSinceFounding, withoutSinceFounding } from '../../src/lang/zh/since-founding-words.js';
import { STREAK_LENGTH_QUESTION } from '../../src/lang/zh/span-words.js';
import { knownPlaces, type UnderstoodQuery, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';

/** Session 39: readings of the language layer found on the tune halves of the fresh sets (engine answers: test/answer/questions-s39.test.ts). */
const today = new Date('2026-12-05');
const PLACES = knownPlaces(['北京市', '国务院', '广东省', '浙江省', '云南省', '钱塘区', '杭州市']);
const understood = (question: string): UnderstoodQuery => understandQuery(question, PLACES, { today });
const conversation = (...questions: string[]): UnderstoodQuery => {
  const state = conversationState(questions.map(understood));
  if (!state) throw new Error('no questions');
  return state;
};

describe('a report named with its issuer between the year and the word 报告', () => {
  it.each([
    ['23年国务院报告里 基础学科拔尖学生的培养基地一共建了多少个', 2023, '23年国务院报告'],
    ['24年浙江省政府工作报告里GDP增长了多少', 2024, '24年浙江省政府工作报告'],
    ['2025年北京的工作报告中提到的新增就业', 2025, '2025年北京的工作报告'],
    ['24年某某市报告里怎么说', 2024, '24年某某市报告'],
  ])('"%s" names the report of %i', (question, year, phrase) => {
    expect(resolveYears(question, { today }).namedReport).toEqual({ year, phrase });
  });

  it('a word that is no place or issuer names no report: "2024年计划执行报告" is a year', () => {
    const read = resolveYears('2024年计划执行报告里GDP多少', { today });
    expect(read.namedReport).toBeUndefined();
    expect(read.years).toEqual([2024]);
  });

  it('a result asked of the report is the year it reviews, said so', () => {
    const query = understood('23年国务院报告里 基础学科拔尖学生的培养基地一共建了多少个');
    expect(query.years).toEqual([2022]);
    expect(query.namedReport?.readAs).toBe(2022);
  });
});

describe('English written with other dashes and abbreviations', () => {
  it('an in-word en dash or non-breaking hyphen is a hyphen; a dash between words stays', () => {
    expect(withHyphensInWords('yiwu–europe freight trains')).toBe('yiwu-europe freight trains');
    expect(withHyphensInWords('state‑owned firms — how many?')).toBe('state-owned firms — how many?');
    expect(withHyphensInWords('2024–2025')).toBe('2024–2025');
  });

  it('"yiwu–europe freight trains" is the reports’ 义新欧 班列, no town named 义乌', () => {
    const query = understood("zhejiang's yiwu–europe freight trains: how many ran in 2025?");
    expect(query.namedThings ?? []).toEqual([]);
    expect(query.searchText).toContain('义新欧');
  });

  it('a money class with its scale abbreviated and "+" for "or more"', () => {
    expect(moneyThresholdsIn('projects worth 100m yuan+').flatMap((t) => t.chinese)).toContain('亿元以上');
    expect(moneyThresholdsIn('firms of 1bn yuan or more').flatMap((t) => t.chinese)).toContain('10亿元以上');
    // A figure compared, not a class: no threshold.
    expect(moneyThresholdsIn('was gdp 100m yuan')).toEqual([]);
  });

  it('the report senses of phrases the dictionary reads word by word', () => {
    expect(understood('cross-province direct billing for outpatient costs, how many patient-visits?').searchText).toMatch(
      /跨省.*直接结算.*门诊/,
    );
    expect(understood('kindergarten enrolment & inclusive rate in beijing 2024?').searchText).toMatch(/普惠率.*入园/);
    // "childcare tax deductions" is the tax deduction, not the indicator 托位 of "childcare".
    const tax = understood('higher elderly/childcare tax deductions in 2023 — how many taxpayers benefited?');
    expect(tax.indicators.map((i) => i.name)).toEqual([]);
    expect(tax.searchText).toContain('专项附加扣除');
  });
});

describe('a streak asked in English without "how many"', () => {
  it.each(['months in a row w/o a major accident', 'years running at no. 1', 'quarters straight above 5%'])('"%s"', (question) => {
    expect(STREAK_LENGTH_QUESTION.test(question)).toBe(true);
  });

  it('asks a number', () => {
    expect(understood('yunnan: months in a row w/o a major work-safety accident, as of the 2025 report?').wantsQuantity).toBe(true);
    expect(STREAK_LENGTH_QUESTION.test('a row of new factories')).toBe(false);
  });

  it('a term extended by years is asked as a duration: "再延长多少年"', () => {
    expect(STREAK_LENGTH_QUESTION.test('土地承包期再延长多少年')).toBe(true);
    expect(STREAK_LENGTH_QUESTION.test('延长产业链')).toBe(false);
  });
});

describe('a term extended by a number of years is a duration figure', () => {
  it('"…到期后再延长30年整县试点": 30年, of the words before its adverb', () => {
    const figures = extractFigures({
      sentence: '开展好第二轮土地承包到期后再延长30年整县试点。',
      district: '国务院',
      period: '2022',
      kind: 'plan',
      citationId: 'c1',
      source: 'text',
    });
    const duration = figures.find((f) => f.shape === 'streak');
    expect(duration).toMatchObject({ value: 30, unit: '年' });
    expect(duration?.indicator).toMatch(/土地承包到期后$/);
    expect(duration?.qualifier).toMatch(/^延长…整县试点$/);
  });
});

describe('since a new area was launched, in other words', () => {
  it.each(['since its new-area launch', 'since the new area launch', 'since its launch'])('"%s"', (question) => {
    expect(asksSinceFounding(`qiantang ${question}: projects brought in?`)).toBe(true);
  });

  it('not a launch of something else three words on', () => {
    expect(asksSinceFounding('since the big new product line launch')).toBe(false);
  });
});

describe('another measure of the same thing asked in English', () => {
  it.each(['growth that year?', 'growth?', 'what was the growth rate that year?', 'target?', 'and the share?'])(
    '"%s" asks again',
    (question) => {
      expect(onlyAsksAgain(question, [], [])).toBe(true);
    },
  );

  it('"growth that year?" after a figure asks the growth of that figure’s subject', () => {
    const state = conversation("zhejiang's yiwu–europe freight trains: how many ran in 2025?", 'growth that year?');
    expect(state.searchText).toContain('义新欧');
    expect(state.years).toEqual([2025]);
  });

  it('a word of a subject is still its own', () => {
    expect(onlyAsksAgain('growth of exports?', [], [])).toBe(false);
  });
});

describe('the indicator inside a ranking list’s name', () => {
  it('"全球人形机器人上市公司百强" names firms on a list, not the count of listed companies', () => {
    expect(understood('广东有几家企业进了全球人形机器人上市公司百强').indicators).toEqual([]);
    expect(understood('广东上市公司有多少家').indicators.map((i) => i.name)).toEqual(['上市企业']);
  });
});

describe('several things sharing an owner before the first one’s 的', () => {
  const sentence = '全市生产安全死亡事故起数和死亡人数分别下降24.7%和28.2%。';
  const figures = [
    { ...resultFigure('生产安全死亡事故起数', 24.7, '%', 'c1', '北京市'), change: { direction: 'down' as const, value: 24.7, unit: '%' } },
    { ...resultFigure('死亡人数', 28.2, '%', 'c1', '北京市'), change: { direction: 'down' as const, value: 28.2, unit: '%' } },
  ];

  it('each thing’s own figure, the owner’s words set aside', () => {
    const question = '北京24年生产安全死亡事故的起数、死亡人数 各下降多少';
    expect(askedSubjects(question)).toEqual(['北京24年生产安全死亡事故的起数', '死亡人数']);
    const lead = severalSubjectsLead(understood(question), figures, [resultCitation('c1', sentence, '北京市')]) ?? '';
    expect(lead.indexOf('24.7%')).toBeGreaterThan(-1);
    expect(lead.indexOf('28.2%')).toBeGreaterThan(lead.indexOf('24.7%'));
  });

  it('not when a later thing has a 的 of its own: two things, each with its verb', () => {
    const schools = '全年竣工文海第二实验学校等新校8所,联建中国计量大学、浙江工商大学等高校附属学校7所';
    const lead =
      severalSubjectsLead(
        understood('钱塘24年竣工的新校 和联建的高校附属学校 各几所'),
        [
          resultFigure('竣工文海第二实验学校等新校', 8, '所', 'c1', '钱塘区'),
          resultFigure('浙江工商大学等高校附属学校', 7, '所', 'c1', '钱塘区'),
        ],
        [resultCitation('c1', schools, '钱塘区')],
      ) ?? '';
    expect(lead).toMatch(/新校.*8所.*高校附属学校.*7所/);
  });
});

describe('of one sentence’s figures of the asked indicator, the one whose own words the question writes', () => {
  const sentence = '银行业金融机构普惠小微企业贷款增长27.3%，大型商业银行普惠小微企业贷款增幅超过40%';
  const figures = [
    resultFigure('银行业金融机构普惠小微企业贷款', 27.3, '%', 'c1', '国务院'),
    resultFigure('大型商业银行普惠小微企业贷款', 40, '%', 'c1', '国务院'),
  ];
  const lead = (question: string) => figureLead(understood(question), figures, [resultCitation('c1', sentence, '国务院')]) ?? '';

  it('"大型商业银行普惠小微贷款增幅": the large banks’ 40%', () => {
    expect(lead('全国24年大型商业银行普惠小微贷款增幅超过了多少')).toContain('40%');
  });

  it('the indicator alone: the first, as before', () => {
    expect(lead('全国24年普惠小微贷款增长多少')).toContain('27.3%');
  });

  it('a figure named by the indicator’s own wording counts as named when the question writes that wording', () => {
    const nursery = '新增托位6870个(其中普惠托位5505个)';
    const places = [resultFigure('新增托位', 6870, '个', 'c1', '杭州市'), resultFigure('普惠托位', 5505, '个', 'c1', '杭州市')];
    const line = figureLead(understood('杭州24年新增的托位里头 普惠托位占多少个'), places, [resultCitation('c1', nursery, '杭州市')]);
    expect(line).toContain('5505个');
  });
});

describe('an outline’s count asked, and announced', () => {
  it.each(['广东2026年重点工作一共几个方面', '今年的工作分几大块', "guangdong's 2026 work plan is split into how many areas?"])(
    '"%s" asks how many parts',
    (question) => {
      expect(asksOutlineCount(question)).toBe(true);
    },
  );

  it.each(['广东2026年重点工作', '钱塘区2021年重点做好哪几方面工作？', '新增多少个项目', 'how many projects'])(
    '"%s" does not',
    (question) => {
      expect(asksOutlineCount(question)).toBe(false);
    },
  );

  it('"重点抓好以下14个方面的工作" announces 14 tasks, as "重点做好7方面工作" announces 7', () => {
    expect(TASK_COUNT_ANNOUNCEMENT.exec('重点抓好以下14个方面的工作：')?.[1]).toBe('14');
    expect(TASK_COUNT_ANNOUNCEMENT.exec('重点做好7方面工作')?.[1]).toBe('7');
    expect(TASK_COUNT_ANNOUNCEMENT.test('做好14个方面的准备')).toBe(false);
  });
});

describe('everyday words for what the reports write', () => {
  it('"全天候开放" is 24小时开放; "调成了几分钟" is 调整到', () => {
    expect(toReportWording('上海前年全天候开放的公园占比有多少')).toBe('上海前年24小时开放的公园占比有多少');
    expect(toReportWording('北京前年把中小学课间调成了几分钟')).toBe('北京前年把中小学课间调整到几分钟');
    // Not before a word of its own: "全天候" of "全天候监测" stays.
    expect(toReportWording('全天候监测站有几个')).toBe('全天候监测站有几个');
  });

  it('"the 14th fyp" asks a figure over the plan’s years, as "the 14th five-year plan" does', () => {
    expect(asksOverSpan("zhejiang's economy over the 14th fyp, in a few lines?")).toBe(true);
    expect(asksOverSpan("zhejiang's fyp targets")).toBe(false);
  });

  it('"全国最多的是哪个省": 全国 is the field ranked in, not the place asked', () => {
    expect(NATIONAL_RANK_CONTEXT.test('国家一级图书馆博物馆文化馆加起来数量全国最多的是哪个省')).toBe(true);
    expect(understood('国家一级图书馆博物馆文化馆加起来数量全国最多的是哪个省 有多少家').places).toEqual([]);
  });
});

describe('the since-founding phrase is a period, no subject', () => {
  it('blanked before the English words are read, however wide the gaps left', () => {
    const blanked = (text: string) => withoutSinceFounding(text).replace(/\s+/g, ' ');
    expect(blanked('qiantang, counting from its    -area launch: firms?')).toBe('qiantang, : firms?');
    expect(blanked('钱塘新区成立以来新增多少')).toBe('钱塘新区 新增多少');
    expect(withoutSinceFounding('钱塘新区成立以来新增多少')).toHaveLength('钱塘新区成立以来新增多少'.length);
    const query = understood('qiantang, counting from its new-area launch: firms added to the above-scale industry roster?');
    expect(query.sinceFounding).toBe(true);
    expect(query.searchText).not.toMatch(/统计|开展/);
    expect(query.searchText).toContain('规模以上工业企业');
  });
});

describe('this year, by its words', () => {
  it.each(['今年', '本年度', 'this year', 'This Year'])('"%s" is this year', (phrase) => {
    expect(isThisYearPhrase(phrase)).toBe(true);
  });

  it.each(['去年', 'next year', '今年以来'])('"%s" is not', (phrase) => {
    expect(isThisYearPhrase(phrase)).toBe(false);
  });
});

describe('the reports’ words for English names of firms', () => {
  it('"headquarters firms to be certified": 总部企业, 认定', () => {
    expect(understood('gongshu 2025 goal: headquarters firms to be certified?').searchText).toMatch(/总部企业.*认定/);
  });
});

describe('the plan’s work counted, and a route named after the country', () => {
  it('"今年的工作分几个方面" asks the outline, counted; a count of other things does not', () => {
    expect(asksOutlineOfCount('广东今年的工作分几个方面')).toBe(true);
    expect(asksOutlineOfCount("guangdong's 2026 work plan is split into how many areas?")).toBe(true);
    expect(asksOutlineOfCount('财政支出分几大块')).toBe(false);
    expect(understood('广东今年的工作分几个方面').wantsPriorities).toBe(true);
    expect(understood('广东今年新增几个方面的试点').wantsPriorities).toBe(false);
  });

  it('"China-Europe freight trains", "China-ASEAN": no country asked', () => {
    expect(withoutCountryInNames('How many China-Europe freight trains did Jiangsu run?')).toBe(
      'How many      -Europe freight trains did Jiangsu run?',
    );
    expect(withoutCountryInNames('China-ASEAN trade')).toBe('     -ASEAN trade');
    expect(withoutCountryInNames('China-wide gdp growth')).toBe('China-wide gdp growth');
    expect(understood('How many China-Europe freight trains did Jiangsu run in 2024?').places).toEqual([]);
  });
});
