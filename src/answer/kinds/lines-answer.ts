import { composeText } from '../compose.js';
import type { Answer, Chart, Citation, Figure } from '../schema.js';
import { type AnswerFrame, frameAnswer } from './answer-tools.js';

/** An answer whose first lines are built by its kind (a ranking, a trend), over its cited sentences. */
export function linesAnswer(
  frame: AnswerFrame,
  lines: readonly string[],
  citations: readonly Citation[],
  figures: readonly Figure[],
  chart?: Chart,
): Answer {
  return frameAnswer(frame, {
    notFound: false,
    text: `${lines.join('\n')}\n${composeText(frame.query, citations, null)}`,
    citations,
    figures,
    chart,
  });
}
