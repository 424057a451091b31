import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { severalSubjectsLead } from '../../src/answer/several-subjects.js';
import { extractFigures } from '../../src/figures/extract.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { conversationState } from '../../src/understand/conversation.js';
import { resultCitation } from '../support/hand-built-evidence.js';

/**
 * Session 47's mutation survivors (stryker.s47.json): the lead over hand-built sentences, where the readings tests
 * (test/lang/readings-s47.test.ts) do not reach without the engine.
 */
const today = new Date('2026-12-06');
const PLACES = knownPlaces(['山东省', '浙江省', '全国']);
const ask = (q: string) => understandQuery(q, PLACES, { today });
const figuresOf = (sentence: string, id: string, district = '山东省') =>
  extractFigures({ sentence, district, period: '2024', kind: 'result', source: 'text', citationId: id });

describe('two levels of one noun asked together (severalSubjectsLead)', () => {
  const c1 = resultCitation('c1', '累计创建国家文明村镇246个、省级文明村镇4295个。', '山东省');
  const c2 = resultCitation('c2', '新增国家级数字领航企业18家。', '山东省');
  const figures = [...figuresOf(c1.sentence, 'c1'), ...figuresOf(c2.sentence, 'c2')];

  it('each level its own figure: the things share their head, no first words (国家 of 国家级 tells them apart)', () => {
    for (const q of ['山东累计创建了多少个国家级和省级文明村镇', '山东国家级和省级文明村镇分别有多少个']) {
      const lead = severalSubjectsLead(ask(q), figures, [c1, c2]) ?? '';
      expect(lead, q).toMatch(/创建国家文明村镇（实绩）：246个 \[1\]/);
      expect(lead, q).toMatch(/省级文明村镇（实绩）：4295个 \[1\]/);
      expect(lead, q).not.toMatch(/数字领航企业/);
    }
  });

  it('a level whose words before the head match neither thing is set to none', () => {
    const c3 = resultCitation('c3', '累计创建市级文明村镇500个、县级文明村镇900个。', '山东省');
    const lead = severalSubjectsLead(ask('山东国家级和省级文明村镇分别有多少个'), figuresOf(c3.sentence, 'c3'), [c3]);
    expect(lead).toBeNull();
  });
});

describe('a count written with its magnitude alone (惠及1100多万学生)', () => {
  const c1 = resultCitation('c1', '国家助学贷款提标降息惠及1100多万学生。', '全国');
  const c2 = resultCitation('c2', '新引进35岁以下大学生39.7万人。', '全国');
  const figures = [...figuresOf(c1.sentence, 'c1', '全国'), ...figuresOf(c2.sentence, 'c2', '全国')];

  it('answers a count of the thing it names, before another thing counted in the unit asked', () => {
    expect(figureLead(ask('国家助学贷款惠及了多少名学生'), figures, [c1, c2])).toMatch(/惠及学生（实绩）：1100多万 \[1\]/);
  });

  it('but not a count of another thing a figure in the unit names more', () => {
    expect(figureLead(ask('引进了多少名大学生'), figures, [c1, c2])).toMatch(/39\.7万人 \[2\]/);
  });
});

describe('the bound of the name the question shares most', () => {
  const c1 = resultCitation('c1', '对10类重点就业群体新发放创业担保贷款不低于80亿元，支持不低于4万人创业。', '浙江省');
  const figures = figuresOf(c1.sentence, 'c1', '浙江省');

  it('a floor asked of the loan is the loan’s, though another floor is written after it', () => {
    expect(figureLead(ask('创业担保贷款不低于多少'), figures, [c1])).toMatch(/不低于80亿元/);
    expect(figureLead(ask('支持创业的人不低于多少'), figures, [c1])).toMatch(/不低于4万人/);
  });

  it('with an indicator asked, every bound of it fits', () => {
    const c2 = resultCitation('c2', '地区生产总值增长6%左右（确保5.5%以上）。', '浙江省');
    const gdp = figuresOf(c2.sentence, 'c2', '浙江省');
    expect(figureLead(ask('浙江GDP增速确保多少'), gdp, [c2])).toMatch(/5\.5%以上/);
  });
});

describe('names written whole, as asked and with the asking taken out', () => {
  const c1 = resultCitation('c1', '职业伤害保障试点覆盖696万名新业态劳动者。', '浙江省');
  const c2 = resultCitation('c2', '“十四五”时期深圳综合改革试点48项。', '浙江省');
  const figures = [...figuresOf(c1.sentence, 'c1', '浙江省'), ...figuresOf(c2.sentence, 'c2', '浙江省')];

  it('a name written whole once "了多少" is taken out is named', () => {
    expect(figureLead(ask('十四五期间 职业伤害保障试点覆盖了多少新业态劳动者'), figures, [c1, c2])).toMatch(/696万名/);
  });

  it('a rate asked where the names written whole give none: the other name shared answers', () => {
    const c3 = resultCitation('c3', '省重大项目投资7300亿元、超年度计划目标13.9%。', '浙江省');
    expect(figureLead(ask('省重大项目投资超了年度计划百分之几'), figuresOf(c3.sentence, 'c3', '浙江省'), [c3])).toMatch(/13\.9%/);
    expect(figureLead(ask('省重大项目投资多少'), figuresOf(c3.sentence, 'c3', '浙江省'), [c3])).toMatch(/7300亿元/);
  });
});

describe('a difference asked, carried and stated', () => {
  const c1 = resultCitation('c1', '一般公共预算支出规模28.5万亿元、比上年增加1.1万亿元。', '全国');
  const figures = figuresOf(c1.sentence, 'c1', '全国');

  it('"增加了多少" leads with the difference; "多少" with the level', () => {
    expect(figureLead(ask('一般公共预算支出规模增加了多少'), figures, [c1])).toMatch(/比上年增加.*1\.1万亿元/);
    expect(figureLead(ask('一般公共预算支出规模多少'), figures, [c1])).toMatch(/28\.5万亿元/);
  });

  it('carried to a follow-up that switches the year, not to one that names a subject of its own', () => {
    const asked = ['一般公共预算支出规模比上年增加多少', '那25年呢'].map(ask);
    expect(conversationState(asked)?.differenceCarried).toBe(true);
    const carriedOn = ['一般公共预算支出规模比上年增加多少', '那25年呢', '那24年呢'].map(ask);
    expect(conversationState(carriedOn)?.differenceCarried).toBe(true);
    expect(conversationState(['一般公共预算支出规模增加了多少', '那25年呢'].map(ask))?.differenceCarried).toBe(true);
    expect(conversationState(['一般公共预算支出规模是多少', '那25年呢'].map(ask))?.differenceCarried).toBeUndefined();
  });
});

describe('a pronoun after an economy-wide question', () => {
  it('"and how fast did it grow?" after the GDP stays the GDP', () => {
    const state = conversationState(['What was Zhejiang GDP in 2025?', 'and how fast did it grow?'].map(ask));
    expect(state?.indicators.map((i) => i.name)).toEqual(['地区生产总值']);
  });
});

describe('figures read around a bound and a level', () => {
  it('a counted noun runs on to 发放 when no value follows, and stops before a bound only before its value', () => {
    const named = (s: string) => figuresOf(s, 'c1').map((f) => f.indicator);
    expect(named('为超300万名婴幼儿发放育儿补贴。')).toContain('婴幼儿发放育儿补贴');
    expect(named('为3万户发放补贴，另发放消费券2亿元。')).toContain('发放补贴');
    expect(named('建成8个国家级、13个省级区域医疗中心。')).toContain('建成国家级区域医疗中心');
    expect(named('建成8个国家级示范区、13个省级区域医疗中心。')).not.toContain('建成国家级区域医疗中心');
  });
});
