/**
 * The citations and figures of an answer read from figure-table rows: each row's sentence cited
 * once (in the order rows are first cited), its figure listed once, both within the chart caps.
 */
import { type FigureRow, rowFigure } from '../../figure-table/index.js';
import { CHART_CITATIONS_MAX, CHART_FIGURES_MAX, type Citation, type Figure } from '../schema.js';
import type { AnswerTools } from './answer-tools.js';

export class RowCitations {
  readonly citations: Citation[] = [];
  readonly figures: Figure[] = [];

  constructor(private readonly tools: AnswerTools) {}

  /** The citation number ([n]) of the row's sentence, citing it when new; null past the cap or for an unknown sentence. */
  cite(row: FigureRow): number | null {
    let at = this.citations.findIndex((c) => c.id === row.citationId);
    if (at < 0) {
      const sentence = this.tools.retriever.sentence(row.citationId);
      if (!sentence || this.citations.length >= CHART_CITATIONS_MAX) return null;
      this.citations.push(this.tools.citation(sentence, 1));
      at = this.citations.length - 1;
    }
    if (this.figures.length < CHART_FIGURES_MAX && !this.figures.some((f) => f.citationId === row.citationId && f.value === row.value))
      this.figures.push(rowFigure(row));
    return at + 1;
  }
}
