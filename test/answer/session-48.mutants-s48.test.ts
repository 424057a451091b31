import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { growthNotStatedNote } from '../../src/answer/level-not-stated.js';
import { extractFigures } from '../../src/figures/extract.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation } from '../support/hand-built-evidence.js';

/**
 * Session 48's lead changes over hand-built sentences (stryker.s48.json), where the readings tests
 * (test/lang/readings-s48.test.ts) do not reach without the engine.
 */
const today = new Date('2026-12-06');
const PLACES = knownPlaces(['山东省', '江苏省', '北京市', '广东省', '湖南省', '福建省', '安徽省']);
const ask = (q: string) => understandQuery(q, PLACES, { today });
const figuresOf = (sentence: string, id: string, district: string, period = '2024') =>
  extractFigures({ sentence, district, period, kind: 'result', source: 'text', citationId: id });
const citationOf = (id: string, sentence: string, district: string, period = '2024') => ({
  ...resultCitation(id, sentence, district),
  period,
  year: Number(period.slice(0, 4)),
});

describe('an amount asked beside its rank', () => {
  const c1 = resultCitation('c1', '核准和在建核电机组1003万千瓦、居全国第二位。', '山东省');
  const figures = figuresOf(c1.sentence, 'c1', '山东省');
  const lead = (q: string) => figureLead(ask(q), figures, [c1]);

  it('both, amount first as the sentence writes them', () => {
    expect(lead('山东2024年核准和在建核电机组多少，全国排第几')).toBe(
      '山东省2024年核准和在建核电机组（实绩）：1003万千瓦 [1]；山东省2024年核准和在建核电机组（实绩）：全国第2位 [1]',
    );
  });

  it('the rank alone, or the amount alone, when only one is asked', () => {
    expect(lead('山东2024年核准和在建核电机组全国排第几')).toBe('山东省2024年核准和在建核电机组（实绩）：全国第2位 [1]');
    expect(lead('山东2024年核准和在建核电机组多少')).toBe('山东省2024年核准和在建核电机组（实绩）：1003万千瓦 [1]');
  });

  it('no partner of another name or kind is taken', () => {
    const c2 = resultCitation('c2', '核电装机容量1003万千瓦，风电装机居全国第二位。', '山东省');
    const other = figuresOf(c2.sentence, 'c2', '山东省');
    expect(figureLead(ask('山东2024年核电装机容量多少，全国排第几'), other, [c2]) ?? '').not.toMatch(/；/);
  });
});

describe('two years of a thing one report names with what is done to it', () => {
  const c1 = citationOf('c1', '整治提升国贸桥等49座桥系桥下空间。', '北京市', '2024');
  const c2 = citationOf('c2', '完成燕莎桥等251座桥系桥下空间整治。', '北京市', '2025');
  const figures = [...figuresOf(c1.sentence, 'c1', '北京市', '2024'), ...figuresOf(c2.sentence, 'c2', '北京市', '2025')];

  it('side by side when the question writes what is done (整治)', () => {
    const lead = figureLead(ask('北京桥下空间整治 前年和去年各整治了多少座桥'), figures, [c1, c2]) ?? '';
    expect(lead).toMatch(/2024年桥系桥下空间（实绩）：49座 \[1\]；北京市2025年桥系桥下空间整治（实绩）：251座 \[2\]/);
  });

  it('not when the question does not write it', () => {
    const lead = figureLead(ask('北京桥下空间 前年和去年各多少座桥'), figures, [c1, c2]) ?? '';
    expect(lead).not.toMatch(/251座.*49座|49座.*251座/);
  });
});

describe('the measure asked of a thing named whole', () => {
  const c1 = resultCitation('c1', '3920个新投产项目增加产值5100多亿元。', '山东省');
  const figures = figuresOf(c1.sentence, 'c1', '山东省');
  const lead = (q: string) => figureLead(ask(q), figures, [c1]);

  it('"带来多少产值" is the output value', () => {
    expect(lead('山东2024年新投产项目带来多少产值')).toBe('山东省2024年新投产项目增加产值（实绩）：5100多亿元 [1]');
    expect(lead('山东2024年新投产项目带来多少新增产值')).toBe('山东省2024年新投产项目增加产值（实绩）：5100多亿元 [1]');
  });

  it('the things themselves when they are asked', () => {
    expect(lead('山东2024年新投产项目多少个')).toBe('山东省2024年新投产项目（实绩）：3920个 [1]');
  });

  it('a measure the name does not end with names nothing more', () => {
    expect(lead('山东2024年新投产项目带来多少税收')).not.toMatch(/5100/);
  });
});

describe('an increase asked, the total given', () => {
  const c1 = resultCitation('c1', '国家级专精特新“小巨人”企业增至3022家。', '江苏省');
  const figures = figuresOf(c1.sentence, 'c1', '江苏省');

  it('said to be the total', () => {
    expect(figureLead(ask('江苏24年新增了几家专精特新小巨人企业'), figures, [c1])).toMatch(
      /3022家 \[1\]（报告给出的是总数，没有给出新增数）$/,
    );
  });

  it('no note when the total is asked, or the report writes an increase', () => {
    expect(figureLead(ask('江苏24年专精特新小巨人企业一共多少家'), figures, [c1])).toMatch(/3022家 \[1\]$/);
    const c2 = resultCitation('c2', '新增专精特新“小巨人”企业397家。', '江苏省');
    expect(figureLead(ask('江苏24年新增了几家专精特新小巨人企业'), figuresOf(c2.sentence, 'c2', '江苏省'), [c2])).toMatch(/397家 \[1\]$/);
    const c3 = resultCitation('c3', '专精特新“小巨人”企业3022家。', '江苏省');
    expect(figureLead(ask('江苏24年新增了几家专精特新小巨人企业'), figuresOf(c3.sentence, 'c3', '江苏省'), [c3])).toMatch(/3022家 \[1\]$/);
  });
});

describe('a growth over a base written before it', () => {
  const c1 = resultCitation('c1', '澳资企业超6600户、较3年前增长44%。', '广东省');
  const figures = figuresOf(c1.sentence, 'c1', '广东省');

  it('the base goes before the verb in Chinese, after the value in English', () => {
    expect(figureLead(ask('广东2024年澳资企业比3年前增长了多少'), figures, [c1])).toBe('广东省2024年澳资企业（实绩）：较3年前增长44% [1]');
    expect(figureLead(ask('how much did macao-funded firms in guangdong grow in 2024'), figures, [c1])).toMatch(
      /growth 44% vs 3 years earlier \[1\]$/,
    );
  });
});

describe('a level written with or without its 级, and an increase written by its verb before examples', () => {
  const c1 = resultCitation('c1', '新增硬质合金等7个国家中小企业特色产业集群，国家级制造业单项冠军企业总数达72个。', '湖南省');
  const c2 = resultCitation('c2', '新增5个国家级中小企业特色产业集群。', '福建省');
  const hunan = figuresOf(c1.sentence, 'c1', '湖南省');

  it('"国家级中小企业特色产业集群" asked is the report’s 国家中小企业特色产业集群, not the 国家级 champions', () => {
    expect(figureLead(ask('湖南2024年新增了多少个国家级中小企业特色产业集群'), hunan, [c1])).toBe(
      '湖南省2024年国家中小企业特色产业集群（实绩）：7个 [1]',
    );
  });

  it('two increases compared, one named by its verb before examples: compared, not set apart as a total', () => {
    const lead = figureLead(
      ask('2024年新增的国家级中小企业特色产业集群 湖南和福建哪个多'),
      [...hunan, ...figuresOf(c2.sentence, 'c2', '福建省')],
      [c1, c2],
    );
    expect(lead).toMatch(/：7个 \[1\]；福建省2024年新增国家级中小企业特色产业集群（实绩）：5个 \[2\]。湖南省更多/);
  });

  it('a total beside an increase is still set apart', () => {
    const c3 = resultCitation('c3', '累计创建国家中小企业特色产业集群7个。', '湖南省');
    const c4 = resultCitation('c4', '新增5个国家级中小企业特色产业集群。', '福建省');
    const figures = [...figuresOf(c3.sentence, 'c3', '湖南省'), ...figuresOf(c4.sentence, 'c4', '福建省')];
    expect(figureLead(ask('2024年新增的国家级中小企业特色产业集群 湖南和福建哪个多'), figures, [c3, c4])).toMatch(/一为新增、一为总数/);
  });
});

describe('a growth asked over a plan (growthNotStatedNote)', () => {
  const review = (sentence: string, id: string) => figuresOf(sentence, id, '安徽省', '2021-2025');
  const year = (sentence: string, id: string) => figuresOf(sentence, id, '安徽省', '2025');
  const q = ask('安徽十四五期间GDP增长了多少');

  it('no note when a growth is stated over the plan, by a change or as a rate', () => {
    expect(
      growthNotStatedNote(q, [...review('全省地区生产总值超5万亿元、增长45%。', 'c1'), ...year('地区生产总值5.3万亿元。', 'c2')]),
    ).toBeNull();
    expect(growthNotStatedNote(q, [...review('全省地区生产总值年均增长6%。', 'c1'), ...year('地区生产总值5.3万亿元。', 'c2')])).toBeNull();
  });

  it('the note still, when no growth is stated at all', () => {
    expect(growthNotStatedNote(q, [...review('全省地区生产总值超5万亿元。', 'c1'), ...year('地区生产总值5.3万亿元。', 'c2')])).toMatch(
      /增速/,
    );
  });

  it("asked of one year, a plan's growth is no growth of that year", () => {
    const oneYear = ask('安徽2025年GDP增长了多少');
    expect(
      growthNotStatedNote(oneYear, [...review('全省地区生产总值超5万亿元、增长45%。', 'c1'), ...year('地区生产总值5.3万亿元。', 'c2')]),
    ).toMatch(/2025年增速/);
  });
});

describe('a level of one character is no word of a shared run', () => {
  it('"city-level" shares 市级 with the name whole, not its 市 alone', () => {
    const c1 = resultCitation('c1', '63家企业上榜市级总部企业。', '江苏省');
    const lead = figureLead(
      ask('jiangsu 2024: firms that made the city-level HQ-enterprise list?'),
      figuresOf(c1.sentence, 'c1', '江苏省'),
      [c1],
    );
    expect(lead).toMatch(/63家 \[1\]$/);
  });
});
