import { describe, expect, it } from 'vitest';
import { figureLead } from '../../src/answer/figure-lead.js';
import { englishSeveralSubjectsLead, englishThingsAsked } from '../../src/answer/several-subjects-english.js';
import { preferAskedShape } from '../../src/figures/asked-shape.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { resultCitation, resultFigure } from '../support/hand-built-evidence.js';

/** Session 40's mutation survivors (stryker.s40.json; docs/mutation-survivors.md "Session 40"), each on a hand-built input. */
const today = new Date('2026-12-05');
const PLACES = knownPlaces(['云南省', '浙江省']);

describe('a bare generic name asked as the subject leads its figure (figure-lead.ts)', () => {
  const sentence = '经营主体净增48万户、达680万户，企业净增15万户、达157万户。';
  const figures = [
    resultFigure('经营主体净增', 48, '万户', 'c1', '云南省'),
    resultFigure('经营主体', 680, '万户', 'c1', '云南省'),
    resultFigure('企业净增', 15, '万户', 'c1', '云南省'),
    resultFigure('企业', 157, '万户', 'c1', '云南省'),
  ];
  const lead = (question: string) =>
    figureLead(understandQuery(question, PLACES, { today }), figures, [resultCitation('c1', sentence, '云南省')]) ?? '';

  it('"云南企业总数多少万户": 157万户, named by its bare name', () => {
    expect(lead('云南企业总数多少万户')).toMatch(/企业（实绩）：157万户/);
  });

  it('"云南企业净增多少": 15万户, the increment named by its words', () => {
    expect(lead('云南企业净增多少')).toMatch(/企业净增（实绩）：15万户/);
  });
});

describe('a share written as one answers a proportion asked without 占 (asked-shape.ts)', () => {
  it('"数字经济比例是多少": the share, not every percentage beside it', () => {
    const figures = [
      { indicator: '市控以上断面', value: 100, unit: '%', qualifier: undefined },
      { indicator: '数字经济核心产业增加值比重', value: 12, unit: '%', qualifier: undefined },
    ];
    expect(preferAskedShape('数字经济比例是多少', figures).map((f) => f.value)).toEqual([12]);
  });
});

describe('several things asked at once in English (several-subjects-english.ts)', () => {
  const question = 'beijing 2025: kindergarten enrolment & inclusive rate?';
  const query = understandQuery(question, knownPlaces(['北京市']), { today });
  const sentence = '新增普惠托位8897个，适龄儿童入园率和普惠率分别达96%和94%；';
  const enrolment = { ...resultFigure('适龄儿童入园率', 96, '%', 'c1', '北京市'), period: '2025' };
  const inclusive = { ...resultFigure('普惠率', 94, '%', 'c1', '北京市'), period: '2025' };
  const cited = [resultCitation('c1', sentence, '北京市'), resultCitation('c2', '普惠率达到94%。', '北京市')];

  it('a phrase is marked before a shorter one inside it: "inclusive rate" is not its "rate"', () => {
    const things = englishThingsAsked({
      language: 'en',
      question,
      lexiconTranslations: [
        { english: 'rate', chinese: ['率'] },
        { english: 'kindergarten enrolment', chinese: ['入园率'] },
        { english: 'inclusive rate', chinese: ['普惠率'] },
      ],
    });
    expect(things).toEqual([['入园率'], ['普惠率']]);
  });

  it('both figures of the one sentence, in the order asked', () => {
    expect(query.wantsQuantity).toBe(true);
    expect(englishSeveralSubjectsLead(query, [inclusive, enrolment], cited)).toBe(
      'Beijing 2025 适龄儿童入园率 (actual): 96% [1]; Beijing 2025 普惠率 (actual): 94% [1]',
    );
  });

  it('two sentences’ figures: no lead of both (a modifier may have been read as a thing)', () => {
    const elsewhere = { ...inclusive, citationId: 'c2' };
    expect(englishSeveralSubjectsLead(query, [enrolment, elsewhere], cited)).toBeNull();
  });

  it('one thing found, a number not asked, or a glossary indicator asked: none', () => {
    expect(englishSeveralSubjectsLead(query, [enrolment], cited)).toBeNull();
    expect(englishSeveralSubjectsLead({ ...query, wantsQuantity: false }, [inclusive, enrolment], cited)).toBeNull();
    const gdp = understandQuery('beijing 2025: gdp & kindergarten enrolment?', knownPlaces(['北京市']), { today });
    expect(gdp.indicators.length).toBeGreaterThan(0);
    expect(englishSeveralSubjectsLead(gdp, [inclusive, enrolment], cited)).toBeNull();
  });
});

describe('the English several-things lead’s guards', () => {
  const question = 'beijing 2025: kindergarten enrolment & inclusive rate?';
  const query = understandQuery(question, knownPlaces(['北京市']), { today });
  const sentence = '适龄儿童入园率和普惠率分别达96%和94%；';
  const enrolment = { ...resultFigure('适龄儿童入园率', 96, '%', 'c1', '北京市'), period: '2025' };
  const inclusive = { ...resultFigure('普惠率', 94, '%', 'c1', '北京市'), period: '2025' };
  const cited = [resultCitation('c1', sentence, '北京市')];

  it('a part reading no Chinese is no thing asked', () => {
    const things = englishThingsAsked({
      language: 'en',
      question: 'kindergarten enrolment & inclusive rate, please',
      lexiconTranslations: [
        { english: 'kindergarten enrolment', chinese: ['入园率'] },
        { english: 'inclusive rate', chinese: ['普惠率'] },
      ],
    });
    expect(things).toEqual([['入园率'], ['普惠率']]);
  });

  it('a Chinese question’s own words read as others are no English things', () => {
    const lexiconTranslations = [
      { english: '老人', chinese: ['老年人'] },
      { english: '小孩', chinese: ['儿童'] },
    ];
    expect(englishThingsAsked({ language: 'zh', question: '老人,小孩', lexiconTranslations })).toEqual([]);
  });

  it('a glossary indicator asked: answered part by part elsewhere, not here', () => {
    const indicator = { name: '地区生产总值', synonyms: [], en: [] } as unknown as (typeof query.indicators)[number];
    expect(englishSeveralSubjectsLead({ ...query, indicators: [indicator] }, [enrolment, inclusive], cited)).toBeNull();
  });

  it('two things read as the same figure: no lead of it twice', () => {
    const same = {
      ...query,
      question: 'inclusive rate and inclusiveness',
      lexiconTranslations: [
        { english: 'inclusive rate', chinese: ['普惠率'] },
        { english: 'inclusiveness', chinese: ['普惠率'] },
      ],
    };
    expect(englishSeveralSubjectsLead(same, [enrolment, inclusive], cited)).toBeNull();
  });
});
