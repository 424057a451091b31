import { extractFigures, type FigureInput } from '../../src/figures/index.js';

/** A hand-built sentence of a results section, as the figure reading gets it. */
export function resultSentence(sentence: string): FigureInput {
  return { sentence, citationId: 'c1', period: '2025', district: '某省', kind: 'result', source: 'text' };
}

/** The figures read from a hand-built sentence, each as [indicator, value, unit, qualifier or null]. */
export function briefFigures(sentence: string): (string | number | null)[][] {
  return extractFigures(resultSentence(sentence)).map((f) => [f.indicator, f.value, f.unit, f.qualifier ?? null]);
}

/** A figure as preferAskedShape reads it: its name and unit, with a change in the given unit when one is given. */
export function shapeFigure(indicator: string, unit: string, change?: '%' | '个百分点') {
  return {
    indicator,
    value: 1,
    unit,
    qualifier: undefined,
    ...(change ? { change: { direction: 'up' as const, value: 1, unit: change } } : {}),
  };
}
