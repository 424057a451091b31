import type { Sentence } from '../ingest/types.js';
import { normalizeForSearch } from '../lang/zh/normalize.js';
import { DISTINCTIVE_TERM_LIMITS, isCodeName } from '../lang/zh/distinctive-term-words.js';

/**
 * The question's own name for something the reports name verbatim and rarely: a project or road
 * code ("S211"), or a run of Chinese characters few sentences hold ("竞潮快速路", "北沿江"). A
 * question a classifier reads as off-topic is still about the reports when it names such a thing.
 * Null when the question names nothing the reports hold.
 */
export function distinctiveTerm(question: string, sentences: readonly Sentence[]): string | null {
  const text = normalizeForSearch(question).toLowerCase();
  const { minChineseRun, maxChineseRun, maxSentences } = DISTINCTIVE_TERM_LIMITS;
  const candidates: string[] = [];
  for (const code of text.match(/[a-z0-9]+/g) ?? []) if (isCodeName(code)) candidates.push(code);
  for (const run of text.match(/[\u4e00-\u9fff]+/g) ?? []) {
    // Longest first: "竞潮快速路" is a better name than its "快速路".
    for (let length = Math.min(maxChineseRun, run.length); length >= minChineseRun; length--) {
      for (let start = 0; start + length <= run.length; start++) candidates.push(run.slice(start, start + length));
    }
  }
  if (!candidates.length) return null;
  // Lowercased once, not once per candidate: a 30-character question makes ~150 candidates.
  const norms = sentences.map((s) => s.norm.toLowerCase());
  for (const term of new Set(candidates)) {
    let holding = 0;
    for (const norm of norms) {
      if (norm.includes(term) && ++holding > maxSentences) break;
    }
    // Rare, not absent: a term in many sentences is an ordinary word ("高质量"), not a name.
    if (holding > 0 && holding <= maxSentences) return term;
  }
  return null;
}
