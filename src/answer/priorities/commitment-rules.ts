import {
  ACTION_OPENING,
  BINDING_VERB,
  DATE_WORDS,
  NAMED_UNDERTAKING,
  QUANTITY_WITH_UNIT,
  QUOTED_NAME,
  STANCE_OPENING,
} from '../../lang/zh/commitment-words.js';

/** A sentence of an outline item's section, as the rules read it. */
export interface CommitmentContext {
  /** The sentence as printed. */
  text: string;
  /** The sentence without its dates ("2025年", "十五五"), so a year alone is no number. */
  undated: string;
}

export function commitmentContext(text: string): CommitmentContext {
  return { text, undated: text.replace(DATE_WORDS, '') };
}

/**
 * One term of a sentence's commitment score: weight × feature (0 or 1). Like the retriever's
 * scoring rules (src/retrieve/scoring/rules.ts), each rule has an example it fires on, a reason,
 * and a unit test (test/answer/priorities/commitment-rules.test.ts).
 */
export interface CommitmentRule {
  id: string;
  weight: number;
  feature: (ctx: CommitmentContext) => number;
  /** A plan sentence the rule fires on. */
  example: string;
  why: string;
}

const hasQuantity = (ctx: CommitmentContext) => QUANTITY_WITH_UNIT.test(ctx.undated);

export const COMMITMENT_RULES: readonly CommitmentRule[] = [
  {
    id: 'quantity',
    weight: 1,
    feature: (ctx) => (hasQuantity(ctx) ? 1 : 0),
    example: '新引育市级以上海外领军人才50名',
    why: 'A number with the unit of a thing counted, an amount or a share is what a reader of a plan came for.',
  },
  {
    id: 'binding-verb',
    weight: 0.5,
    feature: (ctx) => (BINDING_VERB.test(ctx.undated) ? 1 : 0),
    example: '加快推进大创小镇建设，建成投用科创园区',
    why: 'A verb that binds the plan to a result ("确保", "建成", "新增") is a deed, not a stance.',
  },
  {
    id: 'bound-quantity',
    weight: 0.5,
    feature: (ctx) => (hasQuantity(ctx) && BINDING_VERB.test(ctx.undated) ? 1 : 0),
    example: '确保签约50亿元以上项目2个',
    why: 'A number bound by such a verb is a target: the most concrete commitment a plan makes.',
  },
  {
    id: 'named-undertaking',
    weight: 0.35,
    feature: (ctx) => (NAMED_UNDERTAKING.test(ctx.undated) ? 1 : 0),
    example: '加快省飞机复合材料技术创新中心等项目建设',
    why: 'A project, programme, platform or park is something a reader can point at and follow up.',
  },
  {
    id: 'quoted-name',
    weight: 0.25,
    feature: (ctx) => (QUOTED_NAME.test(ctx.text) ? 1 : 0),
    example: '深化“千项万亿”工程',
    why: 'A name in quotation marks is a named programme or policy.',
  },
  {
    id: 'action-opening',
    weight: 0.2,
    feature: (ctx) => (ACTION_OPENING.test(ctx.text.trim()) ? 1 : 0),
    example: '深化金融体制改革，完善金融监管',
    why: 'A sentence that opens with a measure ("深化", "实施", "建立") says what will be done, even without a number.',
  },
  {
    id: 'stance-without-number',
    weight: -0.6,
    feature: (ctx) => (STANCE_OPENING.test(ctx.text.trim()) && !hasQuantity(ctx) ? 1 : 0),
    example: '坚持把创新作为引领发展的第一动力',
    why: 'A sentence that opens with a stance ("坚持", "围绕") and gives no number restates the heading.',
  },
];

/** The sum of the rules' terms, in table order. */
export function commitmentScore(text: string): number {
  const ctx = commitmentContext(text);
  return COMMITMENT_RULES.reduce((sum, rule) => sum + rule.weight * rule.feature(ctx), 0);
}

/** The rules that fire on a sentence, for explaining a choice. */
export function firedCommitmentRules(text: string): string[] {
  const ctx = commitmentContext(text);
  return COMMITMENT_RULES.filter((rule) => rule.feature(ctx) !== 0).map((rule) => rule.id);
}
