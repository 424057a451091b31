import type { Citation, Figure } from '../../src/answer/schema.js';

/**
 * A citation of a hand-built sentence from a results section (2024's review in a 2025 report), for
 * tests of the lead on figures read from it; the place is the given one.
 */
export function resultCitation(id: string, sentence: string, district = '浙江省'): Citation {
  return {
    id,
    docId: 'd1',
    title: `2025年${district}政府工作报告`,
    district,
    year: 2025,
    period: '2024',
    kind: 'result',
    section: '一、2024年工作回顾',
    paragraph: 1,
    sentence,
    source: 'text',
    score: 1,
  };
}

/** A 2024 result figure of the place, cited to the given citation. */
export function resultFigure(indicator: string, value: number, unit: string, citationId: string, district = '浙江省'): Figure {
  return { indicator, value, unit, period: '2024', kind: 'actual', district, citationId } as Figure;
}

/** A hand-built figure: a 2024 actual of the place, cited to c1, with any field overridden. */
export function handFigure(indicator: string, value: number, unit: string, over: Partial<Figure> = {}, district = '浙江省'): Figure {
  return { indicator, value, unit, kind: 'actual', period: '2024', district, citationId: 'c1', ...over };
}
