import { extractFigures, type FigureInput } from '../../src/figures/index.js';

/** A hand-built sentence of a results section, as the figure reading gets it. */
export function resultSentence(sentence: string): FigureInput {
  return { sentence, citationId: 'c1', period: '2025', district: '某省', kind: 'result', source: 'text' };
}

/** The figures read from a hand-built sentence, each as [indicator, value, unit, qualifier or null]. */
export function briefFigures(sentence: string): (string | number | null)[][] {
  return extractFigures(resultSentence(sentence)).map((f) => [f.indicator, f.value, f.unit, f.qualifier ?? null]);
}
