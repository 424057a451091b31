import { shortHash } from './hash.js';
import { fromSource, sourceSpan, trimMapped, type MappedText } from './mapped-text.js';
import { isSpamRemnant, noiseLines, removeSpam } from './noise.js';
import { closeLayoutSpaces, stripMarkdown } from './normalize-line.js';
import { joinParagraphs, type Line } from './paragraphs.js';
import { isTableStart, parseFlattenedTable } from './flattened-table.js';
import { labelParagraphs, type ParagraphInput } from './structure.js';
import { splitSentences } from './sentences.js';
import { boundSentence } from './bounded-sentences.js';
import { normalizeForSearch } from '../lang/zh/normalize.js';
import { isSalutation } from './front-matter.js';
import { openingPastPlan, openingSubYearPart, problemsCue, withPart } from './periods.js';
import { ReviewRunReader, sentenceRunPeriod } from './review-periods.js';
import type { DocumentMeta, IngestedDocument, Sentence } from './types.js';

interface Block {
  mapped: MappedText;
  source: 'text' | 'table';
  forcedHeading?: boolean;
  subPath?: string[];
}

/** Short paragraphs repeat legitimately ("完成目标"); only longer ones mark a repeated passage. */
const MIN_DUPLICATE_CHARS = 12;

export function ingestDocument(meta: DocumentMeta, source: string, contentHash: string): IngestedDocument {
  const stats = { sentences: 0, paragraphs: 0, sections: 0, spamRemoved: 0, chromeLinesRemoved: 0, duplicatesDropped: 0, tableRows: 0 };
  const warnings: string[] = [];
  const longDrops = new LongDrops();

  const rawLines = splitLines(source);
  const noise = noiseLines(rawLines.map((l) => l.mapped.text));

  // Tables are read cell by cell before line cleaning rejoins anything.
  const kept: Array<{ line: Line } | { table: Block[] }> = [];
  let blankBefore = false;
  const cells = rawLines.map((l) => trimMapped(l.mapped));
  for (let i = 0; i < rawLines.length; i++) {
    const trimmed = cells[i];
    if (noise[i]) {
      // Running text is never rejoined across a removed line: what stood there separated it.
      if (trimmed.text) {
        stats.chromeLinesRemoved++;
        blankBefore = true;
        longDrops.note('page chrome or a metadata block', trimmed.text);
      }
      continue;
    }
    if (!trimmed.text) {
      blankBefore = true;
      continue;
    }
    if (isTableStart(cells, i)) {
      const nonBlank = cells.map((c, j) => ({ c, j })).filter(({ c, j }) => c.text !== '' && j >= i);
      const table = parseFlattenedTable(
        nonBlank.map((x) => x.c),
        0,
        (k) => noise[nonBlank[k].j],
        null,
      );
      if (table.facts.length) {
        kept.push({ table: table.facts.map((f) => ({ mapped: f.fact, source: 'table' as const, subPath: f.group ? [f.group] : [] })) });
        i = (nonBlank[table.end]?.j ?? rawLines.length) - 1;
        continue;
      }
    }
    const { line, removed } = removeSpam(trimmed);
    stats.spamRemoved += removed;
    if (removed && isSpamRemnant(line.text)) {
      blankBefore = true;
      continue;
    }
    const cleaned = closeLayoutSpaces(stripMarkdown(line));
    if (!cleaned.text) continue;
    kept.push({ line: { mapped: cleaned, blankBefore } });
    blankBefore = false;
  }

  // Runs of lines become paragraphs; a table title is the paragraph just before the table.
  const blocks: Block[] = [];
  let run: Line[] = [];
  const flushRun = () => {
    for (const p of joinParagraphs(run)) blocks.push({ mapped: p, source: 'text' });
    run = [];
  };
  for (const item of kept) {
    if ('line' in item) {
      run.push(item.line);
      continue;
    }
    flushRun();
    const title = blocks[blocks.length - 1];
    if (title && title.source === 'text' && title.mapped.text.length <= 60) title.forcedHeading = true;
    blocks.push(...item.table);
  }
  flushRun();

  const seen = new Set<string>();
  const unique: Block[] = [];
  let previousDropped = false;
  for (const block of blocks) {
    const key = normalizeForSearch(block.mapped.text);
    const duplicate: boolean = seen.has(key) && (key.length >= MIN_DUPLICATE_CHARS || previousDropped);
    seen.add(key);
    previousDropped = duplicate;
    if (duplicate) {
      stats.duplicatesDropped++;
      longDrops.note('repeats of earlier paragraphs', block.mapped.text);
      continue;
    }
    unique.push(block);
  }

  const inputs: ParagraphInput[] = unique.map((b) => ({ text: b.mapped.text, forcedHeading: b.forcedHeading, subPath: b.subPath }));
  const { labels, headings } = labelParagraphs(inputs, meta);
  const sentences: Sentence[] = [];
  const seenSentences = new Set<string>();
  const reviews = new ReviewRunReader();
  unique.forEach((block, paragraph) => {
    const label = labels[paragraph];
    const pieces = block.source === 'table' ? boundSentence(block.mapped) : splitSentences(block.mapped);
    // From "过去五年，…" on, a paragraph under the next plan's heading reviews the plan just ended.
    let pastPlan: string | null = null;
    let weighsProblems = false;
    pieces.forEach((piece, index) => {
      const norm = normalizeForSearch(piece.text);
      // Once a paragraph turns to problems ("但仍存在不少压力和问题：一是…") the rest of it weighs them too.
      weighsProblems ||= label.kind === 'result' && index > 0 && problemsCue(piece.text);
      const isHeading = label.heading === 'whole' || (label.heading === 'lead' && index === 0 && piece.text.length <= 50);
      // Under "“十四五”时期和2025年工作回顾" each sentence is the plan's or the year's by its run and cues.
      const reviewed =
        label.review && !isHeading && block.source !== 'table' && label.kind !== 'other'
          ? reviews.label(piece.text, norm, label.review, label)
          : null;
      const opensPastPlan = block.source !== 'table' && !reviewed && pastPlan === null;
      if (opensPastPlan) pastPlan = openingPastPlan(piece.text, meta.reportsOn);
      const own =
        reviewed ?? (pastPlan ? { period: pastPlanPeriod(pastPlan, norm, opensPastPlan, meta.reportsOn), kind: 'result' as const } : null);
      const kind = weighsProblems || isSalutation(piece.text) ? 'other' : (own?.kind ?? label.kind);
      const period = own?.period ?? (kind === 'result' ? withPart(label.period, openingSubYearPart(piece.text)) : label.period);
      if (seenSentences.has(norm)) {
        stats.duplicatesDropped++;
        return;
      }
      seenSentences.add(norm);
      // The level a look back on five years ends on, labelled its last year, speaks for the five years too.
      const endsPlanReview = pastPlan !== null && !reviewed && own !== null && own.period !== pastPlan;
      sentences.push({
        id: `${meta.id}:${shortHash(`${label.path.join(' › ')}|${norm}`)}`,
        docId: meta.id,
        text: piece.text,
        norm,
        paragraph,
        index,
        section: label.path,
        headingId: label.headingId,
        isHeading,
        period,
        kind,
        source: block.source,
        span: sourceSpan(piece),
        ...(endsPlanReview ? { endsPlanReview } : {}),
      });
    });
  });
  warnings.push(...longDrops.warnings());
  if (!sentences.length) warnings.push('no sentences found');
  stats.sentences = sentences.length;
  stats.paragraphs = unique.length;
  // Counted after de-duplication: a page printed twice still has one table.
  stats.tableRows = sentences.filter((s) => s.source === 'table').length;
  stats.sections = headings.length;
  return { meta, contentHash, source, sentences, headings, stats, warnings };
}

/**
 * A sentence's period in a paragraph that opened by looking back on five years ("五年来，…" under a
 * heading that names no plan). When the five years end with the year the report reviews, its
 * sentences read as in a spanning review's five-year run: the level the five years end on
 * ("制造业单项冠军企业达65家") is the year's too, totals and changes are the plan's; the opening
 * sentence speaks of the five years as a whole.
 */
function pastPlanPeriod(plan: string, norm: string, opening: boolean, reportsOn: number | null): string {
  const year = reportsOn === null ? null : String(reportsOn);
  if (opening || year === null || !plan.endsWith(`-${year}`)) return plan;
  return sentenceRunPeriod(norm, 'plan', { plan, year });
}

/** A line this long is report text by its length: dropping it is named, never silent. */
const LONG_DROPPED_LINE_CHARS = 200;

/** Long lines dropped, by why: one warning per reason, with the count and the first line named. */
class LongDrops {
  private readonly byReason = new Map<string, { count: number; longest: number; first: string }>();
  note(why: string, text: string): void {
    if (text.length < LONG_DROPPED_LINE_CHARS) return;
    const seen = this.byReason.get(why) ?? { count: 0, longest: 0, first: text };
    this.byReason.set(why, { count: seen.count + 1, longest: Math.max(seen.longest, text.length), first: seen.first });
  }
  warnings(): string[] {
    return [...this.byReason].map(
      ([why, d]) =>
        `dropped ${d.count} long line${d.count > 1 ? 's' : ''} (up to ${d.longest} characters) as ${why}; the first: "${d.first.slice(0, 30)}…"`,
    );
  }
}

function splitLines(source: string): Array<{ mapped: MappedText }> {
  const lines: Array<{ mapped: MappedText }> = [];
  const all = fromSource(source);
  let start = 0;
  for (let i = 0; i <= source.length; i++) {
    if (i === source.length || source[i] === '\n') {
      const end = i > start && source[i - 1] === '\r' ? i - 1 : i;
      lines.push({ mapped: { text: source.slice(start, end), offsets: all.offsets.slice(start, end) } });
      start = i + 1;
    }
  }
  return lines;
}
