import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/ingest/types.js';
import { knownPlaces, understandQuery } from '../../src/retrieve/query.js';
import { questionFacts, type SentenceEvidence, sentenceFacts } from '../../src/retrieve/scoring/context.js';
import { SCORING_RULES, type ScoringContext, type ScoringRule } from '../../src/retrieve/scoring/rules.js';
import { scoreSentence } from '../../src/retrieve/scoring/score-sentence.js';
import { resultSentenceOf } from '../support/hand-built-sentence.js';

const PLACES = knownPlaces(['钱塘区', '浙江省']);

const sentence = resultSentenceOf;

/** A question and a sentence a rule is checked on; the text defaults to the rule's own example. */
interface Side {
  question: string;
  text?: string;
  sentence?: Partial<Sentence>;
  evidence?: Partial<Omit<SentenceEvidence, 'sentence'>>;
}

interface RuleCase {
  /** Scored on the rule's example: the rule fires with this feature (1 unless graded). */
  fires: Side & { feature?: number };
  /** A counter-example: the rule stays silent. */
  silent: Side;
}

const GDP_2024 = '钱塘区2024年GDP是多少？';

const CASES: Record<string, RuleCase> = {
  lexical: {
    fires: { question: GDP_2024, evidence: { lexical: 0.8 }, feature: 0.8 },
    silent: { question: GDP_2024, evidence: { lexical: 0 } },
  },
  chunk: {
    fires: { question: GDP_2024, evidence: { chunkScore: 0.5 }, feature: 0.5 },
    silent: { question: GDP_2024, evidence: { chunkScore: 0 } },
  },
  period: {
    fires: { question: GDP_2024 },
    silent: { question: GDP_2024, text: '全区实现地区生产总值1416亿元', sentence: { period: '2019' } },
  },
  'names-indicator': { fires: { question: GDP_2024 }, silent: { question: GDP_2024, text: '人均地区生产总值15万元' } },
  'partner-only': {
    fires: { question: '福建去年外贸情况' },
    silent: { question: '福建去年对一带一路国家外贸多少' },
  },
  'kind-fits-any': {
    fires: { question: '钱塘区GDP方面说了什么', feature: 0.5 },
    silent: { question: '钱塘区GDP方面说了什么', sentence: { kind: 'other' } },
  },
  'kind-fits-asked': {
    fires: { question: '钱塘区2025年GDP增长目标', sentence: { kind: 'plan', period: '2025' } },
    silent: { question: '钱塘区2025年GDP增长目标', sentence: { kind: 'result', period: '2025' } },
  },
  'latest-year': {
    fires: { question: '钱塘区规上工业总产值是多少', evidence: { age: 0 } },
    silent: { question: '钱塘区规上工业总产值是多少', evidence: { age: 3 } },
  },
  'latest-plan-span': {
    fires: { question: '钱塘区GDP目标', sentence: { kind: 'plan', period: '2021-2025' }, evidence: { age: 1 }, feature: 2 / 3 },
    silent: { question: '钱塘区GDP目标', sentence: { kind: 'plan', period: '2025' }, evidence: { age: 0 } },
  },
  'states-asked-year': {
    fires: { question: '浙江省2025年GDP是多少', sentence: { period: '2025' } },
    silent: { question: '浙江省2025年GDP是多少', sentence: { period: '2025', source: 'table' } },
  },
  'has-number': { fires: { question: GDP_2024 }, silent: { question: GDP_2024, text: '地区生产总值稳步增长' } },
  'qualified-indicator': {
    fires: { question: '钱塘区2024年农村居民人均可支配收入是多少' },
    silent: { question: '钱塘区2024年农村居民人均可支配收入是多少', text: '城镇居民人均可支配收入70000元' },
  },
  'gives-quantity': { fires: { question: GDP_2024 }, silent: { question: GDP_2024, text: '地区生产总值稳步增长' } },
  'gives-growth': {
    fires: { question: '钱塘区2024年GDP增长多少' },
    silent: { question: '钱塘区2024年GDP增长多少', text: '全区实现地区生产总值1416亿元' },
  },
  'multi-year-figure': {
    fires: { question: '钱塘区2024年城镇新增就业多少人' },
    silent: { question: '钱塘区2024年城镇新增就业多少人', text: '城镇新增就业1.2万人' },
  },
  'yearly-average': {
    fires: { question: '钱塘区2024年GDP增长多少' },
    silent: { question: '钱塘区2024年GDP增长多少', text: '全区经济增长6.2%' },
  },
  'other-years-only': {
    fires: { question: '浙江省2024年GDP是多少' },
    silent: { question: '浙江省2024年GDP是多少', text: '全省共增加2702亿元，2024年达到13.5万亿元' },
  },
  'heading-for-quantity': {
    fires: { question: GDP_2024, sentence: { isHeading: true } },
    silent: { question: GDP_2024, sentence: { isHeading: false } },
  },
  'table-not-asked': {
    fires: { question: GDP_2024, sentence: { source: 'table' } },
    silent: { question: '钱塘区2024年GDP目标完成情况', sentence: { source: 'table' } },
  },
  'several-years-asked': {
    fires: { question: '钱塘区过去五年PM2.5下降多少', sentence: { period: '2021-2025' } },
    silent: { question: '钱塘区过去五年PM2.5下降多少', text: 'PM2.5年均浓度为26.3微克/立方米、下降7.4%', sentence: { period: '2025' } },
  },
  'names-english-compound': {
    fires: { question: 'How many national key labs does Zhejiang lead?' },
    silent: { question: 'How many national key labs does Zhejiang lead?', text: '首批63个省重点实验室重组完成' },
  },
  'gives-reason': {
    fires: { question: '钱塘区2024年固定资产投资为什么下降' },
    silent: { question: '钱塘区2024年固定资产投资为什么下降', text: '固定资产投资下降3.2%' },
  },
  'since-founding': {
    fires: { question: '钱塘新区成立以来新增城镇就业人口多少' },
    silent: { question: '钱塘区新增城镇就业人口多少' },
  },
  'writes-asked-number': {
    fires: { question: '公众安全感满意度连续12年双提升的是哪个城市' },
    silent: { question: '公众安全感满意度连续12年双提升的是哪个城市', text: '公众安全感、满意度连续112年实现“双提升”' },
  },
};

function contextOf(rule: ScoringRule, side: Side): ScoringContext {
  const question = questionFacts(understandQuery(side.question, PLACES), true);
  const evidence = { sentence: sentence(side.text ?? rule.example, side.sentence), lexical: 0, chunkScore: 0, age: 0, ...side.evidence };
  return { question, sentence: sentenceFacts(question, evidence) };
}

describe('retrieval scoring rules', () => {
  it('have unique ids, a weight, an example sentence and a reason each', () => {
    const ids = SCORING_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of SCORING_RULES) {
      expect(rule.example.trim(), rule.id).not.toBe('');
      expect(rule.why.trim(), rule.id).not.toBe('');
      expect(rule.weight, rule.id).not.toBe(0);
    }
  });

  it('each have a unit case below', () => {
    expect(Object.keys(CASES).sort()).toEqual(SCORING_RULES.map((r) => r.id).sort());
  });

  for (const rule of SCORING_RULES) {
    it(`${rule.id}: fires on "${rule.example}" with its weight, not on its counter-example`, () => {
      const { fires, silent } = CASES[rule.id];
      const expected = fires.feature ?? 1;
      expect(rule.feature(contextOf(rule, fires))).toBeCloseTo(expected, 12);
      expect(rule.weight * rule.feature(contextOf(rule, fires))).toBeCloseTo(rule.weight * expected, 12);
      expect(rule.feature(contextOf(rule, silent))).toBe(0);
    });
  }
});

describe('scoreSentence', () => {
  const query = understandQuery(GDP_2024, PLACES);

  it('sums the rules that fired in table order, and names them when explaining', () => {
    const question = questionFacts(query, true);
    const evidence = { sentence: sentence('全年地区生产总值达1416亿元,增长5.1%'), lexical: 0.6, chunkScore: 0.9, age: 0 };
    const scored = scoreSentence(question, evidence, true);
    expect(scored).not.toBeNull();
    const contributions = scored?.contributions ?? {};
    expect(Object.keys(contributions)).toEqual([
      'lexical',
      'chunk',
      'period',
      'names-indicator',
      'kind-fits-asked',
      'has-number',
      'gives-quantity',
    ]);
    let sum = 0;
    for (const amount of Object.values(contributions)) sum += amount;
    expect(scored?.score).toBe(sum);
    expect(scored).toMatchObject({ namesIndicator: true, givesQuantity: true });
    expect(scoreSentence(question, evidence)?.contributions).toBeUndefined();
    expect(scoreSentence(question, evidence)?.score).toBe(sum);
  });

  it('passes over a sentence outside the asked plan period (a gate, not a rule)', () => {
    const plan = questionFacts(understandQuery('钱塘区“十四五”时期GDP目标', PLACES), true);
    expect(plan.query.planPeriod).toEqual({ from: 2021, to: 2025 });
    const outside = { sentence: sentence('全区实现地区生产总值1416亿元', { period: '2019' }), lexical: 1, chunkScore: 1, age: 0 };
    expect(scoreSentence(plan, outside)).toBeNull();
    const inside = { ...outside, sentence: sentence('到2025年地区生产总值达到2000亿元', { period: '2021-2025', kind: 'plan' }) };
    expect(scoreSentence(plan, inside)).not.toBeNull();
  });

  it('leaves the period rules silent when filters are off (the "naive" baseline)', () => {
    const naive = questionFacts(query, false);
    const scored = scoreSentence(
      naive,
      { sentence: sentence('全区实现地区生产总值1416亿元', { period: '2019' }), lexical: 0, chunkScore: 0, age: 0 },
      true,
    );
    expect(scored?.contributions).toMatchObject({ period: 0.6 });
    expect(scored?.contributions).not.toHaveProperty('kind-fits-asked');
  });
});

describe('the review since founding asked', () => {
  it('is no latest-year question: the latest year’s figures get no recency bonus', () => {
    const rule = SCORING_RULES.find((r) => r.id === 'latest-year');
    if (!rule) throw new Error('latest-year rule missing');
    expect(rule.feature(contextOf(rule, { question: '钱塘区新增城镇就业人口多少' }))).toBe(1);
    expect(rule.feature(contextOf(rule, { question: '钱塘新区成立以来新增城镇就业人口多少' }))).toBe(0);
  });
});
