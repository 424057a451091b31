import { shortHash } from './hash.js';
import {
  headingKind,
  headingText,
  looksLikeTopLevelHeading,
  looksLikeUnnumberedHeading,
  matchNumberedHeading,
} from './headings.js';
import { kindOfPeriodForDefault, periodNamedIn, planTransitionCue, problemsCue, subYearPart } from './periods.js';
import type { DocumentMeta, Heading, SectionKind } from './types.js';

export interface ParagraphInput {
  text: string;
  /** A table title or other heading known from layout, not from its words. */
  forcedHeading?: boolean;
  /** Table rows carry their own section path below the table title. */
  subPath?: string[];
}

export interface ParagraphLabel {
  path: string[];
  headingId: string | null;
  /** Whether the paragraph is a heading (wholly) or opens with its heading's lead phrase. */
  heading: 'whole' | 'lead' | null;
  period: string;
  kind: SectionKind;
}

interface OpenHeading {
  heading: Heading;
  hadContent: boolean;
  topLevel: boolean;
}

/**
 * Gives every paragraph its heading path, period and kind. Numbered headings nest by numbering
 * style; unnumbered short headings (illustrated summaries) nest by what precedes them. A period
 * comes from the heading's words ("2024年…执行情况" → 2024, result) or is inherited; reports without
 * headings switch from results to plans at the paragraph that opens the plan year.
 */
export function labelParagraphs(paragraphs: readonly ParagraphInput[], meta: DocumentMeta): { labels: ParagraphLabel[]; headings: Heading[] } {
  const numberedTopLevel = paragraphs.filter((p) => matchNumberedHeading(p.text)?.style === 'cn-dun').length;
  const allowUnnumbered = numberedTopLevel === 0;
  const stack: OpenHeading[] = [];
  const headings: Heading[] = [];
  const labels: ParagraphLabel[] = [];
  let phase: SectionKind = meta.reportsOn !== null ? 'result' : 'other';

  const titleKey = compact(meta.title);
  paragraphs.forEach((p, index) => {
    // The report's own title line (often printed again at the top) is not a section.
    const isTitle = titleKey.includes(compact(p.text)) || compact(p.text).includes(titleKey) || (index === 0 && /报告$/.test(p.text) && p.text.length <= 40);
    if (index < 5 && p.text.length >= 6 && isTitle && !matchNumberedHeading(p.text)) {
      labels.push({ path: [], headingId: null, heading: null, period: kindOfPeriodForDefault(phase, meta), kind: 'other' });
      return;
    }
    const numbered = matchNumberedHeading(p.text);
    let style: string | null = null;
    let ordinal: number | null = null;
    let depth = 0;
    if (numbered && (numbered.style !== 'arabic-space' || p.text.length <= 40)) {
      style = numbered.style;
      ordinal = numbered.ordinal;
      const same = stack.findIndex((h) => h.heading.style === style);
      depth = same >= 0 ? same + 1 : stack.length + 1;
    } else if (p.forcedHeading || (allowUnnumbered && looksLikeUnnumberedHeading(p.text) && nextIsContentOrHeading(paragraphs, index))) {
      style = 'unnumbered';
      depth = unnumberedDepth(stack, p.text, !!p.forcedHeading);
    }

    if (style) {
      stack.length = Math.max(0, depth - 1);
      const { heading: text, wholeParagraph } = style === 'unnumbered' ? { heading: p.text, wholeParagraph: true } : headingText(p.text);
      const parent = stack[stack.length - 1]?.heading;
      const ownPeriod = periodNamedIn(text);
      const ownKind = headingKind(text);
      const topLevel = depth === 1;
      let kind: SectionKind;
      if (topLevel || ownPeriod) kind = ownKind ?? parent?.kind ?? phase;
      else kind = parent?.kind ?? ownKind ?? phase;
      if (topLevel && kind !== 'other') phase = kind;
      const period = ownPeriod ?? (topLevel ? kindOfPeriodForDefault(kind, meta) : (parent?.period ?? kindOfPeriodForDefault(kind, meta)));
      const path = [...stack.map((h) => h.heading.text), text];
      const heading: Heading = {
        id: `${meta.id}:h${shortHash(path.join(' › '), 8)}`,
        text,
        depth,
        path,
        period,
        kind,
        paragraph: index,
        ordinal,
        style,
      };
      headings.push(heading);
      if (stack.length) stack[stack.length - 1].hadContent = true;
      stack.push({ heading, hadContent: !wholeParagraph, topLevel: style === 'unnumbered' ? looksLikeTopLevelHeading(text) : topLevel });
      labels.push({ path, headingId: heading.id, heading: wholeParagraph ? 'whole' : 'lead', period, kind });
      return;
    }

    const current = stack[stack.length - 1];
    // Only text outside any heading can move the document from results to plans; under a heading
    // the heading's words decide.
    if (!current && planTransitionCue(p.text, meta.plansFor)) phase = 'plan';
    if (current) current.hadContent = true;
    let kind: SectionKind = current ? current.heading.kind : phase;
    let period = current ? current.heading.period : kindOfPeriodForDefault(kind, meta);
    if (problemsCue(p.text)) kind = 'other';
    const part = kind === 'result' ? subYearPart(p.text) : null;
    if (part && /^\d{4}$/.test(period)) period = `${period}${part}`;
    const basePath = stack.map((h) => h.heading.text);
    labels.push({
      path: p.subPath ? [...basePath, ...p.subPath] : basePath,
      headingId: current?.heading.id ?? null,
      heading: null,
      period,
      kind,
    });
  });
  return { labels, headings };
}

function compact(text: string): string {
  return text.normalize('NFKC').replace(/[\s()（）]/g, '');
}

/** A heading is followed by something; a short last line of a document is not a heading. */
function nextIsContentOrHeading(paragraphs: readonly ParagraphInput[], index: number): boolean {
  return index + 1 < paragraphs.length;
}

function unnumberedDepth(stack: readonly OpenHeading[], text: string, forced: boolean): number {
  if (forced || looksLikeTopLevelHeading(text)) return 1;
  const previous = stack[stack.length - 1];
  if (!previous) return 1;
  if (previous.hadContent) {
    // After content, an unnumbered heading is a sibling of the innermost unnumbered heading.
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].heading.style === 'unnumbered' && !stack[i].topLevel) return i + 1;
    return stack.length + 1;
  }
  // Directly after a heading: a child of a numbered or top-level one, else a sibling in a list.
  if (previous.heading.style !== 'unnumbered' || previous.topLevel) return stack.length + 1;
  return stack.length;
}
