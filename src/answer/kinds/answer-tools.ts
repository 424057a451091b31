import type { Sentence } from '../../ingest/types.js';
import type { UnderstoodQuery } from '../../retrieve/query.js';
import type { Retriever } from '../../retrieve/retriever.js';
import type { FigureTable } from '../../figure-table/index.js';
import type { CoverageEntry } from '../coverage.js';
import { withReadingNote } from '../reading-note.js';
import { AnswerSchema, type Answer, type Chart, type Citation, type Figure } from '../schema.js';

/**
 * What every kind of answer (a ranking, a trend, several indicators, the nearest held) needs from
 * the engine: retrieval, citations built the one way, the figures of cited sentences, and the
 * corpus's coverage. The engine implements it; the kinds never reach into each other.
 */
export interface AnswerTools {
  readonly retriever: Retriever;
  readonly coverage: CoverageEntry[];
  /** Every figure of the corpus by indicator, place, period and kind: trends and rankings read it. */
  readonly figureTable: FigureTable;
  citation(sentence: Sentence, score: number): Citation;
  figuresFor(query: UnderstoodQuery, citations: readonly Citation[]): Figure[];
}

/** The question an answer is for, as every kind of answer receives it. */
export interface AnswerFrame {
  id: string;
  question: string;
  query: UnderstoodQuery;
  understood: Answer['understood'];
}

/** The Answer of a kind: its text with the reading note ("（去年 = 2025年）") at its head, checked by the schema. */
export function frameAnswer(
  frame: AnswerFrame,
  parts: {
    notFound: boolean;
    text: string;
    citations: readonly Citation[];
    figures?: readonly Figure[];
    coverage?: CoverageEntry[];
    chart?: Chart;
  },
): Answer {
  const { id, question, query, understood } = frame;
  return AnswerSchema.parse({
    id,
    question,
    notFound: parts.notFound,
    text: withReadingNote(parts.text, query),
    citations: parts.citations,
    figures: parts.figures ?? [],
    priorities: [],
    ...(parts.coverage ? { coverage: parts.coverage } : {}),
    understood,
    ...(parts.chart ? { chart: parts.chart } : {}),
  });
}
