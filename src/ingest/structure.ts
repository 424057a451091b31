import { REPORT_TITLE_ENDING } from '../lang/zh/document-metadata-words.js';
import { frontMatter } from './front-matter.js';
import { shortHash } from './hash.js';
import {
  announcesList,
  headingKind,
  headingText,
  looksLikeTopLevelHeading,
  looksLikeUnnumberedHeading,
  matchAppendix,
  matchNumberedHeading,
  type NumberedHeading,
} from './headings.js';
import {
  choosePeriod,
  kindOfPeriodForDefault,
  periodsNamedIn,
  planTransitionCue,
  problemsCue,
  reviewHeadingSpan,
  subYearPart,
  withPart,
} from './periods.js';
import type { SpanningReview } from './review-periods.js';
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
  /** The review spanning a five-year plan and its last year the paragraph is under, if any. */
  review: SpanningReview | null;
}

interface OpenHeading {
  heading: Heading;
  hadContent: boolean;
  topLevel: boolean;
  /** The heading's own paragraph carried its body ("1.经济运行稳中有进。全年…"). */
  lead: boolean;
  hadChildren: boolean;
  /** For an appendix: the title printed after "附件:", which the next line often repeats. */
  appendixTitle: string | null;
}

const NUMBERED_STYLES = new Set(['cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren', 'arabic-space']);

/** "1 努力发展…" is a heading number only on a short line; a long one is a sentence about "1 …". */
function numberedHeadingOf(text: string): NumberedHeading | null {
  const numbered = matchNumberedHeading(text);
  if (!numbered || (numbered.style === 'arabic-space' && text.length > 40)) return null;
  return numbered;
}

/**
 * Gives every paragraph its heading path, period and kind. Numbered headings nest by numbering
 * style; unnumbered short headings (illustrated summaries) nest by what precedes them; an appendix
 * opens a part of its own. A heading's kind comes from its words and the years it names, else from
 * its place (after a results part, the report's later parts set plans); its period is the one it
 * names or is inherited. Reports without headings switch from results to plans at the paragraph
 * that opens the plan year.
 */
export function labelParagraphs(
  paragraphs: readonly ParagraphInput[],
  meta: DocumentMeta,
): { labels: ParagraphLabel[]; headings: Heading[] } {
  const numbered = paragraphs.map((p) => numberedHeadingOf(p.text));
  const appendix = paragraphs.map((p, i) => (numbered[i] ? null : matchAppendix(p.text)));
  const allowUnnumbered = !numbered.some((n) => n?.style === 'cn-dun');
  const front = frontMatter(
    paragraphs.map((p) => p.text),
    (i) => numbered[i] !== null || appendix[i] !== null || !!paragraphs[i].forcedHeading,
  );
  const stack: OpenHeading[] = [];
  const headings: Heading[] = [];
  const labels: ParagraphLabel[] = [];
  let phase: SectionKind = meta.reportsOn !== null ? 'result' : 'other';
  let resultPartSeen = false;
  const defaultPeriod = (kind: SectionKind) => kindOfPeriodForDefault(kind, meta);
  const other = (): ParagraphLabel => ({
    path: [],
    headingId: null,
    heading: null,
    period: defaultPeriod('other'),
    kind: 'other',
    review: null,
  });

  const titleKey = compact(meta.title);
  paragraphs.forEach((p, index) => {
    // The report's own title line (often printed again at the top) is not a section.
    const isTitle =
      titleKey.includes(compact(p.text)) ||
      compact(p.text).includes(titleKey) ||
      (index === 0 && REPORT_TITLE_ENDING.test(p.text) && p.text.length <= 40);
    if (index < 5 && p.text.length >= 6 && isTitle && !numbered[index]) {
      labels.push(other());
      return;
    }
    if (front.has(index)) {
      labels.push(other());
      return;
    }

    const top = stack[stack.length - 1];
    // An appendix's title line: the same title again (one section), or the title of a bare "附件1".
    if (top?.appendixTitle && !top.hadContent && !top.hadChildren && compact(top.appendixTitle) === compact(p.text)) {
      top.hadContent = true;
      labels.push({
        path: top.heading.path,
        headingId: top.heading.id,
        heading: 'whole',
        period: top.heading.period,
        kind: top.heading.kind,
        review: spanningReview(stack, meta.reportsOn),
      });
      return;
    }

    let style: string | null = null;
    let ordinal: number | null = null;
    let depth = 0;
    const number = numbered[index];
    if (appendix[index]) {
      style = 'appendix';
      depth = 1;
    } else if (number) {
      style = number.style;
      ordinal = number.ordinal;
      const same = stack.findIndex((h) => h.heading.style === style);
      depth = same >= 0 ? same + 1 : stack.length + 1;
    } else if (
      top &&
      top.appendixTitle === '' &&
      !top.hadContent &&
      !top.hadChildren &&
      (p.forcedHeading || looksLikeUnnumberedHeading(p.text))
    ) {
      // "附件1" alone on its line: the next short line is the appendix's title.
      style = 'unnumbered';
      depth = stack.length + 1;
    } else if (p.forcedHeading) {
      style = 'unnumbered';
      const inAppendix = stack.findIndex((h) => h.appendixTitle !== null);
      depth = inAppendix >= 0 ? inAppendix + 2 : 1;
    } else if (
      allowUnnumbered &&
      looksLikeUnnumberedHeading(p.text) &&
      (index + 1 < paragraphs.length || endsHeadingList(stack, labels, index))
    ) {
      style = 'unnumbered';
      depth = unnumberedDepth(stack, p.text);
    }

    if (style) {
      stack.length = Math.max(0, depth - 1);
      const { heading: text, wholeParagraph } =
        style === 'unnumbered' || style === 'appendix' ? { heading: p.text, wholeParagraph: true } : headingText(p.text);
      const parent = stack[stack.length - 1]?.heading;
      const named = periodsNamedIn(text);
      const ownKind = headingKind(text, meta);
      const topLevel = depth === 1;
      let kind: SectionKind;
      if (style === 'appendix') kind = ownKind ?? 'other';
      // A report reviews first and plans after: a later part that names neither is a plan.
      else if (topLevel) kind = ownKind ?? (style === 'cn-dun' && resultPartSeen ? 'plan' : phase);
      else if (named.length) kind = ownKind ?? parent?.kind ?? phase;
      else kind = parent?.kind ?? ownKind ?? phase;
      if (topLevel && style !== 'appendix' && kind !== 'other') phase = kind;
      if (topLevel && style === 'cn-dun' && kind === 'result') resultPartSeen = true;
      const inherited = parent && parent.kind === kind ? parent.period : defaultPeriod(kind);
      const period = choosePeriod(named, kind, meta) ?? (topLevel ? defaultPeriod(kind) : inherited);
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
      if (stack.length) {
        stack[stack.length - 1].hadContent = true;
        stack[stack.length - 1].hadChildren = true;
      }
      stack.push({
        heading,
        hadContent: !wholeParagraph,
        topLevel: style === 'unnumbered' ? looksLikeTopLevelHeading(text) : topLevel,
        lead: !wholeParagraph,
        hadChildren: false,
        appendixTitle: style === 'appendix' ? (appendix[index]?.title ?? '') : null,
      });
      labels.push({
        path,
        headingId: heading.id,
        heading: wholeParagraph ? 'whole' : 'lead',
        period,
        kind,
        review: spanningReview(stack, meta.reportsOn),
      });
      return;
    }

    closeEndedLists(stack, numbered, appendix, index);
    const current = stack[stack.length - 1];
    // Only text outside any heading can move the document from results to plans; under a heading
    // the heading's words decide.
    if (!current && planTransitionCue(p.text, meta.plansFor)) phase = 'plan';
    if (current) current.hadContent = true;
    let kind: SectionKind = current ? current.heading.kind : phase;
    const period = current ? current.heading.period : defaultPeriod(kind);
    if (problemsCue(p.text)) kind = 'other';
    const basePath = stack.map((h) => h.heading.text);
    labels.push({
      path: p.subPath ? [...basePath, ...p.subPath] : basePath,
      headingId: current?.heading.id ?? null,
      heading: null,
      period,
      kind,
      review: spanningReview(stack, meta.reportsOn),
    });
  });
  markPartialYear(paragraphs, labels, headings, meta);
  return { labels, headings };
}

/**
 * A report delivered during the year it reports on (a mid-year work report) gives results for part
 * of that year: the part its results name first ("一季度…") is the period of all its results.
 */
function markPartialYear(paragraphs: readonly ParagraphInput[], labels: ParagraphLabel[], headings: Heading[], meta: DocumentMeta): void {
  if (meta.reportsOn === null || meta.reportsOn !== meta.plansFor) return;
  const year = String(meta.reportsOn);
  const first = labels.findIndex((l, i) => l.kind === 'result' && subYearPart(paragraphs[i].text) !== null);
  if (first < 0) return;
  const part = subYearPart(paragraphs[first].text);
  for (const label of labels) if (label.kind === 'result' && label.period === year) label.period = withPart(year, part);
  for (const heading of headings) if (heading.kind === 'result' && heading.period === year) heading.period = withPart(year, part);
}

/**
 * Text after the last item of a list belongs to the list's parent ("总体来看…" after "4.社会大局和谐
 * 稳定。…", the project lists after "2.有效识别控制重点领域风险。…"). An item whose own paragraph held
 * its body, or whose sub-list has ended, is closed when no next sibling follows before the parent's
 * next sibling.
 */
function closeEndedLists(
  stack: OpenHeading[],
  numbered: readonly (NumberedHeading | null)[],
  appendix: readonly unknown[],
  index: number,
): void {
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (!NUMBERED_STYLES.has(top.heading.style) || !(top.lead || top.hadChildren)) return;
    const ancestorStyles = stack.slice(0, -1).map((h) => h.heading.style);
    if (listContinues(numbered, appendix, index, top.heading, ancestorStyles)) return;
    stack.pop();
  }
}

function listContinues(
  numbered: readonly (NumberedHeading | null)[],
  appendix: readonly unknown[],
  from: number,
  item: Heading,
  ancestorStyles: readonly string[],
): boolean {
  for (let j = from + 1; j < numbered.length; j++) {
    if (appendix[j]) return false;
    const n = numbered[j];
    if (!n) continue;
    if (n.style === item.style) return n.ordinal === null || item.ordinal === null || n.ordinal === item.ordinal + 1;
    if (ancestorStyles.includes(n.style)) return false;
  }
  return false;
}

/** The outermost open heading whose review spans a five-year plan ending in the year reviewed. */
function spanningReview(stack: readonly OpenHeading[], reportsOn: number | null): SpanningReview | null {
  for (const { heading } of stack) {
    const plan = reviewHeadingSpan(heading.text, reportsOn);
    if (plan) return { headingId: heading.id, plan, year: String(reportsOn) };
  }
  return null;
}

function compact(text: string): string {
  return text.normalize('NFKC').replace(/[\s()（）:：]/g, '');
}

/** The last line of a list of short headings ("…提升数智效能 / 保持清廉作风") is one of them. */
function endsHeadingList(stack: readonly OpenHeading[], labels: readonly ParagraphLabel[], index: number): boolean {
  const previous = stack[stack.length - 1];
  return (
    !!previous &&
    previous.heading.style === 'unnumbered' &&
    !previous.hadContent &&
    previous.heading.paragraph === index - 1 &&
    labels[index - 1]?.heading === 'whole'
  );
}

function unnumberedDepth(stack: readonly OpenHeading[], text: string): number {
  if (looksLikeTopLevelHeading(text)) return 1;
  const previous = stack[stack.length - 1];
  if (!previous) return 1;
  if (previous.hadContent) {
    // After content, an unnumbered heading is a sibling of the innermost unnumbered heading.
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].heading.style === 'unnumbered' && !stack[i].topLevel) return i + 1;
    return stack.length + 1;
  }
  // Directly after a heading: a child of a numbered, top-level or list-announcing one, else a
  // sibling in a list.
  if (previous.heading.style !== 'unnumbered' || previous.topLevel || announcesList(previous.heading.text)) return stack.length + 1;
  return stack.length;
}
