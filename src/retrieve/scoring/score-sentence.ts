import type { Sentence } from '../../ingest/types.js';
import { type QuestionFacts, type SentenceEvidence, type SentenceFacts, sentenceFacts } from './context.js';
import { SCORING_RULES, type ScoringRule } from './rules.js';

export interface ScoredSentence {
  sentence: Sentence;
  score: number;
  /** Whether the sentence names the indicator asked about. */
  namesIndicator: boolean;
  /** It gives the asked indicator a number (see quantityMention); false unless a quantity is asked. */
  givesQuantity: boolean;
  /** When explaining: each rule that fired (rule id → its weight × feature), in table order. */
  contributions?: Record<string, number>;
}

/**
 * Asked about a plan, a sentence whose period does not fit it is passed over, not scored low: a
 * plan's last-year review lets in sentences about that year alone, which are no answers for the plan.
 */
export function outsideAskedPlan(question: QuestionFacts, sentence: SentenceFacts): boolean {
  return Boolean(question.query.planPeriod) && sentence.period === 0;
}

/**
 * A candidate's score: the sum of the rules' contributions in table order, or null when a gate
 * passes the sentence over. With `explain`, the contributions that are not 0 come along.
 */
export function scoreSentence(
  question: QuestionFacts,
  evidence: SentenceEvidence,
  explain = false,
  rules: readonly ScoringRule[] = SCORING_RULES,
): ScoredSentence | null {
  const facts = sentenceFacts(question, evidence);
  if (outsideAskedPlan(question, facts)) return null;
  const ctx = { question, sentence: facts };
  const contributions: Record<string, number> | undefined = explain ? {} : undefined;
  let score = 0;
  for (const rule of rules) {
    const feature = rule.feature(ctx);
    if (feature === 0) continue;
    const amount = rule.weight * feature;
    score += amount;
    if (contributions) contributions[rule.id] = amount;
  }
  const scored: ScoredSentence = {
    sentence: evidence.sentence,
    score,
    namesIndicator: facts.mention > 0,
    givesQuantity: facts.givesQuantity,
  };
  if (contributions) scored.contributions = contributions;
  return scored;
}
