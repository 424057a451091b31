import type { IndexedDocument } from '../../store/open-index.js';
import type { Heading, Sentence } from '../../ingest/types.js';
import { chineseOrdinal } from '../../lang/zh/numbers/ordinal.js';
import type { UnderstoodQuery } from '../../retrieve/query.js';
import { TASK_COUNT_ANNOUNCEMENT, TASK_HEADING_CUE } from '../../lang/zh/priority-words.js';
import { ADDRESS_TO_AUDIENCE } from '../../lang/zh/front-matter-words.js';
import { pickCommitments } from './commitments.js';

export interface PriorityItem {
  heading: Heading;
  /** The heading as a cited sentence, when the heading is a sentence of the report. */
  headingSentence: Sentence | null;
  /** The sentences of the item's own section that carry its most concrete commitments (commitments.ts). */
  details: Sentence[];
}

export interface PriorityList {
  docId: string;
  parent: Heading | null;
  items: PriorityItem[];
  /** How many tasks the report announces ("重点做好7方面工作"), when it says, and where. */
  announced: number | null;
  announcement: Sentence | null;
  period: string;
  /** The list's numbering restarts: the copy lost the part headings that grouped it. */
  restarts: boolean;
  /** Items the plan lists, of which `items` shows the first MAX_ITEMS. */
  total: number;
}

// A plan lists up to fourteen or so tasks (广东 2026: 14); a longer run is no plan's outline but a list inside one.
const MAX_ITEMS = 20;

/**
 * A plan's own outline for a place and year: the numbered headings under the plan part that lists
 * the most tasks, in document order (by their numbers, since two-column layouts print them out of
 * order), each with the sentences of its section that carry its commitments.
 */
export function findPriorities(
  query: UnderstoodQuery,
  documents: readonly IndexedDocument[],
  sentences: readonly Sentence[],
): PriorityList | null {
  const docs = documents.filter((d) => !query.places.length || query.places.includes(d.meta.issuer));
  // Choose the list first; read sentences only for the chosen one (a scan of the whole corpus).
  let best: {
    doc: IndexedDocument;
    parent: Heading | null;
    ordered: Heading[];
    uniqueOrdinals: boolean;
    period: string;
    score: number;
  } | null = null;
  for (const doc of docs) {
    const planHeadings = doc.headings.filter((h) => h.kind === 'plan');
    const parents: Array<Heading | null> = [null, ...planHeadings];
    for (const parent of parents) {
      const children = planHeadings.filter((h) =>
        parent ? h.depth === parent.depth + 1 && h.path.slice(0, -1).join('\u0000') === parent.path.join('\u0000') : h.depth === 1,
      );
      const numbered = children.filter((h) => h.style !== 'unnumbered' && h.ordinal !== null);
      if (numbered.length < 2) continue;
      const period = parent?.period ?? numbered[0].period;
      const fit = periodFit(period, query);
      if (fit === 0) continue;
      const cue = parent && TASK_HEADING_CUE.test(parent.text) ? 0.5 : 0;
      const ordered = [...numbered].sort((a, b) => a.paragraph - b.paragraph);
      // A list opens at its first item: one that opens at "二、" is the tail of the report's parts (review first, then
      // the plan's parts), with any annex numbered afresh behind it, not a list of tasks.
      const partial = (ordered[0].ordinal ?? 1) > 1 ? 1 : 0;
      const score =
        fit * 10 + cue + Math.min(numbered.length, 10) / 10 - (parent ? parent.depth : 0) * 0.5 - partial + (doc.meta.docYear ?? 0) / 10000;
      if (best && best.score >= score) continue;
      // A list numbered 1,3,5,2,4,6 in print (two columns) is put back in its numbered order.
      const uniqueOrdinals = new Set(ordered.map((h) => h.ordinal)).size === ordered.length;
      if (uniqueOrdinals) ordered.sort((a, b) => (a.ordinal ?? 0) - (b.ordinal ?? 0));
      best = { doc, parent, ordered, uniqueOrdinals, period, score };
    }
  }
  if (!best) return null;
  const { doc, parent, ordered, uniqueOrdinals, period } = best;
  const docSentences = sentences.filter((s) => s.docId === doc.meta.id);
  const items = ordered.slice(0, MAX_ITEMS).map((heading) => itemFor(heading, docSentences, sectionEnd(heading, doc.headings)));
  const firstParagraph = Math.min(...ordered.map((h) => h.paragraph));
  const announcement = announcementOf(parent, firstParagraph, docSentences);
  return {
    docId: doc.meta.id,
    parent,
    items,
    announced: announcement?.count ?? null,
    announcement: announcement?.sentence ?? null,
    period,
    restarts: !uniqueOrdinals,
    total: ordered.length,
  };
}

function periodFit(period: string, query: UnderstoodQuery): number {
  const m = /^(\d{4})(?:-(\d{4}))?/.exec(period);
  if (!m) return query.years.length ? 0 : 0.5;
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  if (query.planPeriod) return from === query.planPeriod.from && to === query.planPeriod.to ? 1 : 0;
  if (!query.years.length) return m[2] ? 0.6 : 0.8;
  if (query.years.some((y) => y === from && y === to)) return 1;
  if (query.years.some((y) => y >= from && y <= to)) return 0.4;
  return 0;
}

function itemFor(heading: Heading, docSentences: readonly Sentence[], end: number): PriorityItem {
  const inSection = itemSection(heading, docSentences, end);
  const headingSentence = inSection.find((s) => s.isHeading && s.paragraph === heading.paragraph) ?? null;
  const details = pickCommitments(inSection.filter((s) => s !== headingSentence));
  return { heading, headingSentence, details };
}

/**
 * The sentences of an item's own section: those under its heading's path, and those the copy left
 * without it (their path is the item's parent part, as when a copy loses the heading of the last
 * item's paragraphs) that follow the item without a break and stand before the next heading at the
 * item's depth or above (`end`). A sentence outside the parent part ends the section, and so does one
 * addressing the audience ("各位代表，…"), which opens the part's closing words.
 */
export function itemSection(heading: Heading, docSentences: readonly Sentence[], end: number): Sentence[] {
  const parentPath = heading.path.slice(0, -1);
  const under = (s: Sentence) => s.section.length >= heading.path.length && heading.path.every((p, i) => s.section[i] === p);
  const inParent = (s: Sentence) => s.section.length === parentPath.length && parentPath.every((p, i) => s.section[i] === p);
  const out: Sentence[] = [];
  let open = true;
  for (const s of docSentences) {
    if (under(s)) out.push(s);
    else if (open && s.paragraph > heading.paragraph && s.paragraph < end && out.length) {
      // "各位代表，支持国防…" after the last item turns to the audience: the part's closing words, no item's.
      if (parentPath.length && inParent(s) && !ADDRESS_TO_AUDIENCE.test(s.text)) out.push(s);
      else open = false;
    }
  }
  return out;
}

/** The paragraph where an item's section ends: the next heading at its depth or above, else the end of the report. */
function sectionEnd(heading: Heading, headings: readonly Heading[]): number {
  const next = headings.filter((h) => h.paragraph > heading.paragraph && h.depth <= heading.depth);
  return next.length ? Math.min(...next.map((h) => h.paragraph)) : Number.POSITIVE_INFINITY;
}

/** "重点做好7方面工作", "重点推进七大方面工作", "重点做好六方面工作". */
function announcementOf(
  parent: Heading | null,
  firstItemParagraph: number,
  docSentences: readonly Sentence[],
): { count: number; sentence: Sentence } | null {
  if (!parent) return null;
  const candidates = docSentences.filter((s) => s.paragraph >= parent.paragraph && s.paragraph < firstItemParagraph);
  // The announcement nearest the list is the one that counts its items.
  for (const sentence of [...candidates].reverse()) {
    const m = TASK_COUNT_ANNOUNCEMENT.exec(sentence.text);
    const count = m ? (/^\d+$/.test(m[1]) ? Number(m[1]) : chineseOrdinal(m[1])) : null;
    if (count) return { count, sentence };
  }
  return null;
}
