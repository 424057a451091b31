/** Test helper: a sentence of a real report (test/fixtures/gov-reports) holding a marker, and its figures. */
import { readFileSync } from 'node:fs';
import { extractFigures } from '../../src/figures/index.js';
import type { Citation, Figure } from '../../src/answer/schema.js';

export function reportSentence(file: string, marker: string): string {
  const text = readFileSync(new URL(`../fixtures/gov-reports/${file}`, import.meta.url), 'utf8');
  const sentence = text.split(/[。\n]/).find((s) => s.includes(marker));
  if (!sentence) throw new Error(`no sentence with ${marker} in ${file}`);
  return sentence.trim();
}

export function citationOf(sentence: string, district: string, period = '2025', kind: Citation['kind'] = 'result'): Citation {
  return {
    id: 'c1',
    docId: 'd1',
    title: `${period}年${district}政府工作报告`,
    district,
    year: Number(period.slice(0, 4)),
    period,
    kind,
    section: `一、${period}年工作回顾`,
    paragraph: 1,
    sentence,
    source: 'text',
    score: 1,
  };
}

export function figuresOf(c: Citation): Figure[] {
  return extractFigures({ sentence: c.sentence, citationId: c.id, period: c.period, district: c.district, kind: c.kind, source: c.source });
}

export const brief = (f: Figure) => [f.indicator, f.value, f.unit, f.qualifier ?? ''];
