import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import type { Citation } from '../../src/answer/schema.js';
import { askedSubjects, separatelyAsked, severalSubjectsLead } from '../../src/answer/several-subjects.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { extractFigures } from '../../src/figures/extract.js';
import { asksForGap, asksForMilestone, asksForShare } from '../../src/lang/zh/asked-shape-words.js';
import { PART_ASKED } from '../../src/lang/zh/figure-words.js';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { asksDeliveryDate, asksSameDay, deliveryDateIn } from '../../src/lang/zh/delivery-date-words.js';
import { asksTargetAgainstResult, comparesWithYear } from '../../src/lang/zh/comparison-follow-up-words.js';
import { expandPinyinInitialsInEnglish } from '../../src/lang/zh/place-abbreviations.js';
import { yearsAskedOfPlan } from '../../src/answer/kinds/trend.js';
import { namesNothingNew } from '../../src/lang/zh/follow-up-words.js';
import { asksForPlan, asksWhetherCompleted } from '../../src/lang/zh/intent-words.js';
import { asksForPriorities } from '../../src/lang/zh/question-words.js';
import { conversationYearOffset } from '../../src/lang/zh/relative-years.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';

/**
 * Session 32's readings of questions as people ask them, without the engine (the answers: test/answer/questions-s32.test.ts).
 * A rate named is a level reached, levels passed written 跨过…大关, a share of a wider whole beside the indicator asked,
 * the economy in everyday words, the conversation's year moved, words of intent beside the earlier subject, a gap to the
 * target, a year's aim in everyday words, a level "突破" asked.
 */
const today = new Date('2026-12-05');
const PLACES = knownPlaces(['钱塘区', '拱墅区', '山东省', '广东省']);
const read = (q: string) => understandQuery(q, PLACES, { today });
const inConversation = (...questions: string[]) => {
  const state = conversationState(questions.map(read));
  if (!state) throw new Error('no conversation');
  return state;
};
const figures = (sentence: string, kind: 'result' | 'plan' = 'plan') =>
  extractFigures({ sentence, citationId: 'c1', period: '2026', district: '广东省', kind, source: 'text' });
const citation = (sentence: string): Citation =>
  ({
    id: 'c1',
    docId: 'd',
    title: 't',
    district: '广东省',
    year: 2026,
    period: '2026',
    kind: 'plan',
    section: [],
    paragraph: 1,
    sentence,
  }) as never;

describe('a rate the question names is a level reached', () => {
  const sentence = '开展药品监督抽检超1.5万批次，省内生产的国家集采中选药品抽检覆盖率达到100%，严格落实不合格药品核查处置。';
  it('leads with the rate, not the count written first in its sentence', () => {
    const lead = figureLead(read('广东今年省内产的国家集采中选药 抽检覆盖率得达到多少'), figures(sentence), [citation(sentence)]);
    expect(lead).toContain('100%');
    expect(lead).not.toContain('1.5万');
  });

  it('a level asked of the count still leads with the count', () => {
    const lead = figureLead(read('广东今年药品监督抽检要达到多少批次'), figures(sentence), [citation(sentence)]);
    expect(lead).toContain('1.5万批次');
  });
});

describe('levels passed written 跨过…大关', () => {
  const sentence = '经济总量连续跨过3个万亿元大关，占全国比重由2020年的7.2%提升至7.4%。';
  it('are read as milestones passed, not as a count named 经济总量连续跨过', () => {
    const read = figures(sentence, 'result');
    expect(read.find((f) => f.unit === '个')).toMatchObject({ indicator: '经济总量', value: 3, shape: 'milestone' });
    expect(read.some((f) => f.indicator.includes('跨过'))).toBe(false);
  });

  it('are asked by the words that write them, and "突破了多少万家" asks a level, not a milestone', () => {
    expect(asksForMilestone('山东十四五期间经济总量连续跨过几个万亿大关')).toBe(true);
    expect(asksForMilestone('突破了几个台阶')).toBe(true);
    expect(asksForMilestone('突破了哪个关口')).toBe(true);
    expect(asksForMilestone('钱塘市场经营主体总量前年突破了多少万家')).toBe(false);
  });
});

describe('a share of a wider whole', () => {
  const share = { indicator: '经济总量占全国比重', value: 7.4, unit: '%' };
  const growth = { indicator: '地区生产总值', value: 5.9, unit: '%' };
  it('gives way to the indicator’s own figure unless a share or its points are asked', () => {
    expect(preferAskedShape('山东这五年经济总的来说怎么样', [share, growth])).toEqual([growth]);
    expect(preferAskedShape('山东经济总量占全国比重多少', [share, growth])).toEqual([share]);
    expect(preferAskedShape('山东这五年提高了几个百分点', [share, growth])).toHaveLength(2);
  });
});

describe('the economy in everyday words', () => {
  it('"经济大盘" is the economy as a whole', () => {
    expect(toReportWording('山东经济大盘怎么样')).toContain('地区生产总值');
    expect(read('山东去年经济大盘稳不稳').indicators.map((i) => i.name)).toEqual(['地区生产总值']);
    // A part of the economy stays itself.
    expect(toReportWording('数字经济大盘怎么样')).not.toContain('地区生产总值');
  });
});

describe('the conversation’s year moved', () => {
  it('"往后挪一年", "往前推一年" are a year after or before the one talked about', () => {
    expect(conversationYearOffset('往后挪一年')).toBe(1);
    expect(conversationYearOffset('往前推一年')).toBe(-1);
    expect(inConversation('钱塘24年落地的高层次人才创业项目多少个', '往后挪一年呢').years).toEqual([2025]);
    expect(inConversation('钱塘24年落地的高层次人才创业项目多少个', '往前推一年呢').years).toEqual([2023]);
  });

  it('beside a year of its own it lands on, that year alone; one it does not land on is read against today', () => {
    const moved = inConversation('钱塘24年落地的高层次人才创业项目多少个', '往后挪一年 25年打算落地几个');
    expect(moved.years).toEqual([2025]);
    expect(moved.yearNotes.map((n) => [n.phrase, n.year])).toContainEqual(['往后挪一年', 2025]);
    // Written after a year of its own, the year before is that year's (session 35: "22年…前一年的基数" is 2021's).
    expect(inConversation('北京2025年GDP多少', '2023年上一年的').years).toEqual([2022, 2023]);
  });
});

describe('words of intent beside the earlier subject', () => {
  it('name nothing new: "打算落地几个" after "…落地的…项目多少个" asks the same things planned', () => {
    expect(namesNothingNew('打算落地几个', '钱塘24年落地的高层次人才创业项目多少个', [], [])).toBe(true);
    expect(namesNothingNew('计划落地几个', '钱塘24年落地的高层次人才创业项目多少个', [], [])).toBe(true);
    // A subject of its own is new, intent words or not.
    expect(namesNothingNew('打算新建几所学校', '钱塘24年落地的高层次人才创业项目多少个', [], [])).toBe(false);
    const read = inConversation('钱塘24年落地的高层次人才创业项目多少个', '往后挪一年 打算落地几个');
    expect(read.searchText).toContain('高层次人才创业项目');
    expect(read.intent).toBe('plan');
  });
});

describe('a gap to the target', () => {
  it('is what the result came to, not the plan’s tasks', () => {
    const q = '拱墅22年固定资产投资 比目标任务高出几个百分点';
    expect(asksWhetherCompleted(q)).toBe(true);
    expect(asksWhetherCompleted('GDP增速低于目标多少')).toBe(true);
    expect(asksForGap(q)).toBe(true);
    expect(asksForPriorities(q)).toBe(false);
    expect(read(q).intent).toBe('result');
    // The plan's "目标任务" is still its tasks.
    expect(asksForPriorities('钱塘区2025年的目标任务')).toBe(true);
  });
});

describe('a year’s aim in everyday words', () => {
  it('"想冲到", "想新增" ask the target; "没想到" does not', () => {
    expect(asksForPlan('去年想冲到多少')).toBe(true);
    expect(asksForPlan('今年想新增几家')).toBe(true);
    expect(asksForPlan('没想到增长了多少')).toBe(false);
  });
});

describe('a result as a share of its plan', () => {
  it('"完成投资是年度计划的百分之几" asks what was done, answered by the share of the plan', () => {
    expect(asksWhetherCompleted('杭州23年全市重点项目建设 完成投资是年度计划的百分之几')).toBe(true);
    const sentence = '全市重点项目建设完成投资3011.6亿元,为年度计划的146.1%。';
    const read = figures(sentence, 'result');
    expect(preferAskedShape('完成投资是年度计划的百分之几', read).map((f) => f.value)).toEqual([146.1]);
  });
});

describe('a part asked "X里头 Y占了多少万户"', () => {
  it('is the part counted, not a share', () => {
    expect(PART_ASKED.exec('杭州23年在册经营主体里头 企业占了多少万户')?.[1]).toBe('企业');
    expect(asksForShare('在册经营主体里头 企业占了多少万户')).toBe(false);
    expect(asksForShare('企业占了多少')).toBe(true);
  });
});

describe('a figure asked with something taken out', () => {
  const sentence = '一般公共预算收入全年同比增长2.6%,扣除留抵退税因素,同比增长13.6%;';
  it('leads with the value written after the sentence takes it out', () => {
    const lead = (q: string) => figureLead(read(q), figures(sentence, 'result'), [citation(sentence)]);
    expect(lead('拱墅2022年一般公共预算收入刨掉留抵退税因素 同比增幅多少')).toContain('13.6%');
    expect(lead('拱墅2022年一般公共预算收入增长多少')).toContain('2.6%');
  });
});

describe('several things asked in one question', () => {
  it('a first part that asks nothing is the topic of the asked parts after it', () => {
    expect(separatelyAsked('杭州前年市本级政府投资计划 安排了几个项目 年度投资多少 一并说')).toEqual(['安排了几个项目', '年度投资多少']);
    // Two parts only: the first must ask too.
    expect(separatelyAsked('杭州市本级政府投资计划 安排了几个项目')).toEqual([]);
  });

  const lead = (q: string, sentence: string) => severalSubjectsLead(read(q), figures(sentence, 'result'), [citation(sentence)]);
  it('a figure both things name alike goes to the one whose words it writes more of', () => {
    const sentence = '全年竣工文海第二实验学校等新校8所,联建中国计量大学、浙江工商大学等高校附属学校7所。';
    expect(askedSubjects('钱塘24年竣工的新校 和联建的高校附属学校 各几所')).toHaveLength(2);
    expect(lead('钱塘24年竣工的新校 和联建的高校附属学校 各几所', sentence)).toMatch(/新校.*8所.*附属学校.*7所/);
  });

  it('names are read without their punctuation, and each thing takes the figures named most by its words', () => {
    const sentence = '各区、县(市)安排重点建设实施项目666个,市本级政府投资计划安排项目534个,市本级安排120个。';
    expect(lead('杭州24年重点建设实施项目 区县安排的和市本级安排的 哪边多', sentence)).toMatch(/666个.*120个.*前者更多/);
  });

  it('each asked part is matched without its asking of how many', () => {
    const sentence = '2024年市本级政府投资计划安排项目534个,年度计划投资532.3亿元。';
    expect(lead('杭州前年市本级政府投资计划 安排了几个项目 年度投资多少 一并说', sentence)).toMatch(/534个.*532\.3亿元/);
  });
});

describe('a target set against the year before’s result', () => {
  it('"目标比上年实际高还是低" compares with the year before, the later year’s plan against its result', () => {
    expect(comparesWithYear('目标比上年实际高还是低')).toBe(true);
    expect(comparesWithYear('比上年的实绩多吗')).toBe(true);
    expect(asksTargetAgainstResult('目标比上年实际高还是低')).toBe(true);
    expect(asksTargetAgainstResult('比上年高还是低')).toBe(false);
    const query = { question: '科技型中小企业目标比上年实际高还是低', years: [2022, 2023], yearNotes: [] };
    expect(yearsAskedOfPlan(query)).toEqual([2023]);
    // Without the year before's result named, a plan asked of both years is both years' plan.
    expect(yearsAskedOfPlan({ ...query, question: '科技型中小企业目标比上年高还是低' })).toEqual([2022, 2023]);
  });
});

describe('pinyin initials before a year in words', () => {
  it('"sd this year: …" is Shandong; "sd card" stays a word', () => {
    expect(expandPinyinInitialsInEnglish('sd this year: new consumption pilots, how many?')).toMatch(/^Shandong this year/);
    expect(expandPinyinInitialsInEnglish('fj last year — what number?')).toMatch(/^Fujian last year/);
    expect(expandPinyinInitialsInEnglish('my sd card is full')).toBe('my sd card is full');
  });
});

describe('report senses of English words', () => {
  it('"innovation consortia" and "intangible heritage" read as the reports write them', () => {
    const words = (q: string) => (read(q).lexiconTranslations ?? []).flatMap((t) => t.chinese);
    expect(words('HZ 2024: innovation consortia at city level or higher to be formed?')).toContain('创新联合体');
    expect(words("How many Hangzhou items got onto Zhejiang's sixth provincial intangible-heritage list?")).toContain('非遗');
    expect(words("What's the code number of Jiangsu's industrial system?")).toContain('产业体系');
  });
});

describe('a thing set aside: "除了X还有几个Y"', () => {
  const sentence = '全市41个国有A级景区和9个佛道教场所推出一季度“免费游”,免费金额5.6亿元。';
  it('leads with the other thing, not the one set aside', () => {
    const lead = (q: string) => figureLead(read(q), figures(sentence, 'result'), [citation(sentence)]);
    expect(lead('杭州23年一季度“免费游” 除了国有A级景区还有几个佛道教场所参加')).toContain('9个');
    expect(lead('杭州23年一季度“免费游” 国有A级景区有几个')).toContain('41个');
  });
});

describe('a count before a name written with digits in quotes', () => {
  it('names the count by the quoted name after it, examples before 等 aside', () => {
    const read = figures('重大项目建设加快,康桥中国联通5G基地等4个“152”项目顺利落地,省重大新建项目开工率达100%。', 'result');
    expect(read.find((f) => f.value === 4)?.indicator).toContain('“152”项目');
    expect(figures('建成3个“15分钟”便民生活圈。', 'result')[0]).toMatchObject({ indicator: '建成“15分钟”便民生活圈', value: 3 });
  });
});

describe('the day a report was delivered', () => {
  it('is asked of the report, in Chinese or English, not of something it tells', () => {
    expect(asksDeliveryDate('广东26年政府工作报告是哪天作的')).toBe(true);
    expect(asksDeliveryDate('广东26年政府工作报告落款的日子 1月哪天')).toBe(true);
    expect(asksDeliveryDate("bj 2026 report — january what? (the day it was delivered to the people's congress)")).toBe(true);
    expect(asksDeliveryDate('When was the 2025 Jiangsu report delivered?')).toBe(true);
    expect(asksDeliveryDate('报告里的地铁19号线哪天开通')).toBe(false);
    expect(asksDeliveryDate('广东26年GDP目标是多少')).toBe(false);
    expect(asksSameDay('安徽和山东25年的政府工作报告 是不是同一天作的')).toBe(true);
  });

  it('is read from the report’s opening line, a date then where it was delivered', () => {
    expect(deliveryDateIn('——2026年1月25日在北京市第十六届人民代表大会第四次会议上')).toEqual({ year: 2026, month: 1, day: 25 });
    expect(deliveryDateIn('——2026年1月26日在广东省第十四届')).toEqual({ year: 2026, month: 1, day: 26 });
    expect(deliveryDateIn('2025年1月1日起施行新的管理办法')).toBeNull();
  });
});

describe('a part asking only for the others together', () => {
  it('"一并说下" is no part of its own', () => {
    expect(separatelyAsked('山东24年建了几所双高计划高职院校 获批国家公立医院改革示范的市有几个 一并说下')).toEqual([
      '山东24年建了几所双高计划高职院校',
      '获批国家公立医院改革示范的市有几个',
    ]);
  });
});

describe('a number asked of a line or a unit in a report', () => {
  it('is no day of delivery: "几号线", "几号机组"', () => {
    expect(asksDeliveryDate('上海25年报告里推进建设的那条南北转型轨交线 几号线 26年报告里还在加快建设吗')).toBe(false);
    expect(asksDeliveryDate('福建25年报告里宁德核电是几号机组')).toBe(false);
    expect(asksDeliveryDate('福建25年报告是几号作的')).toBe(true);
  });
});

describe('an English overview of the economy over a plan, asked in few words', () => {
  it('reads the economy, its figures asked; the plan is its time and the answer’s length no subject', () => {
    const q = read('zhejiang over the 14th five-year plan — the economy in a couple of lines?');
    expect(q.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
    expect(q.wantsQuantity).toBe(true);
    expect((q.lexiconTranslations ?? []).map((t) => t.english)).not.toContain('lines');
  });
});

describe('a count’s measure word carried to a subject of the follow-up’s own', () => {
  it('is marked carried, not asked; a count asked later of the same thing drops it', () => {
    const carried = inConversation('钱塘24年迭代出台的人才新政 是多少条', '那年落地的高层次人才创业项目呢');
    expect(carried.question).toBe('那年落地的高层次人才创业项目多少条');
    expect(carried.unitCarried).toBe('多少条');
    const own = inConversation('钱塘24年迭代出台的人才新政 是多少条', '那年落地的高层次人才创业项目呢', '往后挪一年 25年打算落地几个');
    expect(own.question).not.toContain('多少条');
    expect(own.unitCarried).toBeUndefined();
    // Asked with no count of its own, the carried words stay carried.
    expect(inConversation('钱塘24年迭代出台的人才新政 是多少条', '那年落地的高层次人才创业项目呢', '那25年呢').unitCarried).toBe('多少条');
  });

  it('leads with the subject’s own count, not a figure in the carried unit', () => {
    const sentence = '迭代出台“人才新政30条”,落地高层次人才创业项目61个,新招引35周岁以下大学生3.4万名。';
    const query = { ...read('钱塘24年落地的高层次人才创业项目多少条'), unitCarried: '多少条' };
    expect(figureLead(query, figures(sentence, 'result'), [citation(sentence)])).toContain('61个');
  });
});

describe('a spoken no opening a correction', () => {
  it('"哦不 我要的是22年实际竣工的" says what was meant', async () => {
    const { correctedPart } = await import('../../src/lang/zh/correction-words.js');
    expect(correctedPart('哦不 我要的是22年实际竣工的')).toBe('22年实际竣工的');
    expect(correctedPart('呃不，是江苏')).toBe('江苏');
    expect(correctedPart('哦，那江苏呢')).toBeNull();
  });
});

describe('an outline’s part pointed at, then a number of it asked', () => {
  it('"第三块 科技那部分细说 …几家" searches the number’s words, the pointer and its 那部分 taken out', async () => {
    const { withoutItemPointer } = await import('../../src/lang/zh/outline-item-words.js');
    expect(withoutItemPointer('第三块 科技那部分细说 概念验证中心新建几家').replace(/\s+/g, ' ').trim()).toBe('科技 概念验证中心新建几家');
    const read = inConversation('杭州前年的计划 重点工作分了几大块', '第三块 科技那部分细说 概念验证中心新建几家');
    expect(read.intent).toBe('plan');
    expect(read.searchText).not.toContain('那部分');
  });
});

describe('a ranking of places of another level than the conversation’s', () => {
  it('is a question of its own, about the economy', async () => {
    const { levelOfPlace } = await import('../../src/lang/zh/superlative-words.js');
    expect(['钱塘区', '杭州市', '江苏省', '上海市', '国务院'].map(levelOfPlace)).toEqual([
      'district',
      'city',
      'province',
      'province',
      null,
    ]);
    const read = inConversation('山东25年新增了多少家专精特新小巨人', '哪个区增长目标最高');
    expect(read.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
    // Of the same level, the conversation's subject is ranked ("哪个省增长最快" after a province's question about 小巨人).
    expect(inConversation('山东25年新增了多少家专精特新小巨人', '哪个省增长最快').indicators.map((i) => i.name)).not.toEqual([
      '地区生产总值',
    ]);
  });
});
