import type { UnderstoodQuery } from '../../retrieve/query.js';
import { composeText } from '../compose.js';
import { withReadingNote } from '../reading-note.js';
import { AnswerSchema, type Answer, type Citation, type Figure } from '../schema.js';

/** An answer whose first lines are built here (a ranking, a trend), over its cited sentences. */
export function linesAnswer(
  id: string,
  question: string,
  query: UnderstoodQuery,
  understood: Answer['understood'],
  lines: readonly string[],
  citations: readonly Citation[],
  figures: readonly Figure[],
): Answer {
  const text = `${lines.join('\n')}\n${composeText(query, citations, null)}`;
  return AnswerSchema.parse({
    id,
    question,
    notFound: false,
    text: withReadingNote(text, query),
    citations,
    figures,
    priorities: [],
    understood,
  });
}
