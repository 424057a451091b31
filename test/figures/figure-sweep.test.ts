import { describe, expect, it } from 'vitest';
import { figureListText } from '../../src/answer/figure-format.js';
import type { Figure } from '../../src/figures/figure-schema.js';
import { sweepFigures } from './figure-sweep.js';
import { JUNK_SHAPES } from './junk-shapes.js';

/** A figure as the junk examples are written, for a shape to be tried on its own example. */
function figureOfLine(line: string): Figure {
  const [indicator, rest] = line.split(': ');
  const m = /^([\d.]+)(.*?)(?: \(([↑↓])([\d.]+)(%|个百分点)\))?$/.exec(rest) ?? [];
  const structure = /^[\d.]+比例([\d.:]+)$/.exec(rest);
  return {
    indicator,
    value: Number(m[1]),
    unit: structure ? '比例' : (/^(%|个百分点)/.exec(m[2] ?? '')?.[0] ?? ''),
    qualifier: structure ? structure[1] : (m[2] ?? '').replace(/^(%|个百分点)/, '') || undefined,
    change: m[3] ? { direction: m[3] === '↓' ? 'down' : 'up', value: Number(m[4]), unit: m[5] as '%' } : undefined,
    kind: 'actual',
    period: '2024',
    district: '钱塘区',
    citationId: 'c1',
  };
}

describe('junk figure shapes', () => {
  it.each(JUNK_SHAPES.map((s) => [s.id, s] as const))('%s catches its own example', (_id, shape) => {
    expect(shape.test(figureOfLine(shape.example), shape.example)).toBe(true);
  });

  it('no figure the seed corpus and the 20 external reports yield has a junk shape', () => {
    const swept = sweepFigures();
    // The corpus yields thousands of figures: a sweep over a handful would pass for the wrong reason.
    expect(swept.length).toBeGreaterThan(4000);
    const junk = JUNK_SHAPES.map((s) => ({
      shape: s.id,
      figures: swept
        .filter((x) => s.test(x.figure, figureListText(x.figure)))
        .map((x) => `${figureListText(x.figure)} ← ${x.sentence.slice(0, 60)}`),
    })).filter((j) => j.figures.length > 0);
    expect(junk).toEqual([]);
  });
});
