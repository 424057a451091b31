import { describe, expect, it } from 'vitest';
import { translateContentWords } from '../../src/lang/en/english-lexicon.js';
import { compoundedInto } from '../../src/lang/en/english-terms.js';
import { asksForGap } from '../../src/lang/zh/asked-shape-words.js';
import { toReportWording } from '../../src/lang/zh/colloquial-phrasings.js';
import { correctedPart } from '../../src/lang/zh/correction-words.js';
import { pronounSubjectInEnglish } from '../../src/lang/zh/follow-up-words.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';

/** Session 52: readings found on the tune halves of the fresh sets (engine answers: test/answer/questions-s52.test.ts). */

const englishOf = (question: string) => translateContentWords(question).map((t) => t.english);
const places = knownPlaces(['山东省', '上海市', '浙江省', '江苏省', '拱墅区', '安徽省', '广东省', '杭州市']);
const read = (question: string) => understandQuery(question, places, { today: new Date('2026-12-07') });
/** The Chinese an English question's words were read as: the report senses and the dictionary's. */
const chineseOf = (question: string) => (read(question).lexiconTranslations ?? []).flatMap((t) => t.chinese);

describe('a bound asked is no gap', () => {
  it('"不低于多少" asks the bound, "低于全省多少" a gap', () => {
    expect(asksForGap('给重点就业群体新发的创业担保贷款不低于多少')).toBe(false);
    expect(asksForGap('PM2.5浓度不高于多少')).toBe(false);
    expect(asksForGap('失业率低于全省几个百分点')).toBe(true);
    expect(asksForGap('增速高于全国多少')).toBe(true);
  });
});

describe('a hyphenated stop word stays one word', () => {
  it('"enterprise head-counts" reads 企业 alone, no 主任 of "head"', () => {
    expect(englishOf('enterprise head-counts at the end of 2024')).toEqual(['enterprise']);
    expect(englishOf('guangdong enterprise headcount 2024')).toEqual(['enterprise']);
  });

  it('a hyphenated word that is no stop word is still read as its words', () => {
    expect(englishOf('deep-water cage farming')).not.toContain('deep-water');
  });
});

describe('a thing named after an indicator’s English', () => {
  it('"new employment & startup hubs" are hubs, no count of new jobs', () => {
    expect(compoundedInto('and new employment & startup hubs for college grads?', 'new employment')).toBe(true);
    expect(compoundedInto('fixed-asset investment projects started', 'fixed-asset investment')).toBe(true);
  });

  it('the indicator alone, or measured ("new employment in 2025", "investment growth"), stays the indicator', () => {
    expect(compoundedInto('new employment in 2025?', 'new employment')).toBe(false);
    expect(compoundedInto('fixed-asset investment growth', 'fixed-asset investment')).toBe(false);
  });

  it('a question of such hubs asks no indicator', () => {
    expect(read('shandong 2025: new employment & startup hubs for college grads?').indicators.map((i) => i.name)).not.toContain(
      '城镇新增就业',
    );
    expect(read('shandong 2025: new employment target?').indicators.map((i) => i.name)).toContain('城镇新增就业');
  });
});

describe('English report senses added', () => {
  it('"freight train runs" reads 开行, the reports\' verb of a train run', () => {
    expect(chineseOf('zhejiang 2025 target for china-europe freight train runs?')).toContain('开行');
  });

  it('"functional projects … new towns" read 功能性 and 新城', () => {
    expect(chineseOf('shanghai 2024: major functional projects brought into the five new towns?')).toEqual(
      expect.arrayContaining(['功能性', '新城']),
    );
  });

  it('"fifth economic census" reads 第五次全国经济普查', () => {
    expect(chineseOf('jiangsu: how much did the fifth economic census add?')).toContain('第五次全国经济普查');
  });
});

describe('"大项目" in the reports\' words', () => {
  it('"有啥大项目" reads 重大项目; "外资大项目" and "重大项目" stay as written', () => {
    expect(toReportWording('钱塘区2025年有啥大项目')).toContain('重大项目');
    expect(toReportWording('今年引进了几个外资大项目')).toContain('外资大项目');
    expect(toReportWording('今年有几个重大项目')).not.toContain('重重大项目');
  });
});

describe('an English pronoun as the subject of a follow-up', () => {
  it('"how many businesses did it reach?" and "they created how many jobs" point back', () => {
    expect(pronounSubjectInEnglish('how many businesses did it reach?')).toBe(true);
    expect(pronounSubjectInEnglish('and it served how many firms?')).toBe(true);
  });

  it('"it is …", a question of its own subject, or a pronoun that has or passes something point at no thing', () => {
    expect(pronounSubjectInEnglish('it is the gdp of 2024 I want')).toBe(false);
    expect(pronounSubjectInEnglish('how many businesses were there in 2024?')).toBe(false);
    // "it" of a place ("…shanghai…" before): what it has is the place's, asked of its own subject.
    expect(pronounSubjectInEnglish('and how many AEO-certified operators did it have?')).toBe(false);
  });
});

describe('an English correction that says what it was not', () => {
  it('"oops, 2024 not 2025", "jiangsu, not zhejiang", "sorry I meant 2024, not 2025": what was meant', () => {
    expect(correctedPart('oops, 2024 not 2025')).toBe('2024');
    expect(correctedPart('jiangsu, not zhejiang')).toBe('jiangsu');
    expect(correctedPart('sorry I meant 2024, not 2025')).toBe('2024');
  });

  it('a question that says "not" of its own is no correction', () => {
    expect(correctedPart('which provinces did not meet their gdp target in 2025')).toBeNull();
    expect(correctedPart('what was zhejiang gdp in 2024?')).toBeNull();
  });
});

describe('a plan asked in words of work still to do', () => {
  it('"要稳在多少以上" asks the level to be held: a target', () => {
    expect(read('拱墅23年森林覆盖率要稳在多少以上').intent).toBe('plan');
    expect(read('浙江今年粮食产量要稳定在多少').intent).toBe('plan');
  });

  it('"… to set up?", "… to upgrade?" at an English note\'s end ask the plan and its number', () => {
    const asked = read('anhui 2025: new overseas warehouses to set up?');
    expect(asked.intent).toBe('plan');
    expect(read('guangdong 2025 livelihood list: km of rural roads to upgrade?').wantsQuantity).toBe(true);
  });

  it('work done, asked with did, is a result', () => {
    expect(read('how many km of rural roads did guangdong upgrade in 2024 to improve access?').intent).not.toBe('plan');
  });
});

describe('English report senses of plans (session 52)', () => {
  it('"youth palaces at the doorstep", "reserve projects" in the reports\' words', () => {
    expect(chineseOf("zhejiang 2025: 'youth palaces at the doorstep' to build or revamp?")).toEqual(
      expect.arrayContaining(['青少年宫', '家门口']),
    );
    expect(chineseOf("hangzhou's 2024 plan: how many reserve projects on the city's key construction list?")).toContain('预备项目');
  });
});

describe('a count asked of a round or an edition', () => {
  it('"几轮", "几届" are the asking, no subject a passage must write', async () => {
    const { GENERIC_SEARCH_TERMS } = await import('../../src/lang/zh/generic-words.js');
    expect(GENERIC_SEARCH_TERMS.has('几轮')).toBe(true);
    expect(GENERIC_SEARCH_TERMS.has('几届')).toBe(true);
    expect(GENERIC_SEARCH_TERMS.has('综合')).toBe(false);
  });
});

describe('English report senses of things done (session 52)', () => {
  it('"safe ecological water systems" reads 生态水系; "heavy rain" 强降雨 too; "handle" 应对', () => {
    expect(chineseOf('fujian 2024: km of safe ecological water systems built?')).toContain('生态水系');
    expect(chineseOf('yunnan 2024: how many rounds of heavy rain did it have to handle?')).toEqual(
      expect.arrayContaining(['强降雨', '应对']),
    );
  });
});

describe('search tokens of the asking', () => {
  it('any token holding 几, and 要 before a verb of work, are the asking ("要建", "好几个", "几轮")', async () => {
    const { ASKING_TOKEN } = await import('../../src/lang/zh/generic-words.js');
    for (const token of ['好几个', '好几', '几轮', '要建', '要开']) expect(ASKING_TOKEN.test(token)).toBe(true);
  });

  it('words of a subject are not ("要素", "建设", "保护区")', async () => {
    const { ASKING_TOKEN } = await import('../../src/lang/zh/generic-words.js');
    for (const token of ['要素', '要求', '建设', '保护区']) expect(ASKING_TOKEN.test(token)).toBe(false);
  });
});

describe('every place asked of a figure', () => {
  it('"各省2026年GDP增长目标", "…, province by province", "… of each province" rank every place', async () => {
    const { asksForRanking, asksWhichIsMost } = await import('../../src/lang/zh/superlative-words.js');
    for (const q of [
      '各省2026年GDP增长目标',
      'GDP growth targets for 2026, province by province',
      'what are the 2026 GDP growth targets of each province',
    ])
      expect(asksForRanking(q) && asksWhichIsMost(q)).toBe(true);
  });

  it('a place ranked among them, or every place named in passing, is no list of them', async () => {
    const { asksForRanking } = await import('../../src/lang/zh/superlative-words.js');
    expect(asksForRanking('浙江GDP在各省中排第几')).toBe(false);
    expect(asksForRanking('浙江2025年GDP增长多少')).toBe(false);
    // A thing named of every place, no figure asked: its places are gone through by the follow-ups.
    expect(asksForRanking('各省的专精特新小巨人企业')).toBe(false);
  });
});

describe('a follow-up that goes through the places one by one', () => {
  it('"start with shandong, 2025?", "next, jiangsu", "then shanghai?" read as follow-ups', async () => {
    const { readsAsFollowUp } = await import('../../src/lang/zh/follow-up-words.js');
    for (const q of ['start with shandong, 2025?', 'next, jiangsu', 'then shanghai?']) expect(readsAsFollowUp(q, true)).toBe(true);
    expect(readsAsFollowUp('shandong gdp 2025', true)).toBe(false);
  });
});

describe('a bare difference asked in English', () => {
  it('"how much faster?", "how much slower?" ask a difference, as "how much higher?"', async () => {
    const { asksBareDifference } = await import('../../src/lang/zh/comparison-follow-up-words.js');
    const { asksHowMuchBetween } = await import('../../src/lang/zh/year-comparison-words.js');
    for (const q of ['how much faster?', 'how much slower?', 'how much higher?']) {
      expect(asksBareDifference(q)).toBe(true);
      expect(asksHowMuchBetween(q)).toBe(true);
    }
    expect(asksBareDifference('which grew faster?')).toBe(false);
  });
});
