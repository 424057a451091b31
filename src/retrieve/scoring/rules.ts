import { AVERAGE_WORD } from '../../lang/zh/indicator-context.js';
import { writesNumberWithCounter } from '../../lang/zh/identifying-numbers.js';
import { givesReason } from '../../lang/zh/reason-words.js';
import { mentionsOnlyForPartners, partnersNamed } from '../../lang/zh/partner-markets.js';
import { periodSpan, statedYears } from '../../lang/zh/years.js';
import { speaksOfSeveralYears } from '../../lang/zh/several-years-asked.js';
import { SINCE_FOUNDING_WRITTEN } from '../../lang/zh/since-founding-words.js';
import { growthMention, multiYearMention } from '../indicator-mention.js';
import type { QuestionFacts, SentenceFacts } from './context.js';

export interface ScoringContext {
  question: QuestionFacts;
  sentence: SentenceFacts;
}

/**
 * One term of a candidate sentence's score: weight × feature. A feature is 0 when the rule does not
 * apply, 1 when it does, or a grade in between for the graded ones (lexical match, period fit).
 */
export interface ScoringRule {
  id: string;
  weight: number;
  feature: (ctx: ScoringContext) => number;
  /** A report sentence the rule is for (its unit test scores this sentence). */
  example: string;
  why: string;
}

/**
 * The retriever's sentence score: the sum of these, in this order (the order of the sums is kept
 * so that scores stay bit-identical across refactors; ties sort by score, then id).
 */
export const SCORING_RULES: readonly ScoringRule[] = [
  {
    id: 'lexical',
    weight: 1,
    feature: ({ sentence }) => sentence.lexical,
    example: '全区实现地区生产总值1416亿元',
    why: "BM25 match of the sentence to the question, over the best candidate's.",
  },
  {
    id: 'chunk',
    weight: 0.35,
    feature: ({ sentence }) => sentence.chunkScore,
    example: '全区实现地区生产总值1416亿元',
    why: "The fused (BM25 + dense) rank of the sentence's chunk, over the best chunk's.",
  },
  {
    id: 'period',
    weight: 0.6,
    feature: ({ sentence }) => sentence.period,
    example: '2024年，全区实现地区生产总值1416亿元',
    why: 'How well the sentence’s period fits the asked year, part or plan (periodScore).',
  },
  {
    id: 'names-indicator',
    weight: 0.6,
    feature: ({ question, sentence }) => (question.indicatorNames.length ? sentence.mention : 0),
    example: '全区实现地区生产总值1416亿元',
    why: 'It names the asked indicator as itself: 1 for a full name, 0.6 for a partial one ("生产总值").',
  },
  {
    id: 'partner-only',
    weight: -0.4,
    feature: ({ question, sentence }) =>
      question.indicatorNames.length &&
      !partnersNamed(question.query.question).length &&
      mentionsOnlyForPartners(sentence.lowerNorm, question.indicatorNames)
        ? 1
        : 0,
    example: '与共建“一带一路”国家进出口贸易额突破5万亿元',
    why: 'No partner asked: a sentence giving the indicator only for a partner ("对东盟出口", "与…国家进出口") is another figure.',
  },
  {
    id: 'kind-fits-any',
    weight: 0.45,
    feature: ({ question, sentence }) => (question.filtering && question.query.intent === 'any' ? sentence.kind : 0),
    example: '全区实现地区生产总值1416亿元',
    why: 'Neither target nor result asked: a sentence of a results or plan section counts half.',
  },
  {
    id: 'kind-fits-asked',
    weight: 0.7,
    feature: ({ question, sentence }) => (question.filtering && question.query.intent !== 'any' ? sentence.kind : 0),
    example: '2025年地区生产总值增长5.5%左右',
    why: 'Asked for a target or a result, the other kind of sentence is another answer: 目标 vs 实现.',
  },
  {
    id: 'latest-year',
    weight: 0.6,
    feature: (ctx) => (latestAsked(ctx) && !isSpan(ctx.sentence.sentence.period) ? recency(ctx.sentence.age) : 0),
    example: '全区实现规上工业总产值2500亿元',
    why: 'No year asked: the issuer’s latest figures ("钱塘区规上工业总产值是多少" is the 2024 one, not 2019’s).',
  },
  {
    id: 'latest-plan-span',
    weight: 0.3,
    feature: (ctx) => (latestAsked(ctx) && isSpan(ctx.sentence.sentence.period) ? recency(ctx.sentence.age) : 0),
    example: '到2025年，地区生产总值达到2000亿元',
    why: 'No year asked: a five-year plan’s span counts for half, since asked "the target", the year’s plan is meant.',
  },
  {
    id: 'states-asked-year',
    weight: 0.15,
    feature: ({ question: { filtering, query }, sentence }) =>
      filtering && sentence.sentence.source === 'text' && sentence.kind === 1 && query.years.some((y) => sentence.norm.includes(`${y}年`))
        ? 1
        : 0,
    example: '初步统计，2025年全省地区生产总值增长5.5%',
    why: 'A sentence that states the asked year is about it.',
  },
  {
    id: 'has-number',
    weight: 0.2,
    feature: ({ question, sentence }) => (question.query.wantsQuantity && /\d/.test(sentence.norm) ? 1 : 0),
    example: '全区实现地区生产总值1416亿元',
    why: 'A quantity asked: a sentence with a number can answer it.',
  },
  {
    id: 'qualified-indicator',
    weight: 0.3,
    feature: ({ question, sentence }) => (question.qualified.some((q) => sentence.lowerNorm.includes(q)) ? 1 : 0),
    example: '农村居民人均可支配收入45000元，增长6.5%',
    why: '"农村居民人均可支配收入" asked: the sentence of the rural figure, not of the urban one beside it.',
  },
  {
    id: 'gives-quantity',
    weight: 0.25,
    feature: ({ sentence }) => (sentence.givesQuantity ? 1 : 0),
    example: '全区实现地区生产总值1416亿元',
    why: 'The sentence gives the asked indicator its number.',
  },
  {
    id: 'gives-growth',
    weight: 0.25,
    feature: ({ question, sentence }) =>
      sentence.givesQuantity && question.wantsGrowth && growthMention(sentence.lowerNorm, question.indicatorNames) ? 1 : 0,
    example: '实现地区生产总值1416亿元,同比增长5.1%',
    why: 'A growth rate asked: the sentence that gives the indicator its rate.',
  },
  {
    id: 'multi-year-figure',
    weight: -0.3,
    feature: (ctx) => (oneYearAsked(ctx) && multiYearFigure(ctx) ? 1 : 0),
    example: '五年来城镇累计新增就业超700万人',
    why: '"年均增长5%", "累计新增就业700万人": several years’ average or total, not one year’s figure.',
  },
  {
    id: 'yearly-average',
    weight: -0.2,
    feature: (ctx) =>
      oneYearAsked(ctx) && ctx.question.wantsGrowth && ctx.sentence.norm.includes(AVERAGE_WORD) && !multiYearFigure(ctx) ? 1 : 0,
    example: '五年来全区经济年均增长6.2%',
    why: 'One year’s growth asked: a yearly average over several years is another figure (when multi-year-figure has not fired).',
  },
  {
    id: 'other-years-only',
    weight: -0.3,
    feature: ({ question: { filtering, query }, sentence }) =>
      filtering && query.years.length && statesOnlyOtherYears(sentence.norm, query.years) ? 1 : 0,
    example: '全省共增加2702亿元，2023年达到13.09万亿元',
    why: 'It states only years not asked: "…2023年达到13.09万亿元" answers for 2023, not for the 2024 asked.',
  },
  {
    id: 'heading-for-quantity',
    weight: -0.3,
    feature: ({ question, sentence }) => (question.query.wantsQuantity && sentence.sentence.isHeading ? 1 : 0),
    example: '一、地区生产总值稳步增长',
    why: 'A quantity asked: a heading names the topic but gives no figure.',
  },
  {
    id: 'table-not-asked',
    weight: -0.15,
    feature: ({ question, sentence }) => (sentence.sentence.source === 'table' && !question.tablesAsked ? 1 : 0),
    example: '地区生产总值增长 | 5.5% | 5.6% | 101.8%',
    why: 'Target tables answer questions of targets and completion; other questions want the text.',
  },
  {
    id: 'several-years-asked',
    weight: 0.5,
    feature: (ctx) => (severalYearsAsked(ctx) && overSeveralYears(ctx) ? 1 : 0),
    example: 'PM2.5年均浓度累计下降17%',
    why: '"过去五年…下降多少" asked: a figure over the years (a five-year review, 年均, 从…到…), not the last year’s alone.',
  },
  {
    id: 'gives-reason',
    weight: 0.3,
    feature: ({ question, sentence }) => (question.query.wantsReason && givesReason(sentence.norm) ? 1 : 0),
    example: '受房地产市场调整影响，固定资产投资下降3.2%',
    why: 'A reason asked: the sentence that gives a cause (受, 由于, 导致…).',
  },
  {
    id: 'names-english-compound',
    weight: 0.6,
    feature: ({ question, sentence }) =>
      (question.query.englishCompounds ?? []).some((zh) => sentence.lowerNorm.includes(zh.toLowerCase())) ? 1 : 0,
    example: '牵头建设44家全国重点实验室',
    why: 'An English noun with its qualifiers, written whole ("national key labs" → 全国重点实验室): the asked subject named as itself, not a kin ("省重点实验室").',
  },
  {
    id: 'since-founding',
    weight: 0.9,
    feature: ({ question: { filtering, query }, sentence }) =>
      filtering &&
      query.sinceFounding &&
      (SINCE_FOUNDING_WRITTEN.test(sentence.sentence.section.join('')) || SINCE_FOUNDING_WRITTEN.test(sentence.norm))
        ? 1
        : 0,
    example: '钱塘新区成立以来工作回顾：新增城镇就业人口8.6万人',
    why: '"钱塘新区成立以来…多少" asked: the review since founding (its heading or sentence writes 成立以来), not the latest year.',
  },
  {
    id: 'writes-asked-number',
    weight: 0.6,
    feature: ({ question, sentence }) => (question.numbers.some((n) => writesNumberWithCounter(sentence.norm, n)) ? 1 : 0),
    example: '公众安全感、满意度连续12年实现“双提升”',
    why: '"连续12年双提升的是哪个城市": the sentence that writes the question\'s own number with its counter, not a neighbour of the same words ("连续13年").',
  },
];

/** A figure over several years asked, and not one year's ("2025年…年均浓度" is that year's). */
function severalYearsAsked({ question: { filtering, query, severalYears } }: ScoringContext): boolean {
  return filtering && severalYears && query.years.length !== 1;
}

/**
 * The sentence gives a figure over several years: a number, and a span's period, a yearly average or
 * milestones, or a change 从…到… ("“十四五”发展成就来之不易" is of the span but gives nothing).
 */
function overSeveralYears({ sentence }: ScoringContext): boolean {
  return /\d/.test(sentence.norm) && (isSpan(sentence.sentence.period) || speaksOfSeveralYears(sentence.norm));
}

/** No year and no plan asked: the latest figures are meant. */
function latestAsked({ question: { filtering, query } }: ScoringContext): boolean {
  return filtering && !query.years.length && !query.planPeriod && !query.sinceFounding;
}

/** 1 for the issuer's latest period, falling by a third for each year older. */
function recency(age: number): number {
  return Math.max(0, 1 - age / 3);
}

/** One year asked, no plan: several years' figures are not its answer. */
function oneYearAsked({ question: { filtering, query } }: ScoringContext): boolean {
  return filtering && query.years.length === 1 && !query.planPeriod;
}

/** The asked indicator's number is an average or total over several years. */
function multiYearFigure({ question, sentence }: ScoringContext): boolean {
  return sentence.givesQuantity && multiYearMention(sentence.lowerNorm, question.indicatorNames, sentence.sentence.section.join(' '));
}

/** A period of several years ("2021-2025"), not one year or a part of one. */
function isSpan(period: string): boolean {
  const span = periodSpan(period);
  return span !== null && span.from !== span.to;
}

/**
 * The sentence names years, none of them asked, and none as the base of a comparison ("比2023年增长"):
 * its figures are for another year than the section's.
 */
function statesOnlyOtherYears(norm: string, years: readonly number[]): boolean {
  const stated = statedYears(norm);
  return stated.length > 0 && !stated.some((y) => years.includes(Number(y)));
}
