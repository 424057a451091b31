import type { Sentence } from '../../ingest/types.js';
import { commitmentScore } from './commitment-rules.js';

/** A sentence scoring this much states a commitment: a quantity, or a binding verb. */
export const COMMITMENT_MIN = 0.5;
/** At most this many sentences are quoted under one item. */
export const MAX_COMMITMENTS = 3;
/** Past the first quote, further ones are added while an item's quotes stay within this many characters. */
const QUOTED_CHARS_PER_ITEM = 320;
/** Shorter sentences are fragments (a table cell, a stray clause), not commitments. */
const MIN_SENTENCE_CHARS = 12;

/**
 * The sentences of one item's section that carry its most concrete commitments: the best-scoring
 * ones by the commitment rules, in document order. When no sentence reaches COMMITMENT_MIN, the
 * best one any rule favours stands in (a named project, a measure without a number), else none; an
 * item whose copy kept only sub-headings quotes them.
 */
export function pickCommitments(section: readonly Sentence[]): Sentence[] {
  const body = section.filter((s) => !s.isHeading && s.text.trim().length >= MIN_SENTENCE_CHARS);
  // A copy that kept only an item's sub-headings ("提升产业质效", "促进动能转换"): they are its measures.
  if (!body.length) return section.filter((s) => s.isHeading).slice(0, MAX_COMMITMENTS);
  const scored = body
    .map((sentence, order) => ({ sentence, order, score: commitmentScore(sentence.text) }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const passing = scored.filter((s) => s.score >= COMMITMENT_MIN);
  const chosen: typeof scored = [];
  let chars = 0;
  for (const candidate of passing) {
    if (chosen.length >= MAX_COMMITMENTS) break;
    const length = candidate.sentence.text.length;
    if (chosen.length > 0 && chars + length > QUOTED_CHARS_PER_ITEM) continue;
    chosen.push(candidate);
    chars += length;
  }
  if (!chosen.length && scored[0] && scored[0].score > 0) chosen.push(scored[0]);
  return chosen.sort((a, b) => a.order - b.order).map((c) => c.sentence);
}
