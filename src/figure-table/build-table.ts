/**
 * The figure table of a corpus: every figure of every sentence, read as answers read them, filed
 * under its canonical indicator. Built with the index (one pass over the sentences, linear in the
 * corpus) and stored with it.
 */
import type { DocumentMeta, Sentence } from '../ingest/types.js';
import { extractFigures } from '../figures/index.js';
import { MAGNITUDE } from '../lang/zh/units.js';
import { partOfPeriod, yearPartNamed } from '../lang/zh/part-of-year-words.js';
import { REACHED_VERBS, TO_VERBS, TO_WORDS } from '../lang/zh/milestone-words.js';
import { escapeRegExp } from '../lang/zh/regexp.js';
import { canonicalInSentence } from './canonical-indicator.js';
import type { FigureRow } from './figure-row.js';
import { measureOf } from './measure.js';

export interface TableSource {
  documents: readonly { meta: DocumentMeta }[];
  sentences: readonly Sentence[];
}

/** Magnitudes a unit may start with, longest first ("万亿元" is 万亿 + 元, not 万 + 亿元). */
const MAGNITUDES = Object.keys(MAGNITUDE).sort((a, b) => b.length - a.length);

/** The magnitude a unit starts with ("亿" of 亿元, "万亿" of 万亿元), or "" for a plain unit. */
export function magnitudeOf(unit: string): string {
  return MAGNITUDES.find((m) => unit.startsWith(m) && unit.length > m.length) ?? '';
}

/** The unit without its magnitude: 亿元 → 元, 万人 → 人; "%" and plain units unchanged. */
export function baseUnitOf(unit: string): string {
  return unit.slice(magnitudeOf(unit).length);
}

export function buildFigureRows(source: TableSource): FigureRow[] {
  const meta = new Map(source.documents.map((d) => [d.meta.id, d.meta]));
  const rows: FigureRow[] = [];
  // The same figure stated twice in one report (a table row and the text) is filed once, where first read.
  const seen = new Set<string>();
  for (const s of source.sentences) {
    const doc = meta.get(s.docId);
    if (!doc) continue;
    const section = s.section.join(' › ');
    // A sentence naming a part of the year, and not the whole year, speaks of that part ("一季度…，投资增长8%").
    const sentencePart = yearPartNamed(s.text);
    const figures = extractFigures({
      sentence: s.text,
      citationId: s.id,
      period: s.period,
      district: doc.issuer,
      kind: s.kind,
      source: s.source,
      section,
    });
    for (const f of figures) {
      const key = [s.docId, f.indicator, f.value, f.unit, f.kind, f.period, f.change?.value ?? ''].join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      const canonical = canonicalInSentence(f.indicator, s.text);
      // A figure's own part ("三季度增长4.6%": 2024Q3) first; the whole year written beside it ("全年增长4.8%") is no part.
      const partOfYear = partOfPeriod(f.period) ?? (sentencePart === 'Q1-Q4' ? null : sentencePart);
      // A part's figure is filed under no year: it is no year's figure.
      const year = /^\d{4}$/.test(f.period) ? Number(f.period) : reachedAtSpanEnd(f.period, f.value, f.unit, s.text, measureOf(f));
      rows.push({
        indicatorId: canonical.id,
        inGlossary: canonical.inGlossary,
        indicator: f.indicator,
        place: doc.issuer,
        period: f.period,
        year,
        kind: f.kind,
        measure: measureOf(f),
        value: f.value,
        unit: f.unit,
        ...(f.valueInBaseUnit !== undefined ? { valueInBaseUnit: f.valueInBaseUnit, baseUnit: baseUnitOf(f.unit) } : {}),
        ...(f.change ? { change: f.change } : {}),
        ...(f.range ? { range: f.range } : {}),
        ...(f.structure ? { structure: f.structure } : {}),
        ...(f.qualifier ? { qualifier: f.qualifier } : {}),
        ...(canonical.group ? { group: canonical.group } : {}),
        ...(partOfYear ? { partOfYear } : {}),
        citationId: s.id,
        docId: s.docId,
        title: doc.title,
        section,
        paragraph: s.paragraph,
        sentence: s.text,
        plansFor: doc.plansFor,
        reportsOn: doc.reportsOn,
      });
    }
  }
  return rows;
}

/** Verbs the level reached at a span's end is written after: "提高到8865亿元", "达到67.5%". */
const REACHED_BEFORE = [...TO_VERBS.flatMap((v) => TO_WORDS.map((w) => `${v}${w}`)), ...REACHED_VERBS];

/**
 * The year of a level a span's review states as reached at its end ("2021-2025": "城镇化率达到67.5%"
 * is 2025's level); null for a span's other figures (its average rate, its total, its change).
 */
function reachedAtSpanEnd(period: string, value: number, unit: string, sentence: string, measure: string): number | null {
  const span = /^(\d{4})-(\d{4})$/.exec(period);
  if (!span || (measure !== 'level' && measure !== 'rate')) return null;
  const written = escapeRegExp(String(Number(value.toPrecision(12))));
  const reached = new RegExp(`(?:${REACHED_BEFORE.join('|')})(?:了)?${written}(?![\\d.])\\s*${escapeRegExp(unit)}`);
  return reached.test(sentence.replace(/,/g, '')) ? Number(span[2]) : null;
}
