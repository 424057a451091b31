import { extractFigures } from '../figures/index.js';
import type { Citation, Figure } from './schema.js';

/** The figures a plan's cited sentence states, as targets of the plan's period ("2026", "2026-2030"). */
export function targetFigures(c: Citation, period: string): Figure[] {
  return extractFigures({
    sentence: c.sentence,
    citationId: c.id,
    period: c.period,
    district: c.district,
    kind: 'plan',
    source: c.source,
    section: c.section,
  }).map((f) => ({ ...f, kind: 'target' as const, period }));
}
