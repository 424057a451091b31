import type { ScoredSentence } from './score-sentence.js';
import { SCORING_RULES } from './rules.js';

/** Something that reports each retrieval's chosen sentences: the Retriever's `onScored` hook. */
export interface ScoringSource {
  onScored: ((sentences: readonly ScoredSentence[]) => void) | null;
}

/**
 * Records the scored sentences of the retrievals that follow, by sentence id, until `take` hands
 * them over and starts afresh: one question's worth at a time.
 */
export class ScoringRecorder {
  private seen = new Map<string, ScoredSentence>();

  constructor(source: ScoringSource) {
    source.onScored = (sentences) => {
      for (const s of sentences) if (!this.seen.has(s.sentence.id)) this.seen.set(s.sentence.id, s);
    };
  }

  take(): Map<string, ScoredSentence> {
    const out = this.seen;
    this.seen = new Map();
    return out;
  }
}

/** What --explain shows of a cited sentence: its id and text. */
export interface ExplainedCitation {
  id: string;
  sentence: string;
}

const WHY = new Map(SCORING_RULES.map((r) => [r.id, r.why]));
const ID_WIDTH = Math.max(...SCORING_RULES.map((r) => r.id.length));

/**
 * For each cited sentence, the rules that fired and what each added, so a reviewer can see why a
 * sentence won: "[1] score 3.2175  全区实现地区生产总值1416亿元…" then one line a rule.
 */
export function formatExplanation(citations: readonly ExplainedCitation[], scored: ReadonlyMap<string, ScoredSentence>): string {
  const lines = ['为何引用 / Why these sentences (ask --explain):'];
  if (!citations.length) lines.push('  (no sentence cited)');
  citations.forEach((c, i) => {
    const s = scored.get(c.id);
    const text = c.sentence.length > 60 ? `${c.sentence.slice(0, 60)}…` : c.sentence;
    if (!s?.contributions) {
      lines.push(`  [${i + 1}] ${text}`, '      (not chosen by sentence scoring: a list or a heading the answer reads directly)');
      return;
    }
    lines.push(`  [${i + 1}] score ${s.score.toFixed(4)}  ${text}`);
    for (const [id, amount] of Object.entries(s.contributions)) {
      const sign = amount >= 0 ? '+' : '-';
      lines.push(`      ${id.padEnd(ID_WIDTH)} ${sign}${Math.abs(amount).toFixed(4)}  ${WHY.get(id) ?? ''}`);
    }
  });
  return lines.join('\n');
}
